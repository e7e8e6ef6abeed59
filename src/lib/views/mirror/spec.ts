/** V8: Italy's figures beside the partner's own. Its registry entry (see ../core/spec.ts). */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { mirrorTable, mirrorRows } from './table';

export const spec = {
	name: 'mirror',
	filter,
	owns: [],
	table: mirrorTable,
	fullRows: mirrorRows,
	picture: true,
	// the legend takes three lines in a narrow frame
	embedHeight: (w) => chartHeight(w, 320),
	dashboard: { place: 'grid', order: 6 }
} as const satisfies ViewSpec<'mirror'>;
