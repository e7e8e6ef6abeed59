/** V2: trade volumes over time. Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { volumesTable, volumesRows } from './table';

export const spec = {
	name: 'volumes',
	filter,
	owns: ['grain', 'scale'],
	table: volumesTable,
	fullRows: volumesRows,
	picture: true,
	embedHeight: chartHeight,
	dashboard: { place: 'grid', order: 1 }
} as const satisfies ViewSpec<'volumes'>;
