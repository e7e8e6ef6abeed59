/**
 * The views, one line each: everything that lists views reads this registry. The dashboard grid
 * (`src/routes/+page.svelte`, by `dashboard.place` and `order`), `/embed/<view>` (one page per
 * name, `embedHeight`), the presenter deck (`SLIDE_VIEWS` in url/deck.ts), the table on screen and
 * the CSV downloads (`table`, `fullRows`), the PNG/SVG exports (`picture`) and the URL state each
 * view owns (`owns`). A view's component is `./<name>/<Name>View.svelte` (see ./components.ts).
 *
 * The order is the deck's and the embeds': the first five in dashboard order, the four added
 * later after them. Adding a view: one folder (see docs/ARCHITECTURE.md) and one line here.
 */
import type { CubeRow } from '../data/analysis/types';
import type { ViewState } from '../url/codec';
import type { ViewSpec } from './core/spec';
import type { ExportTable, ShownContext, ViewData } from './core/table';
import { spec as headline } from './headline/spec';
import { spec as volumes } from './volumes/spec';
import { spec as growth } from './growth/spec';
import { spec as partners } from './partners/spec';
import { spec as sectors } from './sectors/spec';
import { spec as mirror } from './mirror/spec';
import { spec as map } from './map/spec';
import { spec as events } from './events/spec';
import { spec as investment } from './investment/spec';
import { spec as products } from './products/spec';

export const VIEWS = {
	headline,
	volumes,
	growth,
	partners,
	sectors,
	mirror,
	map,
	events,
	investment,
	products
};

export type ViewName = keyof typeof VIEWS;

/** Every view's name, in registry order. */
export const VIEW_NAMES = Object.keys(VIEWS) as ViewName[];

export function isViewName(value: unknown): value is ViewName {
	return typeof value === 'string' && Object.hasOwn(VIEWS, value);
}

/** A view's spec. */
export function viewSpec(name: ViewName): ViewSpec<ViewName> {
	return VIEWS[name];
}

/** The views the dashboard shows in one place, in their order there. */
export function dashboardViews(place: ViewSpec['dashboard']['place']): ViewName[] {
	return VIEW_NAMES.filter((n) => VIEWS[n].dashboard.place === place).sort(
		(a, b) => VIEWS[a].dashboard.order - VIEWS[b].dashboard.order
	);
}

/** The rows of the view as drawn, with the columns of its table and every figure's provenance. */
export function shownTable(view: ViewName, data: ViewData, ctx: ShownContext): ExportTable {
	return VIEWS[view].table(data, ctx);
}

/** Whether a view has cube rows behind it ("full filtered data"); investment has none. */
export function hasFullRows(view: ViewName): boolean {
	return VIEWS[view].fullRows !== null;
}

/**
 * The cube rows behind a view, sorted by partner (in the view's order), period, flow, reporter,
 * sector; `event` as in `ShownContext` (the events view's).
 */
export function fullRows(view: ViewName, data: ViewData, event?: string | null): CubeRow[] {
	return VIEWS[view].fullRows?.(data, event) ?? [];
}

/**
 * The parts of a download's file name that tell two downloads of a view apart: the view, its
 * countries, sector, measure, reporter, currency, the state it owns and the years.
 */
export function fileNameParts(
	view: ViewName,
	state: ViewState,
	years: readonly number[]
): (string | number | null)[] {
	const partners = state.focus ? [state.focus] : (state.partners ?? []);
	const span =
		state.from !== null && state.to !== null
			? state.from === state.to
				? `${state.to}`
				: `${state.from}-${state.to}`
			: (state.to ?? years.at(-1) ?? null);
	const own = VIEWS[view].owns.flatMap((p) => {
		const v = state[p as keyof ViewState];
		// the event by its date: the title is in the picture, a file name stays short
		if (p === 'event') return typeof v === 'string' ? [v.split('|')[0] ?? null] : [];
		// a setting at its default tells nothing apart
		if ((p === 'grain' && v === 'year') || (p === 'scale' && v === 'linear')) return [];
		return typeof v === 'string' || typeof v === 'number' ? [String(v)] : [];
	});
	return [
		view,
		...partners,
		state.sector,
		state.flow,
		state.reporter === 'partner' ? 'partner-reported' : null,
		state.currency === 'EUR' ? null : state.currency,
		...own,
		span
	];
}
