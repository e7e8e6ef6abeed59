/**
 * The treemap option on a synthetic HS6 tree: names in both languages for sections and chapters,
 * codes only below them, the remainder as its own hatched grey tile, drill-down from chapters.
 */
import { describe, expect, it } from 'vitest';
import type { ChartContext } from '../../charts/options/context';
import { REMAINDER_COLOR } from '../../charts/options/theme';
import { selectionOf } from '../core/prepared';
import { obs, prepOf } from './fixtures.test-util';
import { productsData } from './data';
import { productsOption, type TileData } from './option';

const prep = prepOf([
	obs('TOTAL', 1000),
	obs('27', 700),
	obs('270900', 500, { sectorLabel: 'Crude petroleum (file label)' }),
	obs('271019', 200)
]);
const data = productsData(prep, selectionOf({ partners: ['KAZ'] }));
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
/** The treemap series (the split bar's series come before it). */
const seriesOf = (lang: 'en' | 'it') =>
	(productsOption(data, ctx(lang)) as { series: (Series & { type: string })[] }).series.find(
		(x) => x.type === 'treemap'
	) as Series;

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

	it('keeps the remainder out of the treemap, as a labelled bar above it with value and share', () => {
		expect(seriesOf('en').data.map((d) => d.level)).toEqual(['section']);
		for (const [lang, broken, rest] of [
			['en', 'Broken down: €700', 'Not broken down: €300'],
			['it', 'Ripartito: 700', 'Non ripartito: 300']
		] as const) {
			const option = productsOption(data, ctx(lang)) as {
				legend: { data: string[] };
				series: {
					id: string;
					type: string;
					data: { value: number }[];
					itemStyle: Record<string, unknown>;
				}[];
			};
			const [a, b] = option.legend.data;
			expect(a).toContain(broken);
			expect(a).toMatch(/70[.,]0\s?%/);
			expect(b).toContain(rest);
			expect(b).toMatch(/30[.,]0\s?%/);
			const bars = option.series.filter((x) => x.type === 'bar');
			expect(bars.map((x) => x.data[0]?.value)).toEqual([700, 300]);
			expect(bars[1]?.itemStyle.color).toBe(REMAINDER_COLOR);
			expect(bars[1]?.itemStyle.decal).toBeTruthy();
		}
	});

	it('has no split bar when the sections make up the whole total', () => {
		const whole = productsData(
			prepOf([obs('TOTAL', 700), obs('27', 700), obs('270900', 700)]),
			selectionOf({ partners: ['KAZ'] })
		);
		const option = productsOption(whole, ctx('en')) as {
			legend?: unknown;
			series: { type: string; top: number }[];
		};
		expect(option.legend).toBeUndefined();
		expect(option.series.map((x) => x.type)).toEqual(['treemap']);
		expect(option.series[0]?.top).toBe(8);
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
