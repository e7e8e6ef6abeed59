/**
 * The comparison on a map, or one year of it (the slider). Its registry entry (see
 * ../core/spec.ts); it owns the year of its slider (`mapyear`).
 */
import type { ViewSpec } from '../core/spec';
import { filter } from './data';
import { mapRows, mapTable } from './table';

export const spec = {
	name: 'map',
	filter,
	owns: ['mapyear'],
	table: mapTable,
	fullRows: mapRows,
	picture: true,
	// about the shape of the region it shows (Italy to Central Asia, some 2.6 : 1)
	embedHeight: (w) => Math.min(560, Math.max(220, Math.round(w / 2.6))),
	dashboard: { place: 'grid', order: 4 }
} as const satisfies ViewSpec<'map'>;
