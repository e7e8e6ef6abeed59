/** V1: the headline cards. Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { headlineTable, headlineRows } from './table';

export const spec = {
	name: 'headline',
	filter,
	owns: [],
	table: headlineTable,
	fullRows: headlineRows,
	picture: false,
	embedHeight: chartHeight,
	dashboard: { place: 'top', order: 0 }
} as const satisfies ViewSpec<'headline'>;
