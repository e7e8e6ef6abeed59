// Moved to src/lib/views/core/screen.ts; kept for modules that import the old path.
export * from '../../views/core/screen';
