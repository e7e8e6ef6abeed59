/**
 * The catalogue of bad inputs, groups A–H in order (docs/research/reliability-anchors.md §3).
 * Test data: imported only by ./catalogue.test.ts.
 */
import type { CatalogueCase } from './cases';
import { A } from './a-size';
import { B } from './b-encodings';
import { C } from './c-structure';
import { D } from './d-headers';
import { E } from './e-values';
import { F } from './f-injection';
import { G } from './g-url-state';
import { H } from './h-storage';

export * from './cases';

export const CATALOGUE: readonly CatalogueCase[] = [...A, ...B, ...C, ...D, ...E, ...F, ...G, ...H];
