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

type Lang = ShownContext['lang'];
type Kit = ReturnType<typeof tableKit>;
type Data = ReturnType<typeof productsData>;

const levelName = (lang: Lang, l: string) =>
	t(lang, `products.level.${l}` as Parameters<typeof t>[1]);

/** The figures a node's value is made of; the remainder's: the total less every section. */
function figuresOf(d: Data, n: ProductNode, parents: ReadonlyMap<ProductNode, ProductNode>) {
	if (n.level !== 'remainder' || !d.total) return nodeFigures(n, parents.get(n) ?? null);
	const parts = d.nodes.filter((s) => s.level === 'section').map((s) => nodeFigures(s));
	return {
		points: [d.total, ...parts.flatMap((p) => p.points)],
		signs: [1, ...parts.flatMap((p) => p.signs.map((s) => -s))]
	};
}

/** What a node's note says: the codes outside the HS sections, or parts that exceed it. */
function nodeNote(lang: Lang, d: Data, n: ProductNode): string {
	if (n.level === 'remainder' && d.outside.length)
		return t(lang, 'products.outside', { codes: d.outside.join(', ') });
	return n.exceeds ? t(lang, 'products.partsExceed') : '';
}

/**
 * The tree's rows, depth first; the "not broken down" remainder right after the total, so that
 * it stays in sight above a long list of codes (as the bar above the treemap).
 */
function nodeRows(d: Data, ctx: ShownContext, kit: Kit) {
	const parents = new Map<ProductNode, ProductNode>();
	const walk = (nodes: readonly ProductNode[], parent: ProductNode | null): ProductNode[] =>
		nodes.flatMap((n) => {
			if (parent) parents.set(n, parent);
			return [n, ...walk(n.children, n)];
		});
	const all = walk(d.nodes, null);
	const ordered = [
		...all.filter((n) => n.level === 'remainder'),
		...all.filter((n) => n.level !== 'remainder')
	];
	return ordered.map((n) => {
		const figures = figuresOf(d, n, parents);
		return {
			hsCode: n.level === 'remainder' ? '' : n.code,
			level: levelName(ctx.lang, n.level),
			name: nodeName(ctx.lang, n),
			value: n.value,
			share: percent(shareOf(d, n.value)),
			...kit.cells(combine(figures.points, ctx.currency, figures.signs)),
			note: nodeNote(ctx.lang, d, n)
		};
	});
}

/** The reported total's row, when the dataset gives one. */
function totalRows(d: Data, ctx: ShownContext, kit: Kit) {
	if (!d.total) return [];
	return [
		{
			hsCode: TOTAL,
			level: levelName(ctx.lang, 'total'),
			name: t(ctx.lang, 'products.totalName'),
			value: d.total.value,
			share: percent(shareOf(d, d.total.value)),
			...kit.cells(combine([d.total], ctx.currency)),
			note: d.exceedsTotal ? t(ctx.lang, 'products.exceeds') : ''
		}
	];
}

function columns(ctx: ShownContext, kit: Kit) {
	const { lang } = ctx;
	const { col, valueCol, pc, codeCol, sourceCols } = kit;
	return [
		col('partner', t(lang, 'table.partner')),
		codeCol,
		col('period', t(lang, 'table.period')),
		col('hsCode', t(lang, 'products.col.code')),
		col('level', t(lang, 'products.col.level')),
		col('name', t(lang, 'products.col.name')),
		valueCol(),
		...pc.published,
		{ key: 'share', header: `${t(lang, 'table.share')} (%)`, kind: 'percent' as const },
		col('note', t(lang, 'table.note')),
		...sourceCols({ reporter: false })
	];
}

export function productsTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const kit = tableKit(ctx);
	const d = productsData(data.prepared, data.selection);
	const base = {
		partner: d.partner ? countryName(lang, d.partner) : '',
		code: d.partner,
		period: d.year === null ? '' : period(lang, d.year, d.partial)
	};
	const rows = [...totalRows(d, ctx, kit), ...nodeRows(d, ctx, kit)];
	// nothing to break down: the country keeps its row, saying so (as the view does)
	const none = {
		hsCode: '',
		level: '',
		name: t(lang, 'products.none', { partner: base.partner }),
		value: null,
		share: null,
		...kit.cells(combine([], ctx.currency)),
		note: ''
	};
	return {
		columns: columns(ctx, kit),
		rows: (rows.length ? rows : [none]).map((r) => ({ ...base, ...r }))
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
