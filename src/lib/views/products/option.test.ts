/**
 * The treemap option on a synthetic HS6 tree: names in both languages for sections and chapters,
 * codes only below them, the remainder as its own hatched grey tile, drill-down from chapters.
 */
import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../charts/options/context';
import { REMAINDER_COLOR } from '../../charts/options/theme';
import { buildCubes } from '../../data/analysis/cube';
import type { Observation } from '../../data/schema';
import { toTable } from '../../data/table';
import { Prepared, selectionOf } from '../core/prepared';
import { productsData } from './data';
import { productsOption, type TileData } from './option';

const obs = (sector: string, value: number): Observation => ({
	period: '2023',
	freq: 'A',
	year: 2023,
	month: null,
	partner: 'KAZ',
	flow: 'export',
	reporter: 'ITA',
	sector,
	sectorLabel: sector === '270900' ? 'Crude petroleum (file label)' : null,
	value,
	currency: 'EUR',
	source: 'synthetic',
	note: '',
	flag: '',
	dataset: 'upload'
});

const { cube } = buildCubes(
	toTable([obs('TOTAL', 1000), obs('27', 700), obs('270900', 500), obs('271019', 200)]),
	['upload']
);
const data = productsData(
	new Prepared({ cube, rates: { annual: new Map(), monthly: new Map() }, events: [] }),
	selectionOf({ partners: ['KAZ'] })
);
const ctx = (lang: 'en' | 'it'): ChartContext => ({
	lang,
	currency: 'EUR',
	measure: 'export',
	width: 800,
	events: false
});
type Series = {
	data: TileData[];
	leafDepth?: number;
	tooltip?: unknown;
};
const seriesOf = (lang: 'en' | 'it') =>
	(productsOption(data, ctx(lang)) as { series: Series[] }).series[0] as Series;

describe('the products treemap', () => {
	it('names sections and chapters in both languages, codes below them', () => {
		for (const [lang, section, chapter] of [
			['en', 'V Mineral products', '27 Mineral fuels'],
			['it', 'V Prodotti minerali', '27 Combustibili minerali']
		] as const) {
			const [v] = seriesOf(lang).data;
			expect(v?.name).toBe(section);
			expect(v?.children?.[0]?.name.startsWith(chapter)).toBe(true);
			expect(v?.children?.[0]?.children?.map((c) => c.name)).toEqual(['2709', '2710']);
			// the file's label is never a tile's name (it is in one language only)
			expect(JSON.stringify(v)).not.toContain('"name":"Crude');
		}
	});

	it('draws the remainder as its own grey, hatched tile, with its share of the total', () => {
		const rest = seriesOf('en').data.at(-1);
		expect(rest?.level).toBe('remainder');
		expect(rest?.name).toBe('Not broken down');
		expect(rest?.value).toBe(300);
		expect(rest?.share).toBeCloseTo(0.3);
		expect(rest?.itemStyle?.color).toBe(REMAINDER_COLOR);
		expect(rest?.itemStyle?.decal).toBeTruthy();
	});

	it('shows sections and chapters first; a click on a chapter drills down', () => {
		const s = seriesOf('en') as Series & { nodeClick?: string };
		expect(s.leafDepth).toBe(2);
		expect(s.nodeClick).toBe('zoomToNode');
	});

	it('says in the tooltip that headings have codes only, and gives the file label as such', () => {
		const option = productsOption(data, ctx('en')) as {
			tooltip: { formatter: (p: { data: TileData; treePathInfo: { name: string }[] }) => string };
		};
		const heading = seriesOf('en').data[0]?.children?.[0]?.children?.[0]?.children?.[0] as TileData;
		expect(heading.code).toBe('270900');
		const html = option.tooltip.formatter({
			data: heading,
			treePathInfo: [
				{ name: '' },
				{ name: 'V' },
				{ name: '27' },
				{ name: '2709' },
				{ name: '270900' }
			]
		});
		expect(html).toContain('Code only');
		expect(html).toContain('Description in the file: Crude petroleum (file label)');
		expect(html).toContain('50.0%');
	});
});
