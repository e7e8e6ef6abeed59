/**
 * The map shades the countries by the comparison bars' figures (V5): the same data, the same
 * filter. Pure.
 */
import type { ViewFilter } from '../core/crossfilter';
import { filter as comparison } from '../partners/data';

/** As the comparison: the focus is chosen here and only highlighted. */
export const filter: ViewFilter = comparison;
