/**
 * V7+'s table: the trade around the event shown (the one in the URL, else the default), with
 * provenance. Pure.
 */
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { formatDate, formatPeriod } from '../../i18n/format';
import { combine, type FigureSource } from '../core/provenance';
import {
	tableKit,
	type ExportTable,
	type ShownContext,
	type ViewData,
	rowFigure,
	flowsOf,
	byPartnerPeriod
} from '../core/table';
import { TOTAL } from '../../data/schema';
import type { CubeRow } from '../../data/analysis/types';
import { measureSeries } from '../../data/analysis/measures';
import { annualPoints, partnersFor } from '../core/crossfilter';
import { filter, filterEvents, currentEvent, eventWindow } from './data';
import { filter as volumesFilter } from '../volumes/data';

/** The event the events view shows (`ctx.event`, else its default), and the trade around it. */
export function shownEvent(data: ViewData, picked: string | null | undefined) {
	const sel = data.selection;
	const list = filterEvents(data.events, partnersFor(sel, filter), null);
	const event = currentEvent(data.prepared, sel, list, picked ?? null);
	return event ? eventWindow(data.prepared, sel, event) : null;
}

/** The trade around the event as drawn. */
export function eventsTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, valueCol, pc, cells, sourceCols, codeCol } = tableKit(ctx);
	const w = shownEvent(data, ctx.event);
	const event = w?.event;
	const title = event ? (lang === 'it' ? event.title_it : event.title_en) : '';
	const date = event ? formatDate(lang, event.date, { precision: event.precision }) : '';
	const figures = eventFigures(data, w);
	return {
		columns: [
			// on screen the event is named above its table
			{ ...col('event', t(lang, 'csv.event')), onScreen: false },
			{ ...col('date', t(lang, 'csv.eventDate')), onScreen: false },
			col('partner', t(lang, 'table.partner')),
			codeCol,
			col('period', t(lang, 'table.period')),
			col('offset', t(lang, w?.freq === 'A' ? 'csv.offset.A' : 'csv.offset.M')),
			valueCol(),
			...pc.published,
			...sourceCols({ reporter: true })
		],
		rows: (w?.points ?? []).map((p) => {
			const parts = p.value === null ? [] : (figures.get(`${p.partner}|${p.period}`) ?? []);
			return {
				event: title,
				date,
				partner: countryName(lang, p.partner),
				code: p.partner,
				period: formatPeriod(lang, p.period),
				offset: p.offset,
				value: p.value,
				...cells(combine(parts, ctx.currency)),
				source: parts.length
					? [...new Set(parts.flatMap((x) => x.sources))].sort().join('; ')
					: (w?.sources.join('; ') ?? '')
			};
		})
	};
}

/**
 * The figures behind each point of an event window, by `partner|period`: the monthly cube rows
 * (monthly windows) or the measure points of the years (annual windows), read as `eventWindow`
 * reads them.
 */
function eventFigures(
	data: ViewData,
	w: ReturnType<typeof shownEvent>
): Map<string, FigureSource[]> {
	const out = new Map<string, FigureSource[]>();
	if (!w) return out;
	const sel = data.selection;
	if (w.freq === 'M') {
		const flow = sel.measure === 'import' ? 'import' : 'export';
		const periods = new Set(w.points.map((p) => p.period));
		for (const r of data.prepared.rowsFor(sel.currency, w.partners, TOTAL)) {
			if (
				r.freq === 'M' &&
				r.sector === TOTAL &&
				r.flow === flow &&
				periods.has(r.period) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner)
			) {
				const key = `${r.partner}|${r.period}`;
				out.set(key, [...(out.get(key) ?? []), rowFigure(r)]);
			}
		}
		return out;
	}
	const points = measureSeries(
		annualPoints(data.prepared, { ...sel, focus: null, partners: w.partners }, volumesFilter),
		sel.measure
	);
	for (const p of points) {
		if (p.partial) continue;
		const key = `${p.partner}|${p.year}`;
		out.set(key, [...(out.get(key) ?? []), p]);
	}
	return out;
}

/** The cube rows around the event shown: its countries, months (or years) and flows. */
export function eventsRows(data: ViewData, event: string | null | undefined): CubeRow[] {
	const sel = data.selection;
	const w = shownEvent(data, event);
	if (!w) return [];
	const order = new Map(w.partners.map((p, i) => [p, i]));
	const flows = flowsOf(sel.measure);
	const periods = new Set(w.points.map((p) => p.period));
	const sector = w.freq === 'M' ? TOTAL : (sel.sector ?? TOTAL);
	return data.prepared
		.rowsFor(sel.currency, w.partners, sector)
		.filter(
			(r) =>
				order.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				flows.includes(r.flow) &&
				r.sector === sector &&
				(w.freq === 'M' ? r.freq === 'M' && periods.has(r.period) : periods.has(String(r.year)))
		)
		.sort(byPartnerPeriod(order));
}
