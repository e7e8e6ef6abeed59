/**
 * The products table (on screen and CSV) on a synthetic HS6 upload above the bundled data: the
 * reported total, every node with code, level, name, value and share, the remainder last, each
 * figure with its dataset; the cube rows behind it are the upload's only.
 */
import { describe, expect, it } from 'vitest';
import { buildCubes } from '../../data/analysis/cube';
import { concatTables, toTable } from '../../data/table';
import { bundled, shownContext, viewData } from '../core/fixtures.test-util';
import { Prepared, selectionOf } from '../core/prepared';
import { obs } from './fixtures.test-util';
import { productsRows, productsTable } from './table';

const upload = [
	obs('TOTAL', 1000),
	obs('27', 700),
	obs('270900', 500),
	obs('271019', 200, { flag: 'p' })
];
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
			['', 'not broken down', 300, 30],
			['V', 'HS section', 700, 70],
			['27', 'chapter', 700, 70],
			['2709', 'heading (4 digits)', 500, 50],
			['270900', 'subheading (6 digits)', 500, 50],
			['2710', 'heading (4 digits)', 200, 20],
			['271019', 'subheading (6 digits)', 200, 20]
		]);
		expect(en.rows[3]?.name).toBe('Mineral fuels, mineral oils');
		// no invented names below chapters
		expect(en.rows[5]?.name).toBe('');
		expect(en.rows[7]?.flag).toBe('provisional');
		expect(new Set(en.rows.map((r) => r.dataset))).toEqual(new Set(['synthetic-hs6.csv']));
		const it = productsTable(data, shownContext({ lang: 'it' }));
		expect(it.rows[2]?.name).toBe('Prodotti minerali');
		expect(it.rows[1]?.name).toBe('Non ripartito');
		expect(it.rows[1]?.share).toBe(30);
		expect(it.columns.map((c) => c.header)).toContain('Livello');
	});

	it('its cube rows are the upload’s, never the bundled chapters of the same year', () => {
		const rows = productsRows(data);
		expect(rows.map((r) => r.sector).sort()).toEqual(['27', '270900', '271019', 'TOTAL']);
		expect(rows.every((r) => r.dataset === 'upload')).toBe(true);
	});
});
