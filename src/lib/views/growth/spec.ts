/**
 * V3: growth rates (by year, month or quarter), index or CAGR. Its registry entry (see
 * ../core/spec.ts). The time grain is the volumes view's too: one `grain` for both time views.
 */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { growthTable, growthRows } from './table';

export const spec = {
	name: 'growth',
	filter,
	owns: ['growth', 'base', 'grain'],
	table: growthTable,
	fullRows: growthRows,
	picture: true,
	embedHeight: chartHeight,
	dashboard: { place: 'grid', order: 2 }
} as const satisfies ViewSpec<'growth'>;
