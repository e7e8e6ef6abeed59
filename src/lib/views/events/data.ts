/**
 * Events in context (V7+): the level of trade in the 12 months (monthly data) or 2 years (annual
 * data) before and after an event, for the event's countries. Descriptive, not causal. Pure.
 */
import { measureSeries } from '../../data/analysis/measures';
import { TOTAL, type TradeEvent } from '../../data/schema';
import { annualPoints, partnersFor, type ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';
import { filter as volumesFilter } from '../volumes/data';

/** The events of the shown countries (the focus when set), with trade around them in every year. */
export const filter: ViewFilter = { ignores: ['years'] };

export interface WindowPoint {
	partner: string;
	period: string;
	/** Months (or years) from the event: negative before, 0 the event's own period. */
	offset: number;
	value: number | null;
}

export interface EventWindow {
	event: TradeEvent;
	freq: 'M' | 'A';
	partners: string[];
	points: WindowPoint[];
	/** Mean level before and after, per partner (the event's own period is left out). */
	means: {
		partner: string;
		before: number | null;
		after: number | null;
		nBefore: number;
		nAfter: number;
	}[];
	sources: string[];
}

/**
 * The dataset whose events the dashboard shows: the last of `datasets` (the active ones, least
 * authoritative first: the bundled data, then the uploads in the order they were added) that holds
 * any events. An uploaded events table thus replaces the bundled one, whole, while it is shown;
 * hiding or removing it brings the previous table back. Null when none holds events.
 */
export function eventsSource<T extends { events: readonly TradeEvent[] }>(
	datasets: readonly T[]
): T | null {
	for (let i = datasets.length - 1; i >= 0; i--) {
		const d = datasets[i] as T;
		if (d.events.length > 0) return d;
	}
	return null;
}

/**
 * The events the dashboard shows (time-chart markers, the events view, exports): see
 * {@link eventsSource}. Tables are never merged: two files may describe the same event in
 * different words.
 *
 * @example activeEvents([{ events: bundled }, { events: [] }, { events: uploaded }]) // uploaded
 */
export function activeEvents(
	datasets: readonly { events: readonly TradeEvent[] }[]
): readonly TradeEvent[] {
	return eventsSource(datasets)?.events ?? [];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Mean level before and after the event per partner, its own period left out. */
function meansOf(
	partners: readonly string[],
	points: readonly WindowPoint[]
): EventWindow['means'] {
	const values = (p: string, side: (offset: number) => boolean) =>
		points
			.filter((x) => x.partner === p && side(x.offset) && x.value !== null)
			.map((x) => x.value as number);
	return partners.map((p) => {
		const before = values(p, (o) => o < 0);
		const after = values(p, (o) => o > 0);
		return {
			partner: p,
			before: mean(before),
			after: mean(after),
			nBefore: before.length,
			nAfter: after.length
		};
	});
}

/** Events for the shown partners, optionally of one type, newest first. */
export function filterEvents(
	events: readonly TradeEvent[],
	partners: readonly string[],
	type: string | null
) {
	return events
		.filter(
			(e) => e.countries.some((c) => partners.includes(c)) && (type === null || e.type === type)
		)
		.sort((a, b) => b.date.localeCompare(a.date));
}

/**
 * The monthly rows of the event's countries (the exports or the imports, as reported), with their
 * distance in months from the event; within `months` of it. None for an event dated by year, or
 * for turnover and balance (two flows are never added here).
 */
function monthsAround(
	prep: Prepared,
	sel: Selection,
	partners: readonly string[],
	event: TradeEvent,
	months: number
) {
	if (event.precision === 'year' || sel.measure === 'turnover' || sel.measure === 'balance')
		return [];
	const flow = sel.measure === 'import' ? 'import' : 'export';
	const at = Number(event.date.slice(0, 4)) * 12 + Number(event.date.slice(5, 7)) - 1;
	return prep
		.rowsFor(sel.currency, partners, TOTAL)
		.filter(
			(r) =>
				r.freq === 'M' &&
				r.sector === TOTAL &&
				r.flow === flow &&
				partners.includes(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner)
		)
		.map((r) => ({ r, offset: r.year * 12 + (r.month as number) - 1 - at }))
		.filter((x) => Math.abs(x.offset) <= months);
}

/** The complete years of the event's countries within `years` of it. */
function yearsAround(
	prep: Prepared,
	sel: Selection,
	partners: readonly string[],
	event: TradeEvent,
	years: number
) {
	const year = Number(event.date.slice(0, 4));
	return measureSeries(
		annualPoints(prep, { ...sel, focus: null, partners }, volumesFilter),
		sel.measure
	).filter((p) => !p.partial && Math.abs(p.year - year) <= years);
}

const byOffset = (a: WindowPoint, b: WindowPoint) => a.offset - b.offset;

/**
 * Trade around an event: by month (12 either side) when the event has a month and there are
 * monthly figures on both sides of it, else by year (2 either side).
 */
export function eventWindow(
	prep: Prepared,
	sel: Selection,
	event: TradeEvent,
	months = 12,
	years = 2
): EventWindow {
	const partners = partnersFor(sel, filter).filter((p) => event.countries.includes(p));
	const monthly = monthsAround(prep, sel, partners, event, months);
	if (monthly.some((x) => x.offset < 0) && monthly.some((x) => x.offset > 0)) {
		const points = monthly
			.map(({ r, offset }) => ({ partner: r.partner, period: r.period, offset, value: r.value }))
			.sort(byOffset);
		const sources = [...new Set(monthly.flatMap((x) => x.r.sources))].sort();
		return { event, freq: 'M', partners, points, means: meansOf(partners, points), sources };
	}
	const annual = yearsAround(prep, sel, partners, event, years);
	const year = Number(event.date.slice(0, 4));
	const points = annual
		.map((p) => ({
			partner: p.partner,
			period: String(p.year),
			offset: p.year - year,
			value: p.value
		}))
		.sort(byOffset);
	const sources = [...new Set(annual.flatMap((p) => p.sources))].sort();
	return { event, freq: 'A', partners, points, means: meansOf(partners, points), sources };
}

/** An event's identity in a list: its date and English title. */
export const eventKey = (e: { date: string; title_en: string }) => `${e.date}|${e.title_en}`;

/**
 * The event the view shows: the one picked (by {@link eventKey}) when it is in the list, else
 * the newest with figures on both sides of it, else the newest with any figures, else the newest.
 */
export function currentEvent(
	prep: Prepared,
	sel: Selection,
	list: readonly TradeEvent[],
	picked: string | null = null
): TradeEvent | null {
	return (
		list.find((e) => eventKey(e) === picked) ??
		list.find((e) =>
			eventWindow(prep, sel, e).means.some((m) => m.before !== null && m.after !== null)
		) ??
		list.find((e) => eventWindow(prep, sel, e).points.length > 0) ??
		list[0] ??
		null
	);
}
