/**
 * The contract of one view (see ../registry.ts and docs/ARCHITECTURE.md, "Adding a view"): what
 * the dashboard, the embeds, the presenter deck, the CSV and picture exports and the URL read of
 * it. Pure: the view's component is found by its folder (`<name>/<Name>View.svelte`), not here.
 */
import type { CubeRow } from '../../data/analysis/types';
import type { ParamName } from '../../url/codec';
import type { ViewFilter } from './crossfilter';
import type { ExportTable, ShownContext, ViewData } from './table';

/** Where the dashboard places a view: above the grid, in it (half or full width), below it. */
export type Placement = 'top' | 'grid' | 'wide' | 'bottom';

export interface ViewSpec<Name extends string = string> {
	name: Name;
	/** The selections the view is not filtered by (the cross-filter rule, once per view). */
	filter: ViewFilter;
	/** URL parameters only this view reads (its own state: `growth`'s mode, the chosen `event`). */
	owns: readonly ParamName[];
	/** The view's "as shown" table: the table on screen and the CSV download, built once. */
	table(data: ViewData, ctx: ShownContext): ExportTable;
	/** The cube rows behind the view ("full filtered data" CSV); null when it has none. */
	fullRows: ((data: ViewData, event: string | null | undefined) => CubeRow[]) | null;
	/** Drawn by ECharts, so it has PNG and SVG pictures; false for views drawn in HTML. */
	picture: boolean;
	/** The chart's height in an embed `width` pixels wide. */
	embedHeight(width: number): number;
	/** The dashboard's place for the view, and its order there. */
	dashboard: { place: Placement; order: number };
}

/** The chart keeps a readable aspect from a 320 px column to a 1600 px page. */
export const chartHeight = (width: number, min = 260): number =>
	Math.min(440, Math.max(min, Math.round(width * 0.55)));
