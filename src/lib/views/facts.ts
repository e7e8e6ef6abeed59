// Moved to ./headline/facts.ts (one folder per view); kept for modules that import the old path.
export * from './headline/facts';
