/**
 * S2: an on-screen chart option turned into a finished picture for a briefing: title and
 * subtitle on top (ECharts `title`), source line and data vintage at the bottom (`graphic`),
 * white background, no tooltip, the plot moved down and up to make room. Pure: it works on any
 * option, as written by our builders (`grid: {…}`) or as returned by `chart.getOption()` (every
 * component as an array).
 *
 * Text is wrapped here, not by ECharts, so that the bands are exactly as tall as their lines; a
 * `measure` function (canvas `measureText` in the browser) makes the wrapping exact, the default
 * estimate errs on the wide side.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { FONT, GRID_LINE, MUTED, TEXT } from './theme';

/** Width in px of `text` set in the export font at `size` px. */
export type Measure = (text: string, size: number, bold: boolean) => number;

export interface ExportText {
	title: string;
	subtitle: string;
	/** Sources, already joined (`Eurostat Comext · ISTAT`). */
	source: string;
	vintage: string;
	lang: Lang;
	/** Extra footer lines, e.g. the currency conversion note. */
	notes?: readonly string[];
}

export interface ExportOptions extends ExportText {
	/** Size of the whole picture in CSS px (the PNG has `pixelRatio` times as many pixels). */
	width: number;
	height: number;
	measure?: Measure;
}

/** Type sizes and spacing of the frame, in CSS px. */
export const FRAME = {
	pad: 16,
	top: 14,
	titleSize: 17,
	titleLine: 22,
	subtitleSize: 12.5,
	subtitleLine: 17,
	titleGap: 4,
	/** Between the subtitle and the chart (legend or plot). */
	afterTitle: 12,
	/** Between the plot and the footer rule. */
	beforeFooter: 10,
	footerSize: 11,
	footerLine: 15,
	bottom: 10
} as const;

/**
 * The export font: the system stack the dashboard uses (no web font to embed or fetch), with
 * single quotes: ECharts writes font families into SVG `style="…"` attributes unescaped, so a
 * double quote (`"Segoe UI"`) would end the attribute and break the file.
 */
export const EXPORT_FONT = FONT.replaceAll('"', "'");

/** Copies plain objects and arrays, with every `fontFamily` made SVG-safe (see EXPORT_FONT). */
function safeFonts(value: unknown): unknown {
	if (Array.isArray(value)) return value.map(safeFonts);
	if (typeof value !== 'object' || value === null) return value;
	const proto = Object.getPrototypeOf(value);
	if (proto !== Object.prototype && proto !== null) return value;
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(value)) {
		out[k] =
			(k === 'fontFamily' || k === 'font') && typeof v === 'string'
				? v.replaceAll('"', "'")
				: safeFonts(v);
	}
	return out;
}

const NARROW = new Set([..."il.,:;'|!()[]ftjI ·"]);

/**
 * A conservative estimate of text width for a sans-serif system font, used when no measuring
 * function is given (tests, Node).
 */
export const estimateWidth: Measure = (text, size, bold) => {
	let units = 0;
	for (const ch of text) {
		if (NARROW.has(ch)) units += 0.3;
		else if (/[A-Z0-9MWmw€%]/.test(ch)) units += 0.66;
		else units += 0.56;
	}
	return units * size * (bold ? 1.07 : 1);
};

/** Lines a wrapped text may take at most; the last one ends with `…` when text was left out. */
export const MAX_WRAP_LINES = 6;
const ELLIPSIS = '…';

/**
 * Greedy word wrap to `maxWidth`, at most `maxLines` lines (the last ends with `…` when text was
 * left out). A word longer than a line is broken between characters, in one pass: the cost is
 * linear in the length of the text (a 1,000,000-character source without spaces wraps at once),
 * and no line is ever longer than a line's width of narrow characters.
 *
 * @example wrapText('Italian exports to Kazakhstan', 80, 12, false) // ['Italian exports', 'to Kazakhstan']
 */
export function wrapText(
	text: string,
	maxWidth: number,
	size: number,
	bold: boolean,
	measure: Measure = estimateWidth,
	maxLines = MAX_WRAP_LINES
): string[] {
	// No line holds more characters than this (a space is about the narrowest character there is,
	// 0.25 em): longer candidates are not even measured, which keeps every measure short.
	const maxChars = Math.max(1, Math.ceil(maxWidth / (size * 0.2)));
	const charWidths = new Map<string, number>();
	const charWidth = (ch: string) => {
		let w = charWidths.get(ch);
		if (w === undefined) {
			w = measure(ch, size, bold);
			charWidths.set(ch, w);
		}
		return w;
	};
	const fits = (candidate: string) =>
		candidate.length <= maxChars && measure(candidate, size, bold) <= maxWidth;

	const lines: string[] = [];
	let more = false;
	const full = () => {
		if (lines.length < maxLines) return false;
		more = true;
		return true;
	};
	paragraphs: for (const paragraph of text.split('\n')) {
		let line = '';
		for (const word of paragraph.split(/\s+/)) {
			if (word === '') continue;
			const candidate = line === '' ? word : `${line} ${word}`;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			if (line !== '') {
				if (full()) break paragraphs;
				lines.push(line);
			}
			line = '';
			if (fits(word)) {
				line = word;
				continue;
			}
			// break a word that does not fit on a line of its own, one character at a time
			let width = 0;
			for (const ch of word) {
				const w = charWidth(ch);
				if (line !== '' && (width + w > maxWidth || line.length >= maxChars)) {
					if (full()) break paragraphs;
					lines.push(line);
					line = '';
					width = 0;
				}
				line += ch;
				width += w;
			}
		}
		if (line !== '') {
			if (full()) break;
			lines.push(line);
		}
	}
	if (more && lines.length > 0) {
		lines[lines.length - 1] = withEllipsis(lines[lines.length - 1] as string, maxWidth, charWidth);
	}
	return lines;
}

/** `line` shortened, if need be, so that it still fits with `…` at its end. */
function withEllipsis(line: string, maxWidth: number, charWidth: (ch: string) => number): string {
	let width = charWidth(ELLIPSIS);
	let kept = '';
	for (const ch of line) {
		width += charWidth(ch);
		if (width > maxWidth) break;
		kept += ch;
	}
	return `${kept.trimEnd()}${ELLIPSIS}`;
}

export interface Bands {
	titleLines: string[];
	subtitleLines: string[];
	footerLines: string[];
	/** Height above the chart's own area. */
	top: number;
	/** Height below it. */
	bottom: number;
}

/** The footer lines: notes, then `Source: …`, then `Data vintage: …`. */
export function footerTexts(text: ExportText): string[] {
	return [
		...(text.notes ?? []),
		`${t(text.lang, 'source.label')}: ${text.source || '—'}`,
		`${t(text.lang, 'export.vintage')}: ${text.vintage}`
	];
}

/**
 * The title band and the footer band of a picture `width` px wide: their lines and heights.
 * A 2× PNG of an on-screen chart is `width` × (chart height + top + bottom) CSS px.
 */
export function exportBands(text: ExportText, width: number, measure?: Measure): Bands {
	const inner = Math.max(80, width - 2 * FRAME.pad);
	const titleLines = wrapText(text.title, inner, FRAME.titleSize, true, measure);
	const subtitleLines = text.subtitle
		? wrapText(text.subtitle, inner, FRAME.subtitleSize, false, measure)
		: [];
	const footerLines = footerTexts(text).flatMap((l) =>
		wrapText(l, inner, FRAME.footerSize, false, measure)
	);
	const top =
		FRAME.top +
		titleLines.length * FRAME.titleLine +
		(subtitleLines.length ? FRAME.titleGap + subtitleLines.length * FRAME.subtitleLine : 0) +
		FRAME.afterTitle;
	const bottom = FRAME.beforeFooter + footerLines.length * FRAME.footerLine + FRAME.bottom;
	return { titleLines, subtitleLines, footerLines, top, bottom };
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.filter(isObj) : isObj(v) ? [v] : []);

/** Adds `by` to a numeric position; a keyword or missing top becomes `by`; percentages stay. */
function shift(pos: unknown, by: number, fallback: number): unknown {
	if (typeof pos === 'number') return pos + by;
	if (pos === undefined || pos === null || pos === 'auto' || pos === 'top') return fallback + by;
	if (typeof pos === 'string' && /^\d+(\.\d+)?$/.test(pos)) return Number(pos) + by;
	return pos;
}

/** Legend item names, for estimating how many rows a plain legend needs. */
function legendNames(legend: Obj, option: Obj): string[] {
	const data = legend.data;
	if (Array.isArray(data)) {
		return data
			.map((d) => (typeof d === 'string' ? d : isObj(d) ? String(d.name ?? '') : ''))
			.filter((n) => n !== '');
	}
	return list(option.series)
		.map((s) => (typeof s.name === 'string' ? s.name : ''))
		.filter((n, i, all) => n !== '' && all.indexOf(n) === i);
}

/** Rows a horizontal plain legend takes at `width`, as ECharts lays it out (icon 25, gaps 5 and 10). */
export function legendRows(
	names: readonly string[],
	width: number,
	fontSize = 12,
	measure: Measure = estimateWidth,
	itemWidth = 25
): number {
	let rows = names.length ? 1 : 0;
	let x = 0;
	for (const name of names) {
		const w = itemWidth + 5 + measure(name, fontSize, false);
		if (x > 0 && x + w > width) {
			rows++;
			x = 0;
		}
		x += w + 10;
	}
	return rows;
}

const LEGEND_ROW = 22;
const ADDED_ICON = 14;

/** Distinct series names, in order. */
function seriesNames(option: Obj): string[] {
	return list(option.series)
		.map((s) => (typeof s.name === 'string' ? s.name : ''))
		.filter((n, i, all) => n !== '' && all.indexOf(n) === i);
}

/**
 * A chart whose legend is HTML on screen (the sector keys under the chart) has none in its
 * option: the picture gets one, under the plot, from the series names and colours. Null when
 * the option has a legend or fewer than two named series.
 */
export function addedLegend(
	option: EChartsCoreOption,
	width: number,
	measure?: Measure
): { names: string[]; height: number } | null {
	const src = option as Obj;
	if (list(src.legend).length) return null;
	const names = seriesNames(src);
	if (names.length < 2) return null;
	// the legend's own padding (5 px a side) narrows the line
	const rows = legendRows(names, width - 2 * FRAME.pad - 10, 12, measure, ADDED_ICON);
	return { names, height: rows * LEGEND_ROW };
}

/** Room the picture adds around the chart: the bands, and the legend rows it lays out. */
interface Room {
	bands: Bands;
	/** Extra space on top (a legend wrapped onto more rows) and at the bottom (an added legend). */
	extraTop: number;
	extraBottom: number;
}

/**
 * The chart's legends laid out in full (a scrolling legend would hide items behind arrows in a
 * picture), plus the legend a picture adds under the plot; and the rows this takes.
 */
function pictureLegends(src: Obj, opts: ExportOptions, bands: Bands) {
	const { width, measure } = opts;
	let extraRows = 0;
	const legends: Obj[] = list(src.legend).map((l) => {
		if (l.show === false) return l;
		if ((l.orient ?? 'horizontal') === 'horizontal') {
			const rows = legendRows(legendNames(l, src), width - 2 * FRAME.pad, 12, measure);
			extraRows = Math.max(extraRows, rows - 1);
		}
		return {
			...l,
			type: 'plain',
			top: shift(l.top, bands.top, 0),
			left: typeof l.left === 'number' ? l.left + FRAME.pad : (l.left ?? FRAME.pad),
			right: FRAME.pad
		};
	});
	const below = addedLegend(src, width, measure);
	if (below)
		legends.push({
			type: 'plain',
			left: FRAME.pad,
			right: FRAME.pad,
			bottom: bands.bottom,
			data: below.names,
			itemWidth: ADDED_ICON,
			itemHeight: 10,
			textStyle: { color: MUTED, fontFamily: EXPORT_FONT }
		});
	return { legends, extraTop: extraRows * LEGEND_ROW, extraBottom: below?.height ?? 0 };
}

/** The plot grids moved down and up by the bands, and kept clear of the picture's edges. */
function pictureGrids(src: Obj, room: Room): Obj[] {
	const { bands, extraTop, extraBottom } = room;
	return list(src.grid).map((g) => ({
		...g,
		top: shift(g.top, bands.top + extraTop, 60),
		bottom: (typeof g.bottom === 'number' ? g.bottom : 60) + bands.bottom + extraBottom,
		left: typeof g.left === 'number' ? Math.max(g.left, FRAME.pad) : g.left,
		right: typeof g.right === 'number' ? Math.max(g.right, FRAME.pad) : g.right
	}));
}

/** Series laid out in a box of their own rather than a grid (the map): the same room. */
function pictureSeries(src: Obj, room: Room): Obj[] {
	const { bands, extraTop, extraBottom } = room;
	const boxed = new Set(['map', 'pie', 'treemap']);
	return list(src.series).map((s) =>
		typeof s.type === 'string' && boxed.has(s.type)
			? {
					...s,
					top: shift(s.top, bands.top + extraTop, 0),
					bottom: (typeof s.bottom === 'number' ? s.bottom : 0) + bands.bottom + extraBottom
				}
			: s
	);
}

/** The footer: a white band with a rule, then the source, vintage and notes lines. */
function footerElements(bands: Bands, width: number, height: number): Obj[] {
	const footerTop = height - bands.bottom + FRAME.beforeFooter / 2;
	return [
		// The footer band is the footer's alone: a map draws shapes past its box (the screen
		// clips them at the canvas edge), so the band is painted white over anything below it.
		{
			type: 'rect',
			silent: true,
			z: 100,
			shape: { x: 0, y: footerTop - 2, width, height: height - footerTop + 2 },
			style: { fill: '#ffffff' }
		},
		{
			type: 'rect',
			silent: true,
			z: 101,
			shape: { x: FRAME.pad, y: footerTop - 1, width: width - 2 * FRAME.pad, height: 1 },
			style: { fill: GRID_LINE }
		},
		{
			type: 'text',
			silent: true,
			z: 101,
			left: FRAME.pad,
			top: footerTop + FRAME.beforeFooter / 2,
			style: {
				text: bands.footerLines.join('\n'),
				fill: MUTED,
				fontSize: FRAME.footerSize,
				fontFamily: EXPORT_FONT,
				lineHeight: FRAME.footerLine
			}
		}
	];
}

/** The chart's own graphics, those anchored at its bottom (the flag legend) moved up with the plot, then the footer. */
function pictureGraphic(src: Obj, room: Room, footer: Obj[]): Obj[] {
	const graphics = list(src.graphic).map((g) =>
		typeof g.bottom === 'number'
			? { ...g, bottom: g.bottom + room.bands.bottom + room.extraBottom }
			: g
	);
	const first = graphics[0];
	return first && Array.isArray(first.elements)
		? [{ ...first, elements: [...first.elements, ...footer] }, ...graphics.slice(1)]
		: [...graphics, ...footer];
}

/** The title and subtitle band, wrapped lines already. */
function pictureTitle(bands: Bands) {
	return {
		text: bands.titleLines.join('\n'),
		subtext: bands.subtitleLines.join('\n'),
		left: FRAME.pad,
		top: FRAME.top,
		padding: 0,
		itemGap: FRAME.titleGap,
		textStyle: {
			color: TEXT,
			fontFamily: EXPORT_FONT,
			fontSize: FRAME.titleSize,
			fontWeight: 'bold',
			lineHeight: FRAME.titleLine
		},
		subtextStyle: {
			color: MUTED,
			fontFamily: EXPORT_FONT,
			fontSize: FRAME.subtitleSize,
			lineHeight: FRAME.subtitleLine
		}
	};
}

/**
 * The option of a finished picture: see the module comment.
 *
 * @example
 * exportOption(volumesOption(data, ctx), {
 * 	title: 'Trade over time', subtitle: 'Italian exports, EUR, reported by Italy',
 * 	source: 'Eurostat Comext', vintage: 'Nov 2024', lang: 'en', width: 960, height: 540
 * })
 */
export function exportOption(option: EChartsCoreOption, opts: ExportOptions): EChartsCoreOption {
	const src = safeFonts(option) as Obj;
	const bands = exportBands(opts, opts.width, opts.measure);
	const { legends, extraTop, extraBottom } = pictureLegends(src, opts, bands);
	const room: Room = { bands, extraTop, extraBottom };
	const grids = pictureGrids(src, room);
	const series = pictureSeries(src, room);
	const graphic = pictureGraphic(src, room, footerElements(bands, opts.width, opts.height));

	const rest = { ...src };
	delete rest.tooltip;
	delete rest.toolbox;
	delete rest.dataZoom;
	return {
		...rest,
		animation: false,
		backgroundColor: '#ffffff',
		textStyle: { ...(isObj(src.textStyle) ? src.textStyle : {}), fontFamily: EXPORT_FONT },
		title: [pictureTitle(bands)],
		...(legends.length ? { legend: legends } : {}),
		...(grids.length ? { grid: grids } : {}),
		...(series.length ? { series } : {}),
		graphic,
		tooltip: { show: false }
	};
}

/**
 * The height of a picture whose plot keeps `chartHeight` px (the on-screen chart's height) at
 * `width`: the chart plus the title and footer bands (and the legend a picture adds, when the
 * `option` is given).
 */
export function exportHeight(
	text: ExportText,
	width: number,
	chartHeight: number,
	measure?: Measure,
	option?: EChartsCoreOption
): number {
	const bands = exportBands(text, width, measure);
	const legend = option ? (addedLegend(option, width, measure)?.height ?? 0) : 0;
	return Math.round(chartHeight + bands.top + bands.bottom + legend);
}

/**
 * A file name for a download: the view, its main settings and the year span, ASCII only.
 *
 * @example exportFileName(['volumes', 'KGZ', 'export', '2024'], 'png') // 'italy-central-asia-volumes-KGZ-export-2024.png'
 */
export function exportFileName(
	parts: readonly (string | number | null | undefined)[],
	ext: string
) {
	const slug = parts
		.filter((p) => p !== null && p !== undefined && p !== '')
		.map((p) =>
			String(p)
				.normalize('NFKD')
				.replace(/[\u0300-\u036f]/g, '')
				.replace(/[^A-Za-z0-9]+/g, '-')
				.replace(/^-+|-+$/g, '')
		)
		.filter((p) => p !== '')
		.join('-');
	return `italy-central-asia-${slug || 'chart'}.${ext}`;
}
