/** V6: investment as reported. Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { investmentTable } from './table';

export const spec = {
	name: 'investment',
	filter,
	owns: [],
	table: investmentTable,
	fullRows: null,
	picture: false,
	embedHeight: chartHeight,
	dashboard: { place: 'bottom', order: 8 }
} as const satisfies ViewSpec<'investment'>;
