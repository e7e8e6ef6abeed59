/**
 * The products table (on screen and CSV) on a synthetic HS6 upload above the bundled data: the
 * reported total, every node with code, level, name, value and share, the remainder last, each
 * figure with its dataset; the cube rows behind it are the upload's only.
 */
import { describe, expect, it } from 'vitest';
import { buildCubes } from '../../data/analysis/cube';
import type { Observation } from '../../data/schema';
import { concatTables, toTable } from '../../data/table';
import { bundled, shownContext, viewData } from '../core/fixtures.test-util';
import { Prepared, selectionOf } from '../core/prepared';
import { productsRows, productsTable } from './table';

const obs = (sector: string, value: number): Observation => ({
	period: '2023',
	freq: 'A',
	year: 2023,
	month: null,
	partner: 'KAZ',
	flow: 'export',
	reporter: 'ITA',
	sector,
	sectorLabel: null,
	value,
	currency: 'EUR',
	source: 'synthetic HS6 fixture',
	note: '',
	flag: sector === '271019' ? 'p' : '',
	dataset: 'upload'
});

const upload = [obs('TOTAL', 1000), obs('27', 700), obs('270900', 500), obs('271019', 200)];
const { cube, shadowed } = buildCubes(concatTables([toTable(upload), bundled.table]), [
	'upload',
	'bundled'
]);
const prep = new Prepared({ cube, shadowed, rates: bundled.rates, events: bundled.events });
const data = viewData(selectionOf({ partners: ['KAZ'] }), prep);
const names = new Map([['upload', 'synthetic-hs6.csv']]);

describe('the products table', () => {
	it('lists the total, each level with its share, and the remainder, in English and Italian', () => {
		const en = productsTable(data, shownContext({ datasetNames: names }));
		expect(en.rows.map((r) => [r.hsCode, r.level, r.value, r.share])).toEqual([
			['TOTAL', 'total', 1000, 100],
			['V', 'HS section', 700, 70],
			['27', 'chapter', 700, 70],
			['2709', 'heading (4 digits)', 500, 50],
			['270900', 'subheading (6 digits)', 500, 50],
			['2710', 'heading (4 digits)', 200, 20],
			['271019', 'subheading (6 digits)', 200, 20],
			['', 'not broken down', 300, 30]
		]);
		expect(en.rows[2]?.name).toBe('Mineral fuels, mineral oils');
		// no invented names below chapters
		expect(en.rows[4]?.name).toBe('');
		expect(en.rows[6]?.flag).toBe('provisional');
		expect(new Set(en.rows.map((r) => r.dataset))).toEqual(new Set(['synthetic-hs6.csv']));
		const it = productsTable(data, shownContext({ lang: 'it' }));
		expect(it.rows[1]?.name).toBe('Prodotti minerali');
		expect(it.rows.at(-1)?.name).toBe('Non ripartito');
		expect(it.columns.map((c) => c.header)).toContain('Livello');
	});

	it('its cube rows are the upload’s, never the bundled chapters of the same year', () => {
		const rows = productsRows(data);
		expect(rows.map((r) => r.sector).sort()).toEqual(['27', '270900', '271019', 'TOTAL']);
		expect(rows.every((r) => r.dataset === 'upload')).toBe(true);
	});
});
