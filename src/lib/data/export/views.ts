/**
 * Moved: each view's table is in its folder (`src/lib/views/<view>/table.ts`), read through the
 * registry (`src/lib/views/registry.ts`); the shared parts are in `src/lib/views/core/table.ts`.
 * Kept for modules that import the old path (with the old `fullRows` signature).
 */
import type { CubeRow } from '../analysis/types';
import type { Prepared, Selection } from '../../views/core/prepared';
import type { ViewData } from '../../views/core/table';
import { fullRows as rowsOfView, type ViewName } from '../../views/registry';

export {
	citationProvenance,
	fullTable,
	percent,
	rowFigure,
	type ExportTable,
	type FigureProvenance,
	type ShownContext,
	type ViewData
} from '../../views/core/table';
export { hasFullRows, shownTable, type ViewName as ExportView } from '../../views/registry';
export { barsWithProvenance } from '../../views/partners/table';
export { mirrorWithProvenance } from '../../views/mirror/table';

export function fullRows(
	view: ViewName,
	prep: Prepared,
	sel: Selection,
	data: ViewData,
	event?: string | null
): CubeRow[] {
	return rowsOfView(view, { ...data, prepared: prep, selection: sel }, event);
}
