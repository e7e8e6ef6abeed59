/**
 * The products tree on synthetic fixtures (every figure made up): HS6 detail sums to the chapter
 * figures and, with the "not broken down" remainder, to the reported total; a CN8 confidential
 * code goes to the remainder; chapter-only data gives the "chapters only" state; one dataset only.
 */
import { describe, expect, it } from 'vitest';
import { prep as bundledPrep } from '../core/fixtures.test-util';
import { selectionOf } from '../core/prepared';
import type { Observation } from '../../data/schema';
import { obs, prepOf } from './fixtures.test-util';
import { flatten, productsData, type ProductNode } from './data';

const sel = selectionOf({ partners: ['KAZ'] });
const byId = (nodes: readonly ProductNode[]) => new Map(flatten(nodes).map((n) => [n.id, n]));

/** A total of 1000: chapters 27 (600) and 84 (300) each with HS6 detail, 100 not broken down. */
const hs6 = [
	obs('TOTAL', 1000),
	obs('27', 600),
	obs('270900', 450),
	obs('271019', 150),
	obs('84', 300),
	obs('847130', 200),
	obs('841810', 60),
	obs('841191', 40)
];

describe('the products tree', () => {
	it('HS6 detail sums to its chapters, and with the remainder to the reported total', () => {
		const d = productsData(prepOf(hs6), sel);
		expect(d.state).toBe('products');
		expect(d.partner).toBe('KAZ');
		expect(d.year).toBe(2023);
		expect(d.deepest).toBe('subheading');
		const nodes = byId(d.nodes);
		// the headings are built from their subheadings (the file has none)
		expect(nodes.get('2709')?.value).toBe(450);
		expect(nodes.get('2710')?.value).toBe(150);
		expect(nodes.get('8471')?.children.map((c) => c.code)).toEqual(['847130']);
		for (const chapter of ['27', '84']) {
			const n = nodes.get(chapter) as ProductNode;
			const parts = n.children.reduce((a, c) => a + c.value, 0);
			expect(parts).toBe(n.value);
			expect(n.children.some((c) => c.level === 'rest')).toBe(false);
		}
		// section V (chapters 25-27) and XVI (84-85)
		expect(nodes.get('sec:V')?.value).toBe(600);
		expect(nodes.get('sec:XVI')?.value).toBe(300);
		expect(d.remainder).toBe(100);
		expect(d.nodes.at(-1)?.level).toBe('remainder');
		expect(d.nodes.reduce((a, n) => a + n.value, 0)).toBe(1000);
	});

	it('keeps the part of a chapter its subheadings do not cover as its own tile', () => {
		const d = productsData(prepOf([...hs6.filter((o) => o.sector !== '271019')]), sel);
		const chapter = byId(d.nodes).get('27') as ProductNode;
		expect(chapter.value).toBe(600);
		expect(chapter.children.map((c) => [c.level, c.value])).toEqual([
			['heading', 450],
			['rest', 150]
		]);
	});

	it('puts a CN8 confidential code in the "not broken down" remainder, never in a chapter', () => {
		const cn8 = [
			obs('TOTAL', 500),
			obs('27090010', 300),
			obs('27090090', 100),
			obs('99RRR100', 100)
		].map((o) => ({ ...o, source: 'synthetic CN8 fixture' }));
		const d = productsData(prepOf(cn8), sel);
		expect(d.state).toBe('products');
		expect(d.deepest).toBe('cn8');
		const nodes = byId(d.nodes);
		expect(nodes.get('27')?.value).toBe(400);
		expect(nodes.get('270900')?.children.map((c) => c.code)).toEqual(['27090010', '27090090']);
		expect(nodes.has('99RRR100')).toBe(false);
		expect(d.remainder).toBe(100);
		expect(d.outside).toEqual(['99RRR100']);
	});

	it('says the parts exceed the total instead of drawing a negative remainder', () => {
		const d = productsData(prepOf([obs('TOTAL', 100), obs('270900', 150)]), sel);
		expect(d.exceedsTotal).toBe(true);
		expect(d.remainder).toBeNull();
		expect(d.nodes.some((n) => n.level === 'remainder')).toBe(false);
	});

	it('builds the tree from the dataset the cube picked for the total, never two datasets', () => {
		// the bundled-like dataset (lower precedence) has chapter 27 and chapter 84 for 2023
		const other = [obs('TOTAL', 900), obs('27', 700), obs('84', 50)].map((o) => ({
			...o,
			dataset: 'other'
		}));
		const d = productsData(prepOf(hs6, other), sel);
		expect(d.dataset).toBe('upload');
		expect(byId(d.nodes).get('27')?.value).toBe(600);
		expect(flatten(d.nodes).every((n) => !n.point || n.point.dataset === 'upload')).toBe(true);
		// with the other dataset on top, its total and chapters only
		const flipped = productsData(prepOf(other, hs6), sel);
		expect(flipped.dataset).toBe('other');
		expect(flipped.state).toBe('chapters');
		expect(flipped.total?.value).toBe(900);
		expect(byId(flipped.nodes).get('27')?.value).toBe(700);
		expect(flipped.remainder).toBe(150);
	});

	it('with chapter-level data only (the bundled data), the "chapters only" state', () => {
		const d = productsData(bundledPrep, selectionOf());
		expect(d.state).toBe('chapters');
		expect(d.deepest).toBe('chapter');
		expect(flatten(d.nodes).every((n) => n.level !== 'heading')).toBe(true);
		expect(d.nodes.length).toBeGreaterThan(0);
	});

	it('shows the focused country, its latest year with detail up to the chosen end', () => {
		const two = [
			...hs6,
			...hs6.map((o) => ({ ...o, partner: 'UZB', value: o.value * 2 })),
			obs('TOTAL', 2000, { period: '2024', year: 2024 })
		];
		const both = selectionOf({ partners: ['KAZ', 'UZB'] });
		expect(productsData(prepOf(two), both).partner).toBe('KAZ');
		const uzb = productsData(prepOf(two), { ...both, focus: 'UZB' });
		expect(uzb.partner).toBe('UZB');
		expect(uzb.total?.value).toBe(2000);
		// 2024 has a total and no detail: 2023 is the year with products
		expect(productsData(prepOf(two), both).year).toBe(2023);
		expect(productsData(prepOf(two), { ...both, to: 2022 }).state).toBe('none');
	});

	it('picks detail below chapters first, then chapters, then a total: across years and countries', () => {
		const y2022 = { period: '2022', year: 2022 };
		const as = (partner: string, list: Observation[]) => list.map((o) => ({ ...o, partner }));
		// KAZ: 2023 has chapters only, 2022 has HS6 detail (the year shown).
		const kaz = [obs('TOTAL', 500), obs('27', 400), ...hs6.map((o) => ({ ...o, ...y2022 }))];
		const chaptersOnly = [obs('TOTAL', 300), obs('27', 200)];
		const totalOnly = [obs('TOTAL', 100)];
		const d = productsData(prepOf(kaz), sel);
		expect([d.year, d.state]).toEqual([2022, 'products']);
		const prep = prepOf([
			...kaz,
			...as('UZB', chaptersOnly),
			...as('TJK', totalOnly),
			...as('KGZ', chaptersOnly)
		]);
		const pick = (partners: string[]) => {
			const r = productsData(prep, selectionOf({ partners }));
			return [r.partner, r.year, r.state];
		};
		expect(pick(['UZB', 'KAZ'])).toEqual(['KAZ', 2022, 'products']);
		expect(pick(['TJK', 'UZB', 'KGZ'])).toEqual(['UZB', 2023, 'chapters']);
		expect(pick(['TJK'])).toEqual(['TJK', 2023, 'none']);
	});
});
