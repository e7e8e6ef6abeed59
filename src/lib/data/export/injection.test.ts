/**
 * No CSV or text the app writes opens a formula cell in a spreadsheet, whichever separator the
 * spreadsheet reads it with (`,`, `;`, tab) and whether or not it keeps track of quotes across
 * line breaks (spreadsheet.test-util.ts). Every writer is checked: the view exports in both
 * variants (with the provenance line), the Data page's current data and issue list, and the
 * "Cite this view" text. Synthetic, hostile tables.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { citeText } from '$lib/components/share/links';
import type { ImportIssue } from '../import/types';
import { issuesCsv, templateCsv } from '../../storage/downloads';
import type { Observation } from '../schema';
import { observation } from '../../testing/observation';
import { parseCsv, toCsv, DELIMITER, type CsvVariant } from './csv';
import { FORMULA_TRIGGERS, protectFormulas, unprotectFormulas } from './formula';
import { formulaCells, formulaCellsAnyReader } from './spreadsheet.test-util';

const piece = fc.oneof(
	{ weight: 4, arbitrary: fc.constantFrom(...FORMULA_TRIGGERS.split('')) },
	{
		weight: 4,
		arbitrary: fc.constantFrom(',', ';', '\t', '\r', '\n', '\r\n', '"', "'", '""', '\'"')
	},
	{ weight: 2, arbitrary: fc.constantFrom(' ', '\u00a0', '\u3000', '\u200b', '\ufeff', '\u2060') },
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'HYPERLINK("http://x")',
			"cmd|' /C calc'!A0",
			'SUM(A1)',
			'12',
			'-3,5',
			'1.5',
			'RT'
		)
	},
	{ weight: 2, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,5}$/) }
);
/** Hostile text: triggers, separators, quotes, spaces and formula bodies in any order. */
const hostile = fc.array(piece, { maxLength: 8 }).map((parts) => parts.join(''));
const cell = fc.oneof(
	{ weight: 3, arbitrary: hostile },
	{ weight: 1, arbitrary: fc.double({ noNaN: true }) },
	{ weight: 1, arbitrary: fc.integer({ min: -1e6, max: 1e6 }) },
	{ weight: 1, arbitrary: fc.constant(null) }
);

const hostileTable = fc.integer({ min: 1, max: 4 }).chain((ncols) =>
	fc.record({
		headers: fc.array(hostile, { minLength: ncols, maxLength: ncols }),
		rows: fc.array(fc.array(cell, { minLength: ncols, maxLength: ncols }), { maxLength: 4 }),
		source: hostile,
		withMeta: fc.boolean()
	})
);

function expectNoFormula(text: string) {
	expect(formulaCellsAnyReader(text)).toEqual([]);
}

const obs = (source: string, note: string, sectorLabel: string, value: number): Observation =>
	observation({ source, note, sectorLabel, value, dataset: 'synthetic' });

describe('no formula cell in anything the app writes, for any separator and reader', () => {
	for (const variant of ['en', 'it'] as CsvVariant[]) {
		it(`view exports, variant ${variant} (property)`, () => {
			fc.assert(
				fc.property(hostileTable, ({ headers, rows, source, withMeta }) => {
					const columns = headers.map((header, i) => ({ key: `c${i}`, header }));
					const objects = rows.map((r) => Object.fromEntries(r.map((v, i) => [`c${i}`, v])));
					const meta = withMeta
						? { source, vintage: 'synthetic', downloaded: '2025-03-05' }
						: undefined;
					expectNoFormula(toCsv(objects, columns, { lang: variant, variant, meta }));
				}),
				{ numRuns: 500, seed: 11 }
			);
		});
	}

	it('current data and issue list of the Data page (property)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(hostile, hostile, hostile, fc.double({ noNaN: true })), {
					minLength: 1,
					maxLength: 4
				}),
				(rows) => {
					expectNoFormula(templateCsv(rows.map(([s, n, l, v]) => obs(s, n, l, v))));
					const issues: ImportIssue[] = rows.map(([s, n], i) => ({
						line: i + 2,
						column: 3,
						header: s,
						code: 'unknown-country',
						params: { value: n }
					}));
					const labels = { line: 'l', column: 'c', header: 'h', code: 'k', reason: 'r' };
					expectNoFormula(issuesCsv(issues, labels, (issue) => String(issue.params.value)));
				}
			),
			{ numRuns: 500, seed: 12 }
		);
	});

	it('"Cite this view" text (property)', () => {
		fc.assert(
			fc.property(
				hostile,
				hostile,
				fc.array(hostile, { maxLength: 3 }),
				fc.constantFrom('en' as const, 'it' as const),
				(title, provenance, sources, lang) => {
					const text = citeText({
						lang,
						title,
						subtitle: provenance,
						sources,
						vintage: title,
						url: 'https://x.org/?growth=cagr',
						accessed: '2025-03-05',
						provenance
					});
					expectNoFormula(text);
					expect(text).not.toMatch(/[\t\r\n]/);
				}
			),
			{ numRuns: 500, seed: 13 }
		);
	});
});

describe('the inputs named in issue 11', () => {
	const columns = [
		{ key: 'source', header: 'Source' },
		{ key: 'value', header: 'Value' }
	];
	const named = [
		"RT;=1+cmd|' /C calc'!A0",
		"RT,=1+cmd|' /C calc'!A0",
		'Eurostat\n=HYPERLINK("http://evil","click")',
		'"Eurostat\n"=HYPERLINK("http://evil")',
		'Eurostat\r\n@SUM(1+1)',
		'＝1+1',
		'＋1',
		'－1',
		'＠A1',
		'﹦1+1',
		'   =1+1',
		'\u3000\u200b=1+1',
		'a\t=1+1',
		"'=1+1"
	];

	it.each(named)('%j: no formula cell in either variant, read with any separator', (source) => {
		for (const variant of ['en', 'it'] as CsvVariant[]) {
			const csv = toCsv([{ source, value: -12.5 }], columns, {
				lang: variant,
				variant,
				meta: { source, vintage: 'v', downloaded: '2025-03-05' }
			});
			expectNoFormula(csv);
			// and the file still reads back, with the same number, in its own dialect
			const rows = parseCsv(csv, DELIMITER[variant]);
			expect(unprotectFormulas(rows[2]?.[0] ?? '') ?? rows[2]?.[0]).toBe(source);
			expect(rows[2]?.[1]).toBe(variant === 'en' ? '-12.5' : '-12,5');
		}
		expectNoFormula(templateCsv([obs(source, source, source, -1)]));
	});

	it('the unprotected text does open formula cells (the reader sees them)', () => {
		// The check above could not fail if the reader missed formulas: show that it finds them.
		expect(formulaCells("x,RT;=1+cmd|' /C calc'!A0", ';', 'quotes')).toEqual([
			"=1+cmd|' /C calc'!A0"
		]);
		expect(formulaCells('"Eurostat\n=HYPERLINK(1)"', ',', 'lines')).toEqual(['=HYPERLINK(1)"']);
		expect(formulaCells('  ＝1', ',', 'quotes')).toEqual(['  ＝1']);
		expect(formulaCells('-12,5', ',', 'quotes')).toEqual([]);
	});

	it('the Cite text keeps a quoted provenance with tabs or line breaks on one safe line', () => {
		const text = citeText({
			lang: 'en',
			title: 'Growth',
			subtitle: 'CAGR',
			sources: ['Eurostat'],
			vintage: 'v',
			url: 'https://x.org/',
			accessed: '2025-03-05',
			provenance: '"ISTAT\t=HYPERLINK("http://evil")\n=1+1"'
		});
		expect(text).toContain('"ISTAT =HYPERLINK("http://evil") =1+1"');
		expectNoFormula(text);
	});

	it('protection is undone exactly, and only where it was put', () => {
		fc.assert(
			fc.property(hostile, (text) => {
				expect(unprotectFormulas(protectFormulas(text)) ?? text).toBe(text);
			}),
			{ numRuns: 3000, seed: 14 }
		);
	});
});
