/**
 * The products view's chart: an ECharts treemap HS section → chapter → heading → subheading (→
 * CN8) of one country's year. The part of the reported total no HS code covers ("not broken
 * down") is a labelled bar above the treemap, never a tile: a remainder of 99 % would otherwise
 * swallow the chart and leave the chapters as slivers. A click on a tile with parts zooms into it
 * (the breadcrumb under the chart zooms out); the component turns a click on a chapter into the
 * dashboard's sector selection. Built in small steps (tiles, split bar, treemap, tooltip). Pure.
 */
import { remainderHatch, sourceLines } from '../../charts/options/steps';
import type { EChartsCoreOption } from 'echarts/core';
import { formatMoney, formatMoneyCompact, formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { legendRows } from '../../charts/options/picture';
import { reporterLine } from '../../charts/options/labels';
import {
	baseOption,
	MUTED,
	REMAINDER_COLOR,
	SECTOR_COLORS,
	TEXT
} from '../../charts/options/theme';
import { tooltipHtml } from '../../charts/options/tooltip';
import { datasetLabel } from '../core/provenance';
import { shareOf, type NodeLevel, type ProductNode, type ProductsData } from './data';

/** What a treemap tile carries besides its name and value (read by the tooltip and the click). */
export interface TileData {
	id: string;
	name: string;
	value: number;
	code: string;
	level: NodeLevel;
	share: number | null;
	/** The code's description in the uploaded file (tooltip only: one language, as written). */
	fileLabel: string | null;
	exceeds: boolean;
	children?: TileData[];
	itemStyle?: Record<string, unknown>;
	upperLabel?: Record<string, unknown>;
	label?: Record<string, unknown>;
}

/** One part of the bar above the treemap: the broken-down part or the remainder. */
export interface SplitPart {
	kind: 'broken' | 'remainder';
	name: string;
	value: number;
	share: number | null;
}

const HATCH = remainderHatch();
/** The split bar: its legend row(s), the bar, the gap to the treemap (px). */
const SPLIT = { row: 22, bar: 12, gap: 10 };
const BROKEN_COLOR = SECTOR_COLORS[0] as string;

/** A tile's name: translated for sections and chapters, the code alone below them. */
export function tileName(lang: ChartContext['lang'], n: ProductNode): string {
	if (n.level === 'remainder') return t(lang, 'sector.remainder');
	if (n.level === 'rest') return t(lang, 'products.rest');
	if (n.level === 'section' || n.level === 'chapter')
		return `${n.code} ${sectorName(lang, n.code)}`;
	return n.code;
}

/** A node as a tile: a section in its colour (its title bar too), a "rest" grey and hatched. */
function tile(data: ProductsData, lang: ChartContext['lang'], n: ProductNode, color?: string) {
	const style =
		n.level === 'rest' || n.level === 'remainder'
			? { itemStyle: { color: REMAINDER_COLOR, decal: HATCH }, label: { color: TEXT } }
			: color
				? { itemStyle: { color, borderColor: color }, upperLabel: { color: '#fff' } }
				: {};
	const out: TileData = {
		id: n.id,
		name: tileName(lang, n),
		value: n.value,
		code: n.code,
		level: n.level,
		share: shareOf(data, n.value),
		fileLabel: n.label,
		exceeds: n.exceeds,
		...style
	};
	if (n.children.length) out.children = n.children.map((c) => tile(data, lang, c));
	return out;
}

/** The HS sections as tiles, each in its own colour; the remainder is the split bar's. */
export function sectionTiles(data: ProductsData, lang: ChartContext['lang']): TileData[] {
	return data.nodes
		.filter((n) => n.level === 'section')
		.map((n, i) => tile(data, lang, n, SECTOR_COLORS[i % SECTOR_COLORS.length]));
}

/**
 * The reported total split into its broken-down part (the HS sections) and the remainder, each
 * with its value and share, in words; null when nothing is left over (or no total to split).
 */
export function splitParts(data: ProductsData, ctx: ChartContext): SplitPart[] | null {
	if (!data.total || data.remainder === null || data.remainder <= 0) return null;
	const broken = data.total.value - data.remainder;
	const part = (kind: SplitPart['kind'], value: number): SplitPart => {
		const share = shareOf(data, value);
		return {
			kind,
			value,
			share,
			name: t(ctx.lang, kind === 'broken' ? 'products.split.broken' : 'products.split.remainder', {
				value: formatMoneyCompact(ctx.lang, value, ctx.currency),
				share: share === null ? '—' : formatPercent(ctx.lang, share)
			})
		};
	};
	return [part('broken', broken), part('remainder', data.remainder)];
}

/** The split as a labelled, stacked bar with its legend on top; `height`: the room it takes. */
function splitBar(parts: readonly SplitPart[], ctx: ChartContext) {
	const names = parts.map((p) => p.name);
	const rows = Math.max(1, legendRows(names, ctx.width - 8, 12));
	const top = rows * SPLIT.row;
	const total = parts.reduce((a, p) => a + p.value, 0);
	return {
		height: top + SPLIT.bar + SPLIT.gap,
		option: {
			legend: {
				type: 'plain',
				top: 0,
				left: 4,
				right: 4,
				selectedMode: false,
				icon: 'rect',
				itemWidth: 14,
				itemHeight: 10,
				textStyle: { color: TEXT, fontSize: 12 },
				data: names
			},
			grid: { top, left: 4, right: 4, height: SPLIT.bar, containLabel: false },
			xAxis: { type: 'value', min: 0, max: total, show: false },
			yAxis: { type: 'category', data: [''], show: false },
			series: parts.map((p) => ({
				id: `split-${p.kind}`,
				type: 'bar',
				name: p.name,
				stack: 'split',
				barWidth: SPLIT.bar,
				silent: false,
				itemStyle:
					p.kind === 'broken' ? { color: BROKEN_COLOR } : { color: REMAINDER_COLOR, decal: HATCH },
				data: [{ value: p.value, part: p }]
			}))
		}
	};
}

/** The lines under every tooltip: the reporter, the sources, the one dataset, a conversion. */
function footerLines(data: ProductsData, ctx: ChartContext): string[] {
	const { lang } = ctx;
	return [
		...reporterLine(lang, ctx.reporter, data.partner ?? ''),
		...sourceLines(lang, data.sources),
		...(data.dataset
			? [
					t(lang, 'products.oneDataset', {
						name: datasetLabel(lang, data.dataset, ctx.datasetNames)
					})
				]
			: []),
		...(data.converted
			? [t(lang, 'prov.convertedShort', { from: ctx.currency === 'EUR' ? 'USD' : 'EUR' })]
			: [])
	];
}

/** What a tile's tooltip notes: names, the file's label, what a grey tile is. */
function tileNotes(data: ProductsData, lang: ChartContext['lang'], d: TileData): string[] {
	const notes: string[] = [];
	if (d.level === 'heading' || d.level === 'subheading' || d.level === 'cn8')
		notes.push(t(lang, 'products.noNames'));
	if (d.fileLabel) notes.push(`${t(lang, 'products.fileLabel')}: ${d.fileLabel}`);
	if (d.level === 'rest') notes.push(t(lang, 'products.restTip'));
	if (d.exceeds) notes.push(t(lang, 'products.partsExceed'));
	return notes;
}

/** What the remainder's tooltip notes: what it is, and the codes outside the HS sections. */
function remainderNotes(data: ProductsData, lang: ChartContext['lang']): string[] {
	return [
		t(lang, 'products.remainderTip'),
		...(data.outside.length
			? [t(lang, 'products.outside', { codes: data.outside.join(', ') })]
			: [])
	];
}

/** The tooltip of a tile or of a part of the split bar. */
function tooltip(data: ProductsData, ctx: ChartContext) {
	const { lang } = ctx;
	const footer = footerLines(data, ctx);
	const title = (name: string) => `${countryName(lang, data.partner ?? '')} · ${name}`;
	const amount = (value: number, share: number | null) => {
		const lines: [string, string][] = [['', formatMoney(lang, value, ctx.currency)]];
		if (share !== null) lines.push([t(lang, 'tooltip.share'), formatPercent(lang, share)]);
		return lines;
	};
	return {
		trigger: 'item',
		confine: true,
		formatter: (params: {
			data?: TileData | { part?: SplitPart };
			treePathInfo?: { name: string }[];
		}) => {
			const d = params.data;
			if (!d) return '';
			if ('part' in d && d.part) {
				const p = d.part;
				const notes =
					p.kind === 'broken' ? [t(lang, 'products.split.brokenTip')] : remainderNotes(data, lang);
				const name = t(
					lang,
					p.kind === 'broken' ? 'products.split.brokenName' : 'sector.remainder'
				);
				return tooltipHtml(title(name), amount(p.value, p.share), [...notes, ...footer]);
			}
			const tileData = d as TileData;
			const lines = amount(tileData.value, tileData.share);
			lines.push([t(lang, 'products.col.level'), t(lang, `products.level.${tileData.level}`)]);
			// the path from the section down, so a code-only tile says where it sits
			const path = (params.treePathInfo ?? [])
				.slice(1, -1)
				.map((p) => p.name)
				.join(' › ');
			return tooltipHtml(title(tileData.name), lines, [
				...(path ? [path] : []),
				...tileNotes(data, lang, tileData),
				...footer
			]);
		}
	};
}

/** The treemap series below the split bar (`top`: the room the bar takes). */
function treemapSeries(data: ProductsData, ctx: ChartContext, top: number) {
	const { lang } = ctx;
	/** The share of the total, or the value when there is no share. */
	const amount = (d: TileData) =>
		d.share === null
			? formatMoneyCompact(lang, d.value, ctx.currency)
			: formatPercent(lang, d.share);
	return {
		id: 'products',
		type: 'treemap',
		name: t(lang, 'view.products'),
		data: sectionTiles(data, lang),
		// sections with their chapters; a click on a chapter shows its headings and subheadings
		leafDepth: data.state === 'products' ? 2 : undefined,
		nodeClick: 'zoomToNode',
		// ECharts leaves the labels of the tiles a zoom hides on the canvas when the zoom is
		// not animated (they reappear on the next hover): a short zoom animation removes them
		animation: true,
		animationDurationUpdate: 300,
		// the page scrolls with the wheel, not the chart
		roam: false,
		top: top + 8,
		left: 4,
		right: 4,
		bottom: 30,
		visibleMin: 200,
		label: {
			show: true,
			overflow: 'truncate',
			fontSize: 11,
			lineHeight: 15,
			// the name, then the share of the total
			formatter: (p: { data?: TileData }) => (p.data ? `${p.data.name}\n${amount(p.data)}` : '')
		},
		// a parent's title bar: one line
		upperLabel: {
			show: true,
			height: 18,
			color: TEXT,
			fontSize: 11,
			overflow: 'truncate',
			formatter: (p: { data?: TileData }) => (p.data ? `${p.data.name} · ${amount(p.data)}` : '')
		},
		itemStyle: { borderColor: '#fff', borderWidth: 1, gapWidth: 1 },
		levels: [
			// the root (the whole tree) has no title bar: the breadcrumb names it
			{ itemStyle: { borderWidth: 0, gapWidth: 2 }, upperLabel: { show: false } },
			{ itemStyle: { borderWidth: 2, gapWidth: 1 }, colorSaturation: [0.35, 0.55] },
			{ itemStyle: { borderWidth: 1, gapWidth: 1 }, colorSaturation: [0.3, 0.6] }
		],
		breadcrumb: {
			show: true,
			bottom: 2,
			left: 4,
			height: 20,
			itemStyle: { color: '#eef1f4', textStyle: { color: MUTED } }
		}
	};
}

export function productsOption(data: ProductsData, ctx: ChartContext): EChartsCoreOption {
	const parts = splitParts(data, ctx);
	const split = parts ? splitBar(parts, ctx) : null;
	return {
		...baseOption,
		...(split ? { legend: split.option.legend, grid: split.option.grid } : {}),
		...(split ? { xAxis: split.option.xAxis, yAxis: split.option.yAxis } : {}),
		tooltip: tooltip(data, ctx),
		series: [...(split?.option.series ?? []), treemapSeries(data, ctx, split?.height ?? 0)]
	};
}
