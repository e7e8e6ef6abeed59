/**
 * The products view's table (on screen and as CSV): the reported total, then every node of the
 * tree, depth first, with its code, level, name (sections and chapters only), value, share of the
 * total and provenance; the "not broken down" remainder last. Pure.
 */
import type { CubeRow } from '../../data/analysis/types';
import { TOTAL } from '../../data/schema';
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import { combine } from '../core/provenance';
import {
	cubeRows,
	percent,
	period,
	tableKit,
	type ExportTable,
	type ShownContext,
	type ViewData
} from '../core/table';
import { isHsCode, nodeFigures, productsData, shareOf, type ProductNode } from './data';

/** A node's name: sections and chapters by the HS tables; codes below them have none. */
function nodeName(lang: ShownContext['lang'], n: ProductNode): string {
	if (n.level === 'remainder') return t(lang, 'sector.remainder');
	if (n.level === 'rest') return t(lang, 'products.rest');
	if (n.level === 'section' || n.level === 'chapter') return sectorName(lang, n.code);
	return '';
}

export function productsTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, valueCol, pc, cells, codeCol, sourceCols } = tableKit(ctx);
	const d = productsData(data.prepared, data.selection);
	const base = {
		partner: d.partner ? countryName(lang, d.partner) : '',
		code: d.partner,
		period: d.year === null ? '' : period(lang, d.year, d.partial)
	};
	const level = (l: string) => t(lang, `products.level.${l}` as Parameters<typeof t>[1]);
	const parents = new Map<ProductNode, ProductNode>();
	const walk = (nodes: readonly ProductNode[], parent: ProductNode | null): ProductNode[] =>
		nodes.flatMap((n) => {
			if (parent) parents.set(n, parent);
			return [n, ...walk(n.children, n)];
		});
	const sections = d.nodes.filter((n) => n.level === 'section');
	const rows = walk(d.nodes, null).map((n) => {
		// the remainder: the total less every section, each figure as published
		const figures =
			n.level === 'remainder' && d.total
				? (() => {
						const parts = sections.map((s) => nodeFigures(s));
						return {
							points: [d.total, ...parts.flatMap((p) => p.points)],
							signs: [1, ...parts.flatMap((p) => p.signs.map((s) => -s))]
						};
					})()
				: nodeFigures(n, parents.get(n) ?? null);
		return {
			...base,
			hsCode: n.level === 'remainder' ? '' : n.code,
			level: level(n.level),
			name: nodeName(lang, n),
			value: n.value,
			share: percent(shareOf(d, n.value)),
			...cells(combine(figures.points, ctx.currency, figures.signs)),
			note:
				n.level === 'remainder' && d.outside.length
					? t(lang, 'products.outside', { codes: d.outside.join(', ') })
					: n.exceeds
						? t(lang, 'products.partsExceed')
						: ''
		};
	});
	const totalRow = d.total
		? [
				{
					...base,
					hsCode: TOTAL,
					level: level('total'),
					name: t(lang, 'products.totalName'),
					value: d.total.value,
					share: percent(shareOf(d, d.total.value)),
					...cells(combine([d.total], ctx.currency)),
					note: d.exceedsTotal ? t(lang, 'products.exceeds') : ''
				}
			]
		: [];
	const all = [...totalRow, ...rows];
	return {
		columns: [
			col('partner', t(lang, 'table.partner')),
			codeCol,
			col('period', t(lang, 'table.period')),
			col('hsCode', t(lang, 'products.col.code')),
			col('level', t(lang, 'products.col.level')),
			col('name', t(lang, 'products.col.name')),
			valueCol(),
			...pc.published,
			{ key: 'share', header: `${t(lang, 'table.share')} (%)`, kind: 'percent' },
			col('note', t(lang, 'table.note')),
			...sourceCols({ reporter: false })
		],
		rows: all.length
			? all
			: // nothing to break down: the country keeps its row, saying so (as the view does)
				[
					{
						...base,
						hsCode: '',
						level: '',
						name: t(lang, 'products.none', { partner: base.partner }),
						value: null,
						share: null,
						...cells(combine([], ctx.currency)),
						note: ''
					}
				]
	};
}

/** The cube rows behind the tree: its country, flow and year, of its one dataset. */
export function productsRows(data: ViewData): CubeRow[] {
	const d = productsData(data.prepared, data.selection);
	if (!d.partner || d.year === null) return [];
	return cubeRows(data, [d.partner], d.flow, null, new Set([`${d.partner}|${d.year}`])).filter(
		(r) =>
			r.dataset === d.dataset &&
			(r.sector === TOTAL || isHsCode(r.sector) || d.outside.includes(r.sector))
	);
}
