/**
 * The products view's data: for one country, year and flow, the product detail of ONE dataset as
 * a tree HS section → chapter → heading (4) → subheading (6) → CN8, with the part of the reported
 * total that no HS code covers kept as its own "not broken down" node. Pure.
 *
 * The data layer's rules hold: the dataset is the one the cube picked for the year's total (the
 * dataset highest on the Data page), and only that dataset's figures build the tree, so a tile
 * never adds figures of two datasets. A node the dataset publishes keeps its own figure; a node it
 * does not publish (a section, or a heading of a file that has subheadings only) is the sum of its
 * parts; a published node whose parts fall short gets a "not broken down further" child.
 */
import { PART_TOLERANCE } from '../../data/analysis/shares';
import type { AnnualPoint } from '../../data/analysis/types';
import { TOTAL, type Flow } from '../../data/schema';
import { chapterSection } from '../../i18n/hs';
import type { ViewFilter } from '../core/crossfilter';
import type { Prepared, Selection } from '../core/prepared';

/** The products view is where a chapter is chosen: it shows every product. */
export const filter: ViewFilter = { ignores: ['sector'] };

export type ProductLevel = 'section' | 'chapter' | 'heading' | 'subheading' | 'cn8';
/** `rest`: a published figure less its parts; `remainder`: the total less every HS section. */
export type NodeLevel = ProductLevel | 'rest' | 'remainder';

export interface ProductNode {
	/** Unique in the tree: `sec:V`, `27`, `2709`, `rest:2709`, `remainder`. */
	id: string;
	/** The section's numeral, the HS/CN code; the parent's code for `rest`; '' for `remainder`. */
	code: string;
	level: NodeLevel;
	value: number;
	/** The dataset's own figure for this code (else the sum of its parts, or a difference). */
	point: AnnualPoint | null;
	/** The code's description in the uploaded file, when it gave one (one language, as written). */
	label: string | null;
	/** Its parts add up to more than its figure (beyond rounding): said, no "rest" drawn. */
	exceeds: boolean;
	children: ProductNode[];
}

/**
 * `products`: detail below chapter level; `chapters`: chapters only; `none`: no product detail
 * (the total alone, or nothing).
 */
export type ProductsState = 'products' | 'chapters' | 'none';

export interface ProductsData {
	flow: Flow;
	/** The countries one can pick (the selected ones) and the one shown. */
	partners: readonly string[];
	partner: string | null;
	year: number | null;
	partial: { fromMonth: number; toMonth: number } | null;
	state: ProductsState;
	/** The dataset the tree comes from (the one the cube picked for the year's total). */
	dataset: string | null;
	/** The reported total, or null when the dataset has none for the year. */
	total: AnnualPoint | null;
	/** HS sections, largest first, then the `remainder` node when there is one. */
	nodes: ProductNode[];
	/** The total less the sections; null without a total or when the parts exceed it. */
	remainder: number | null;
	/** The sections add up to more than the total (beyond rounding): no remainder, said so. */
	exceedsTotal: boolean;
	/** Codes in the dataset outside the HS sections (confidential `99RRR100`, chapter 99). */
	outside: string[];
	/** The deepest level present. */
	deepest: ProductLevel | null;
	sources: string[];
	converted: boolean;
}

const LEVEL_BY_LENGTH: Record<number, ProductLevel> = {
	2: 'chapter',
	4: 'heading',
	6: 'subheading',
	8: 'cn8'
};
const DEPTH: Record<ProductLevel, number> = {
	section: 0,
	chapter: 1,
	heading: 2,
	subheading: 3,
	cn8: 4
};

const hsCodes = new Map<string, boolean>();

/** An HS or CN code of a chapter in an HS section: 2, 4, 6 or 8 digits. */
export function isHsCode(code: string): boolean {
	// Asked several times for every figure of every click: the answer is kept per code.
	let is = hsCodes.get(code);
	if (is === undefined) {
		is = /^\d{2}(?:\d{2}){0,3}$/.test(code) && chapterSection(code) !== null;
		hsCodes.set(code, is);
	}
	return is;
}

/** A code outside the HS sections that is not a named group (confidential, special, chapter 99). */
const isOutsideCode = (code: string) =>
	code !== TOTAL && !code.startsWith('grp:') && !isHsCode(code);

const monthsOf = (p: AnnualPoint) =>
	p.basis === 'partial' ? `${p.fromMonth}-${p.toMonth}` : 'full';

/** One dataset's figures of a year (`inYear`: the year's points): the total's, or the detail's. */
function yearFigures(inYear: readonly AnnualPoint[]) {
	const total = inYear.find((p) => p.sector === TOTAL) ?? null;
	const dataset = total?.dataset ?? inYear.find((p) => isHsCode(p.sector))?.dataset ?? null;
	const figures = inYear.filter(
		(p) => p.dataset === dataset && (!total || monthsOf(p) === monthsOf(total))
	);
	const depth = Math.max(
		0,
		...figures.filter((p) => isHsCode(p.sector)).map((p) => p.sector.length)
	);
	return { total, dataset, figures, depth };
}

type YearPick = { year: number } & ReturnType<typeof yearFigures>;

/**
 * The year shown: the latest up to `upTo` with detail below chapters, else chapters, else a total.
 * Years are read from the latest down and the first with detail ends the search.
 */
function pickYear(points: readonly AnnualPoint[], upTo: number | null): YearPick | null {
	const byYear = new Map<number, AnnualPoint[]>();
	for (const p of points) {
		if (upTo !== null && p.year > upTo) continue;
		const list = byYear.get(p.year);
		if (list) list.push(p);
		else byYear.set(p.year, [p]);
	}
	let chapters: YearPick | null = null;
	let totalOnly: YearPick | null = null;
	for (const year of [...byYear.keys()].sort((a, b) => b - a)) {
		const found = { year, ...yearFigures(byYear.get(year) as AnnualPoint[]) };
		if (found.depth >= 4) return found;
		if (found.depth === 2) chapters ??= found;
		if (found.total) totalOnly ??= found;
	}
	return chapters ?? totalOnly;
}

/** The tree of one dataset's figures (TOTAL excluded): HS sections with their descendants. */
export function productTree(figures: readonly AnnualPoint[]): ProductNode[] {
	const nodes = new Map<string, ProductNode>();
	const node = (id: string, code: string, level: ProductLevel): ProductNode => {
		let n = nodes.get(id);
		if (!n) {
			n = { id, code, level, value: 0, point: null, label: null, exceeds: false, children: [] };
			nodes.set(id, n);
			const parent =
				level === 'section'
					? null
					: level === 'chapter'
						? node(`sec:${chapterSection(code)}`, chapterSection(code) as string, 'section')
						: node(
								code.slice(0, -2),
								code.slice(0, -2),
								LEVEL_BY_LENGTH[code.length - 2] as ProductLevel
							);
			parent?.children.push(n);
		}
		return n;
	};
	for (const p of figures) {
		if (!isHsCode(p.sector)) continue;
		const n = node(p.sector, p.sector, LEVEL_BY_LENGTH[p.sector.length] as ProductLevel);
		n.point = p;
		n.label = p.sectorLabel;
	}
	const sections = [...nodes.values()].filter((n) => n.level === 'section');
	sections.forEach(settle);
	return sections.sort(byValue);
}

const byValue = (a: ProductNode, b: ProductNode) =>
	b.value - a.value || a.code.localeCompare(b.code);

/** Values bottom-up: a figure of the dataset stands, the rest is the sum of the parts. */
function settle(n: ProductNode): number {
	const sum = n.children.reduce((a, c) => a + settle(c), 0);
	n.children.sort(byValue);
	if (!n.point) {
		n.value = sum;
		return sum;
	}
	n.value = n.point.value;
	if (!n.children.length) return n.value;
	const limit = Math.abs(n.value) * (1 + PART_TOLERANCE);
	if (sum > limit) n.exceeds = true;
	else if (n.value - sum > Math.abs(n.value) * 1e-9)
		n.children.push({
			id: `rest:${n.id}`,
			code: n.code,
			level: 'rest',
			value: n.value - sum,
			point: null,
			label: null,
			exceeds: false,
			children: []
		});
	return n.value;
}

/** Every node of a tree, depth first (a node before its parts). */
export function flatten(nodes: readonly ProductNode[]): ProductNode[] {
	return nodes.flatMap((n) => [n, ...flatten(n.children)]);
}

/**
 * The figures a node's value is made of, with their signs: its own figure; for a sum, its parts'
 * figures; for a `rest`, the parent's figure less its parts' (for provenance, never for maths).
 */
export function nodeFigures(
	n: ProductNode,
	parent: ProductNode | null = null
): { points: AnnualPoint[]; signs: number[] } {
	if (n.point) return { points: [n.point], signs: [1] };
	if (n.level === 'rest' && parent?.point) {
		const parts = parent.children.filter((c) => c !== n).map((c) => nodeFigures(c, parent));
		return {
			points: [parent.point, ...parts.flatMap((p) => p.points)],
			signs: [1, ...parts.flatMap((p) => p.signs.map((s) => -s))]
		};
	}
	const parts = n.children.map((c) => nodeFigures(c, n));
	return { points: parts.flatMap((p) => p.points), signs: parts.flatMap((p) => p.signs) };
}

/** The products of one country's (focus, else the first with detail) year and flow. */
export function productsData(prep: Prepared, sel: Selection): ProductsData {
	const flow: Flow = sel.measure === 'import' ? 'import' : 'export';
	const partners = sel.partners;
	const pointsOf = (partner: string) =>
		prep.points(sel.currency, [partner], sel.reporter, null).filter((p) => p.flow === flow);
	const candidates = sel.focus && partners.includes(sel.focus) ? [sel.focus] : partners;
	// The first country with detail below chapters, else with chapters, else with a total.
	let chapters: { partner: string; pick: YearPick } | null = null;
	let totalOnly: { partner: string; pick: YearPick } | null = null;
	for (const partner of candidates) {
		const pick = pickYear(pointsOf(partner), sel.to);
		if (!pick) continue;
		if (pick.depth >= 4) return productsOf(flow, partners, partner, pick);
		if (pick.depth === 2) chapters ??= { partner, pick };
		totalOnly ??= { partner, pick };
	}
	const chosen = chapters ?? totalOnly ?? { partner: candidates[0] ?? null, pick: null };
	return productsOf(flow, partners, chosen.partner, chosen.pick);
}

function productsOf(
	flow: Flow,
	partners: readonly string[],
	partner: string | null,
	pick: YearPick | null
): ProductsData {
	const empty: ProductsData = {
		flow,
		partners,
		partner,
		year: null,
		partial: null,
		state: 'none',
		dataset: null,
		total: null,
		nodes: [],
		remainder: null,
		exceedsTotal: false,
		outside: [],
		deepest: null,
		sources: [],
		converted: false
	};
	if (!pick) return empty;
	const { total, figures, depth, dataset, year } = pick;
	const sections = productTree(figures);
	const sum = sections.reduce((a, s) => a + s.value, 0);
	const exceedsTotal = total !== null && sum > Math.abs(total.value) * (1 + PART_TOLERANCE);
	const remainder = total === null || exceedsTotal ? null : Math.max(0, total.value - sum);
	const remainderNode: ProductNode[] =
		remainder !== null && remainder > 0
			? [
					{
						id: 'remainder',
						code: '',
						level: 'remainder',
						value: remainder,
						point: null,
						label: null,
						exceeds: false,
						children: []
					}
				]
			: [];
	const used = [...(total ? [total] : []), ...figures.filter((p) => isHsCode(p.sector))];
	const deepest = flatten(sections).reduce<ProductLevel | null>(
		(d, n) =>
			n.level === 'rest' || n.level === 'remainder' || (d && DEPTH[d] >= DEPTH[n.level])
				? d
				: n.level,
		null
	);
	return {
		...empty,
		year,
		partial:
			total?.basis === 'partial' ? { fromMonth: total.fromMonth, toMonth: total.toMonth } : null,
		state: depth >= 4 ? 'products' : depth === 2 ? 'chapters' : 'none',
		dataset,
		total,
		nodes: [...sections, ...remainderNode],
		remainder,
		exceedsTotal,
		outside: [...new Set(figures.map((p) => p.sector).filter(isOutsideCode))].sort(),
		deepest,
		sources: [...new Set(used.flatMap((p) => p.sources))].sort(),
		converted: used.some((p) => p.converted)
	};
}

/** A node's share of the reported total, or null (no total, or parts that exceed it). */
export function shareOf(data: ProductsData, value: number): number | null {
	if (!data.total || data.exceedsTotal || !data.total.value) return null;
	return value / data.total.value;
}
