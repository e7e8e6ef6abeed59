/** V3: growth rates, index or CAGR. Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { growthTable, growthRows } from './table';

export const spec = {
	name: 'growth',
	filter,
	owns: ['growth', 'base'],
	table: growthTable,
	fullRows: growthRows,
	picture: true,
	embedHeight: chartHeight,
	dashboard: { place: 'grid', order: 2 }
} as const satisfies ViewSpec<'growth'>;
