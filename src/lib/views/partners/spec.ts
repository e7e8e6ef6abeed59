/** V5: the countries compared. Its registry entry (see ../core/spec.ts). */
import type { ViewSpec } from '../core/spec';
import { filter } from './data';
import { partnersTable, partnersRows } from './table';

export const spec = {
	name: 'partners',
	filter,
	owns: [],
	table: partnersTable,
	fullRows: partnersRows,
	picture: true,
	embedHeight: (w) => Math.min(420, Math.max(260, Math.round(w * 0.5))),
	dashboard: { place: 'grid', order: 3 }
} as const satisfies ViewSpec<'partners'>;
