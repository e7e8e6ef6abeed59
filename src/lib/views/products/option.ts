/**
 * The products view's chart: an ECharts treemap HS section → chapter → heading → subheading (→
 * CN8) of one country's year, with the "not broken down" remainder as its own grey, hatched tile.
 * A click on a tile with parts zooms into it (the breadcrumb under the chart zooms out); the
 * component turns a click on a chapter into the dashboard's sector selection. Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import { formatMoney, formatMoneyCompact, formatPercent } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
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

const HATCH = {
	symbol: 'rect',
	dashArrayX: [1, 0],
	dashArrayY: [2, 4],
	rotation: Math.PI / 4,
	color: 'rgba(255,255,255,0.55)'
};

/** A tile's name: translated for sections and chapters, the code alone below them. */
export function tileName(lang: ChartContext['lang'], n: ProductNode): string {
	if (n.level === 'remainder') return t(lang, 'sector.remainder');
	if (n.level === 'rest') return t(lang, 'products.rest');
	if (n.level === 'section') return `${n.code} ${sectorName(lang, n.code)}`;
	if (n.level === 'chapter') return `${n.code} ${sectorName(lang, n.code)}`;
	return n.code;
}

export function productsOption(data: ProductsData, ctx: ChartContext): EChartsCoreOption {
	const { lang } = ctx;
	const tile = (n: ProductNode, color: string | null): TileData => {
		const grey = n.level === 'remainder' || n.level === 'rest';
		return {
			id: n.id,
			name: tileName(lang, n),
			value: n.value,
			code: n.code,
			level: n.level,
			share: shareOf(data, n.value),
			fileLabel: n.label,
			exceeds: n.exceeds,
			...(n.children.length ? { children: n.children.map((c) => tile(c, null)) } : {}),
			...(grey
				? { itemStyle: { color: REMAINDER_COLOR, decal: HATCH }, label: { color: TEXT } }
				: color
					? {
							// a parent's title bar is drawn in its border colour: the section's own
							itemStyle: { color, borderColor: color },
							upperLabel: { color: '#fff' }
						}
					: {})
		};
	};
	/** The share of the total, or the value when there is no share. */
	const amount = (d: TileData) =>
		d.share === null
			? formatMoneyCompact(lang, d.value, ctx.currency)
			: formatPercent(lang, d.share);
	const sections = data.nodes.filter((n) => n.level === 'section');
	const tiles = data.nodes.map((n) =>
		tile(
			n,
			n.level === 'section'
				? (SECTOR_COLORS[sections.indexOf(n) % SECTOR_COLORS.length] as string)
				: null
		)
	);
	const footer = [
		...reporterLine(lang, ctx.reporter, data.partner ?? ''),
		...data.sources.map((s) => `${t(lang, 'tooltip.source')}: ${s}`),
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
	return {
		...baseOption,
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: { data?: TileData; treePathInfo?: { name: string }[] }) => {
				const d = params.data;
				if (!d) return '';
				const lines: [string, string][] = [['', formatMoney(lang, d.value, ctx.currency)]];
				if (d.share !== null) lines.push([t(lang, 'tooltip.share'), formatPercent(lang, d.share)]);
				lines.push([t(lang, 'products.col.level'), t(lang, `products.level.${d.level}`)]);
				const notes: string[] = [];
				if (d.level === 'heading' || d.level === 'subheading' || d.level === 'cn8')
					notes.push(t(lang, 'products.noNames'));
				if (d.fileLabel) notes.push(`${t(lang, 'products.fileLabel')}: ${d.fileLabel}`);
				if (d.level === 'rest') notes.push(t(lang, 'products.restTip'));
				if (d.level === 'remainder') {
					notes.push(t(lang, 'products.remainderTip'));
					if (data.outside.length)
						notes.push(t(lang, 'products.outside', { codes: data.outside.join(', ') }));
				}
				if (d.exceeds) notes.push(t(lang, 'products.partsExceed'));
				// the path from the section down, so a code-only tile says where it sits
				const path = (params.treePathInfo ?? [])
					.slice(1, -1)
					.map((p) => p.name)
					.join(' › ');
				return tooltipHtml(`${countryName(lang, data.partner ?? '')} · ${d.name}`, lines, [
					...(path ? [path] : []),
					...notes,
					...footer
				]);
			}
		},
		series: [
			{
				id: 'products',
				type: 'treemap',
				name: t(lang, 'view.products'),
				data: tiles,
				// sections with their chapters; a click on a chapter shows its headings and subheadings
				leafDepth: data.state === 'products' ? 2 : undefined,
				nodeClick: 'zoomToNode',
				// ECharts leaves the labels of the tiles a zoom hides on the canvas when the zoom is
				// not animated (they reappear on the next hover): a short zoom animation removes them
				animation: true,
				animationDurationUpdate: 300,
				// the page scrolls with the wheel, not the chart
				roam: false,
				top: 8,
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
					formatter: (p: { data?: TileData }) =>
						p.data ? `${p.data.name} · ${amount(p.data)}` : ''
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
			}
		]
	};
}
