/**
 * V7: events as labelled vertical markers on a time axis (years, months or quarters). Each marker
 * carries the event's title, cut to the room it has (the whole title, date and source are in its
 * tooltip); labels sit in a band above the plot, staggered over up to {@link MAX_ROWS} rows so
 * that two close events never overlap and no label covers a point (the partial year's included).
 * Events that fall on one period share a marker ("title +1"). The event chosen in the events
 * view (`event=` in the URL) is drawn solid and bold, and takes the first row.
 *
 * The markers are part of the option, so PNG and SVG exports and slides draw them as the chart
 * does; the band's height is added to the grid by {@link withEventBand}.
 */
import type { TradeEvent } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { clipText } from '../../text/bounded';
import type { ChartContext } from './context';
import { EVENT_COLOR } from './theme';
import { tooltipHtml } from './tooltip';

/** Label rows above the plot; a label that finds room in none is cut shorter. */
export const MAX_ROWS = 3;
/** Height of a label row (px), and its font size. */
export const ROW_HEIGHT = 13;
const FONT_SIZE = 10;
/** A label's width at most (px) and below which it is not worth drawing. */
const MAX_LABEL = 160;
const MIN_LABEL = 36;
const GAP = 6;
/** Width of a character of the label font, generously (the labels are cut on it, not measured). */
const CHAR = FONT_SIZE * 0.58;

/** Where an event sits on the axis: its category's index, or -1 when the axis has no place for it. */
export type EventPlace = (e: TradeEvent) => number;

/** Events on an axis of years. */
export const byYear =
	(years: readonly number[]): EventPlace =>
	(e) =>
		years.indexOf(Number(e.date.slice(0, 4)));

/**
 * Events on an axis of months (`2024-03`) or quarters (`2024-Q1`). An event dated by its year only
 * has no month: it is left off such an axis rather than pinned to January.
 */
export const byPeriod =
	(grain: 'month' | 'quarter', codes: readonly string[]): EventPlace =>
	(e) => {
		if (e.precision === 'year') return -1;
		const month = Number(e.date.slice(5, 7));
		const code =
			grain === 'month' ? e.date.slice(0, 7) : `${e.date.slice(0, 4)}-Q${Math.ceil(month / 3)}`;
		return codes.indexOf(code);
	};

/** An event's identity (as `eventKey` in views/events). */
const keyOf = (e: TradeEvent) => `${e.date}|${e.title_en}`;

/** The events of one period: the chosen one first, else the newest. */
interface Group {
	at: number;
	events: TradeEvent[];
	chosen: boolean;
}

function groupsOf(events: readonly TradeEvent[], place: EventPlace, chosen: string | null) {
	const byAt = new Map<number, TradeEvent[]>();
	for (const e of events) {
		const at = place(e);
		if (at >= 0) byAt.set(at, [...(byAt.get(at) ?? []), e]);
	}
	return [...byAt].map(([at, list]): Group => {
		const sorted = [...list].sort((a, b) => b.date.localeCompare(a.date));
		const first = sorted.findIndex((e) => keyOf(e) === chosen);
		if (first > 0) sorted.unshift(...sorted.splice(first, 1));
		return { at, events: sorted, chosen: first >= 0 };
	});
}

const titleOf = (ctx: ChartContext, e: TradeEvent) => (ctx.lang === 'it' ? e.title_it : e.title_en);

/** A label cut to `px`: the title and, for a shared marker, how many more events it holds. */
function labelText(ctx: ChartContext, g: Group, px: number): string {
	const more = g.events.length > 1 ? ` +${g.events.length - 1}` : '';
	const title = titleOf(ctx, g.events[0] as TradeEvent);
	const room = Math.round(px / CHAR) - more.length;
	return `${title.length <= room ? title : clipText(title, Math.max(room - 1, 1))}${more}`;
}

/** How a label hangs from its marker: centred on it, ending at it, or starting at it. */
export type Align = 'center' | 'right' | 'left';

/** A label's row, width and alignment. */
export interface Placed {
	row: number;
	width: number;
	align: Align;
}

const ALIGNS: readonly Align[] = ['center', 'right', 'left'];

/** The span a label of width `w` covers, hung from `x` as `align` says. */
const spanOf = (x: number, w: number, align: Align): [number, number] =>
	align === 'center' ? [x - w / 2, x + w / 2] : align === 'right' ? [x - w, x] : [x, x + w];

/**
 * Greedy rows, left to right (the chosen event first, so that it keeps row 0): a label takes the
 * first row where, centred on its marker, ending at it or starting at it, it clears the row's
 * last label by {@link GAP} and stays inside the chart. With none, it is cut to the most room a
 * row offers; with less than {@link MIN_LABEL}, it is not drawn (the marker and its tooltip stay).
 */
export function placeLabels(
	items: readonly { x: number; width: number; first?: boolean }[],
	chart: { left: number; right: number }
): (Placed | null)[] {
	const ends: number[] = Array.from({ length: MAX_ROWS }, () => chart.left - GAP);
	const order = items
		.map((it, i) => ({ ...it, i }))
		.sort((a, b) => Number(Boolean(b.first)) - Number(Boolean(a.first)) || a.x - b.x);
	const out: (Placed | null)[] = items.map(() => null);
	for (const it of order) {
		const options = ends.flatMap((end, row) =>
			ALIGNS.map((align) => {
				// the widest label this row and alignment can take
				const left = it.x - end - GAP;
				const right = chart.right - it.x;
				// a label hung to the right of its marker needs the marker clear of the row
				const room =
					align === 'center'
						? 2 * Math.min(left, right)
						: align === 'right'
							? left
							: left >= 0
								? right
								: -1;
				return { row, align, width: Math.min(it.width, room) };
			})
		);
		const whole = options.find((o) => o.width >= it.width);
		const best = whole ?? options.reduce((a, b) => (b.width > a.width ? b : a));
		if (best.width < MIN_LABEL) continue;
		ends[best.row] = spanOf(it.x, best.width, best.align)[1];
		out[it.i] = { row: best.row, width: best.width, align: best.align };
	}
	return out;
}

/** The tooltip of a marker: every event it holds, with date, title and source. */
function markerTooltip(ctx: ChartContext, g: Group) {
	return () =>
		g.events
			.map((e) =>
				tooltipHtml(
					`${t(ctx.lang, 'tooltip.event')} · ${formatDate(ctx.lang, e.date, { precision: e.precision })}`,
					[['', titleOf(ctx, e)]],
					[e.source]
				)
			)
			.join('<div style="margin-top:6px"></div>');
}

/**
 * Where the markers' categories sit, in px from the chart's left: the plot between the grid's
 * `left` and `right`; bars (`boundaryGap`) centre a category in its band, lines put the first
 * and the last on the plot's edges.
 */
export interface AxisLayout {
	left: number;
	right: number;
	boundaryGap: boolean;
}

function xOf(at: number, n: number, ctx: ChartContext, axis: AxisLayout) {
	const plot = Math.max(ctx.width - axis.left - axis.right, 1);
	const share = axis.boundaryGap ? (at + 0.5) / n : n > 1 ? at / (n - 1) : 0.5;
	return axis.left + share * plot;
}

/**
 * The event markers of a series (spread into the first one): a `markLine` whose labels are laid
 * out in rows above the plot. `chosen`: the event picked in the events view (`date|English title`).
 */
export function eventMarks(
	events: readonly TradeEvent[],
	place: EventPlace,
	categories: readonly string[],
	ctx: ChartContext,
	chosen: string | null = null,
	axis: AxisLayout = { left: 72, right: 16, boundaryGap: false }
) {
	// An empty mark line, not none: updates merge a series by its id, so markers left out of the
	// option would stay drawn after events are turned off.
	const none = { markLine: { data: [] as unknown[] } };
	if (!ctx.events) return none;
	const groups = groupsOf(events, place, chosen);
	if (!groups.length) return none;
	const placed = placeLabels(
		groups.map((g) => ({
			x: xOf(g.at, categories.length, ctx, axis),
			width: Math.min(labelText(ctx, g, MAX_LABEL).length * CHAR, MAX_LABEL),
			first: g.chosen
		})),
		{ left: 0, right: ctx.width }
	);
	const data = groups.map((g, i) => markLineItem(ctx, g, categories, placed[i] ?? null));
	return {
		markLine: {
			symbol: ['none', 'circle'],
			symbolSize: 7,
			silent: false,
			lineStyle: { color: EVENT_COLOR, type: 'dashed', width: 1.2, opacity: 0.8 },
			emphasis: { lineStyle: { width: 2 } },
			data
		}
	};
}

function markLineItem(
	ctx: ChartContext,
	g: Group,
	categories: readonly string[],
	p: Placed | null
) {
	return {
		xAxis: categories[g.at],
		name: titleOf(ctx, g.events[0] as TradeEvent),
		event: g.events[0],
		label: p
			? {
					show: true,
					position: 'end',
					distance: 4 + p.row * ROW_HEIGHT,
					formatter: labelText(ctx, g, p.width),
					color: EVENT_COLOR,
					fontSize: FONT_SIZE,
					fontWeight: g.chosen ? 'bold' : 'normal',
					align: p.align
				}
			: { show: false },
		...(g.chosen ? { lineStyle: { type: 'solid', width: 2, opacity: 1 }, symbolSize: 9 } : {}),
		tooltip: { formatter: markerTooltip(ctx, g) }
	};
}

/** Events on an axis of years (the volumes and growth charts by year). */
export function eventMarkLine(
	events: readonly TradeEvent[],
	years: readonly number[],
	categories: readonly string[],
	ctx: ChartContext,
	chosen: string | null = null,
	axis?: AxisLayout
) {
	return eventMarks(events, byYear(years), categories, ctx, chosen, axis);
}

/** The band the labels of `series`' markers need above the plot (px; 0 without labels). */
export function eventBand(series: readonly unknown[]): number {
	const rows = series.flatMap((s) => {
		const data = (s as { markLine?: { data?: unknown[] } }).markLine?.data ?? [];
		return data.flatMap((d) => {
			const label = (d as { label?: { show?: boolean; distance?: number }; event?: unknown }).label;
			const isEvent = (d as { event?: unknown }).event !== undefined;
			return isEvent && label?.show && label.distance !== undefined
				? [(label.distance - 4) / ROW_HEIGHT + 1]
				: [];
		});
	});
	return rows.length ? Math.max(...rows) * ROW_HEIGHT + 4 : 0;
}

/**
 * The option with its grid moved down by the event labels' band, so that labels sit between the
 * legend and the plot and never over a point.
 */
export function withEventBand<T extends object>(option: T): T {
	const { series, grid: g } = option as { series?: unknown; grid?: unknown };
	const band = eventBand(Array.isArray(series) ? series : []);
	const grid = g as { top?: unknown } | undefined;
	if (!band || !grid || typeof grid.top !== 'number') return option;
	return { ...option, grid: { ...grid, top: grid.top + band } };
}
