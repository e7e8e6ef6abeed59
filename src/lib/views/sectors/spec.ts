/** V4: the sector mix per country. Its registry entry (see ../core/spec.ts). */
import type { ViewSpec } from '../core/spec';
import { filter } from './data';
import { sectorsTable, sectorsRows } from './table';

export const spec = {
	name: 'sectors',
	filter,
	owns: [],
	table: sectorsTable,
	fullRows: sectorsRows,
	picture: true,
	embedHeight: (w) => Math.min(420, Math.max(260, Math.round(w * 0.5))),
	dashboard: { place: 'grid', order: 5 }
} as const satisfies ViewSpec<'sectors'>;
