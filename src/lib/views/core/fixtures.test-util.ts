/**
 * Fixtures of the export tests: the bundled data prepared once, every view's data for a
 * selection (what a view's table and CSV read) and a table context in English and euro.
 */
import { buildCube } from '../../data/analysis/cube';
import { loadBundled } from '../../state/bundled';
import { growthData } from '../growth/data';
import { headlineData } from '../headline/data';
import { partnersData } from '../partners/data';
import { Prepared, type Selection } from './prepared';
import { sectorsData } from '../sectors/data';
import { volumesData } from '../volumes/data';
import type { ShownContext, ViewData } from './table';
import type { ChartContext } from '../../charts/options/context';

export const bundled = loadBundled();

export const prep = new Prepared({
	cube: buildCube(bundled.table, ['bundled']),
	rates: bundled.rates,
	events: bundled.events
});

/** The bundled data prepared without its events (a fresh instance). */
export function bundledPrep(): Prepared {
	return new Prepared({
		cube: buildCube(bundled.table, ['bundled']),
		rates: bundled.rates,
		events: []
	});
}

/** The data of every view for `s`, from the bundled data or from `p`. */
export function viewData(s: Selection, p: Prepared = prep): ViewData {
	return {
		volumes: volumesData(p, s),
		growth: growthData(p, s),
		partners: partnersData(p, s),
		sectors: sectorsData(p, s),
		headline: headlineData(p, s),
		prepared: p,
		selection: s,
		events: bundled.events,
		investment: bundled.investment
	};
}

/** A table context: English, euro, exports, year-on-year growth, unless `over` says otherwise. */
export function shownContext(over: Partial<ShownContext> = {}): ShownContext {
	return { lang: 'en', currency: 'EUR', measure: 'export', growth: 'yoy', ...over };
}

/** A chart context: English, euro, exports, 800 px wide, no events. */
export const chartCtx: ChartContext = {
	lang: 'en',
	currency: 'EUR',
	measure: 'export',
	width: 800,
	events: false
};
