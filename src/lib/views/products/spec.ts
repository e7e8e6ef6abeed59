/** The products drill-down (issue 14). Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { productsRows, productsTable } from './table';

export const spec = {
	name: 'products',
	filter,
	owns: [],
	table: productsTable,
	fullRows: productsRows,
	picture: true,
	// a treemap needs height for its tiles' labels; the breadcrumb takes 30 px
	embedHeight: (w) => chartHeight(w, 320),
	// full width, below the grid that ends with the sectors and mirror views
	dashboard: { place: 'wide', order: 6.5 }
} as const satisfies ViewSpec<'products'>;
