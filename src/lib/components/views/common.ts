// Moved to src/lib/views/core/text.ts (one folder per view); kept for modules that import the old path.
export * from '$lib/views/core/text';
