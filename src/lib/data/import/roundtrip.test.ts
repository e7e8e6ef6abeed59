/**
 * import ∘ export is the identity (anchors §6 P1, goal G6): random tables in our template format,
 * with hostile text (quotes, line breaks, `;` and `,`, unicode, leading `= + - @`) and any finite
 * number, written by the CSV exporters and imported again, give back the same rows.
 *
 * - src/lib/data/export/csv.ts `toCsv` in both variants (`en`: `,` and `.`; `it`: `;`, decimal
 *   comma, BOM), with and without the `#` provenance line;
 * - src/lib/storage/downloads.ts `templateCsv` (the Data page's "download the current data").
 *
 * Numbers: when every value of a file is ambiguous (`1,234` in the Italian variant, `1.234` in the
 * English one) the import asks (`ambiguous-number`) instead of guessing; the analyst's answer
 * (the variant's decimal mark) must then give the table back.
 *
 * Text is compared after trimming (the importer trims cells: a documented normalisation, C21/E20).
 * Both exporters write through the one CSV writer and its one formula rule (export/formula.ts),
 * which the importer undoes exactly, so no text is kept out of the generator.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toCsv, type CsvVariant } from '../export/csv';
import { needsProtection } from '../export/formula';
import { ALL_PARTNERS, TEMPLATE_HEADER, type Observation, type TemplateRow } from '../schema';
import { templateCsv } from '../../storage/downloads';
import { isTotalText } from './formats/common';
import { importFile, type DecimalMark, type ImportResult } from './index';
import { MAX_VALUE } from './numbers';
import { isBlankText } from './invisible';

type Row = TemplateRow;

/** Characters hostile to CSV and spreadsheets, plus ordinary and non-Latin text. */
const piece = fc.oneof(
	{
		weight: 3,
		arbitrary: fc.constantFrom(
			'"',
			"'",
			',',
			';',
			'\n',
			'\r\n',
			'\r',
			'\t',
			'=',
			'+',
			'-',
			'@',
			' ',
			'#',
			'|'
		)
	},
	{
		weight: 2,
		arbitrary: fc.constantFrom(
			'é',
			'Città',
			'汉字',
			'🇰🇿',
			'ß',
			'\u00a0',
			'\u200b',
			'<img src=x>',
			'&amp;',
			'1.234',
			'0101'
		)
	},
	{ weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9]{1,6}$/) }
);

/**
 * Text as the importer keeps it: trimmed, no NUL, no lone surrogate, and empty when it shows
 * nothing (only zero-width characters: import/invisible.ts).
 */
const text = (minLength: number) =>
	fc
		.array(piece, { minLength, maxLength: 6 })
		.map((parts) => parts.join('').trim())
		.map((s) => (isBlankText(s) ? '' : s))
		.filter((s) => s.length >= minLength);

const year = fc.integer({ min: 1995, max: 2030 });
const period = fc.oneof(
	year.map(String),
	fc
		.tuple(year, fc.integer({ min: 1, max: 12 }))
		.map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
	fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`)
);
const sector = fc.oneof(
	fc.constant('TOTAL'),
	fc.stringMatching(/^0\d{1,7}$/),
	// (Texts that mean the whole economy, `Totale`, `tot`, ..., are read as TOTAL.)
	text(1).filter((s) => !isTotalText(s))
);
const value = fc
	.oneof(
		// Any double a trade figure can be: values above MAX_VALUE (1e15) are rejected on import.
		fc.double({ noNaN: true, noDefaultInfinity: true, min: -MAX_VALUE, max: MAX_VALUE }),
		fc.integer({ min: -1e9, max: 1e9 }),
		// `1.234`-shaped values: a file of only these is ambiguous in both variants (ASK).
		fc
			.tuple(fc.integer({ min: 1, max: 999 }), fc.integer({ min: 0, max: 999 }))
			.map(([a, b]) => Number(`${a}.${String(b).padStart(3, '0')}`))
	)
	.map((v) => (v === 0 ? 0 : v));

const rowArb: fc.Arbitrary<Row> = fc
	.record({
		period,
		partner: fc.constantFrom(...ALL_PARTNERS),
		flow: fc.constantFrom('export' as const, 'import' as const),
		italyReports: fc.boolean(),
		sector,
		sectorLabel: fc.option(text(1), { nil: null }),
		value,
		currency: fc.constantFrom('EUR' as const, 'USD' as const),
		source: text(1),
		note: text(0),
		flag: fc.constantFrom('', 'p', 'e')
	})
	.map(({ italyReports, ...r }) => ({ ...r, reporter: italyReports ? 'ITA' : r.partner }));

/** One row per cell: a cell given twice in one file is one figure (cells.ts), not two rows. */
const table = fc.uniqueArray(rowArb, {
	minLength: 1,
	maxLength: 12,
	selector: (r) => [r.reporter, r.partner, r.flow, r.sector, r.period, r.currency].join('|')
});

const pick = (rows: readonly Observation[]): Row[] =>
	rows.map((r) => ({
		period: r.period,
		partner: r.partner,
		flow: r.flow,
		reporter: r.reporter,
		sector: r.sector,
		sectorLabel: r.sectorLabel,
		value: r.value,
		currency: r.currency,
		source: r.source,
		note: r.note,
		flag: r.flag
	}));

/** Imports; when the file is ambiguous, answers with the exporter's decimal mark (the ASK). */
function reimport(csv: string, decimal: DecimalMark): { result: ImportResult; asked: boolean } {
	const bytes = new TextEncoder().encode(csv);
	const first = importFile(bytes, 'export.csv');
	if ((first.report.rejectedByCode['ambiguous-number'] ?? 0) === 0)
		return { result: first, asked: false };
	return { result: importFile(bytes, 'export.csv', { override: { decimal } }), asked: true };
}

const stats = { runs: 0, asked: 0 };

function checkRoundTrip(
	rows: Row[],
	csv: string,
	decimal: DecimalMark,
	isProtected: (text: string) => boolean = needsProtection
) {
	const { result, asked } = reimport(csv, decimal);
	stats.runs++;
	if (asked) stats.asked++;
	expect(result.report.rejected).toBe(0);
	expect(result.report.read).toBe(rows.length);
	expect(pick(result.rows)).toEqual(rows);
	// The importer said what it undid: one notice when a protected cell was read.
	const protectedCells = rows
		.flatMap((r) => [r.sector, r.sectorLabel ?? '', r.source, r.note])
		.filter(isProtected);
	const notice = result.report.issues.find((i) => i.code === 'formula-prefix-removed');
	expect(notice?.params.cells ?? 0).toBe(protectedCells.length);
}

describe('import ∘ export = identity', () => {
	const columns = TEMPLATE_HEADER.map((key) => ({ key, header: key }));
	const toTemplateRow = (r: Row) => ({ ...r, sector_label: r.sectorLabel ?? '' });

	for (const variant of ['en', 'it'] as CsvVariant[]) {
		it(`toCsv, variant ${variant} (property)`, () => {
			fc.assert(
				fc.property(table, fc.boolean(), (rows, withMeta) => {
					const csv = toCsv(rows.map(toTemplateRow), columns, {
						lang: variant,
						variant,
						meta: withMeta
							? { source: 'Eurostat; ISTAT "Coeweb"', vintage: '2025-01', downloaded: '2025-03-05' }
							: undefined
					});
					checkRoundTrip(rows, csv, variant === 'it' ? ',' : '.');
				}),
				{ numRuns: 1000, seed: 31337 }
			);
			// 1,000 imports: seconds on a loaded two-core machine
		}, 30_000);
	}

	it('templateCsv of the Data page (property)', () => {
		fc.assert(
			fc.property(table, (rows) =>
				checkRoundTrip(
					rows,
					templateCsv(rows.map((r) => ({ ...r, freq: 'A', year: 0, month: null, dataset: '' }))),
					'.'
				)
			),
			{ numRuns: 1000, seed: 4711 }
		);
		console.log(
			`[round trip] ${stats.runs} tables exported and imported back, ${stats.asked} needed the decimal mark (ASK), 0 differences`
		);
	}, 30_000);

	it('pinned examples: OWASP cells, a protected cell, an ambiguous-only file', () => {
		const base: Row = {
			period: '2023',
			partner: 'KAZ',
			flow: 'export',
			reporter: 'ITA',
			sector: '0101',
			sectorLabel: '=1+2";=1+2',
			value: 1.234,
			currency: 'EUR',
			source: `=1+2'" ;,=1+2`,
			note: '@SUM(A1)\n=cmd',
			flag: ''
		};
		for (const variant of ['en', 'it'] as CsvVariant[]) {
			const csv = toCsv([toTemplateRow(base)], columns, { lang: variant, variant });
			expect(csv).toContain(`"'=1+2"";'=1+2"`);
			checkRoundTrip([base], csv, variant === 'it' ? ',' : '.');
		}
	});
});
