// Moved to src/lib/views/core/provenance.ts; kept for modules that import the old path.
export * from '../../views/core/provenance';
