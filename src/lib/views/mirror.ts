// Moved to ./mirror/data.ts (one folder per view); kept for modules that import the old path.
export * from './mirror/data';
