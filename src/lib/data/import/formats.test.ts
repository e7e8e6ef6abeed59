/**
 * One fixture per format (tests/fixtures/import/, written by hand in the official shapes,
 * illustrative numbers): format recognised, counts reconciled, rows mapped.
 */
import { describeIssue } from '../../i18n/issues';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseEventsCsv } from '../bundled';
import type { Observation } from '../schema';
import { importFile, type ImportIssue } from './index';

const FIXTURES = new URL('../../../../tests/fixtures/import/', import.meta.url);
const load = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));

type Expect = {
	file: string;
	format: string;
	read: number;
	accepted: number;
	rejectedByCode: Record<string, number>;
	countUnit?: 'rows' | 'observations';
	dialect?: Record<string, unknown>;
	units?: string | null;
	/** Rows that must be present (partial match). */
	rows: Partial<Observation>[];
};

const CASES: Expect[] = [
	{
		file: 'comext-browser-coded.csv',
		format: 'comext-browser',
		read: 5,
		accepted: 5,
		rejectedByCode: {},
		rows: [
			{
				period: '2024-03',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				sector: 'TOTAL',
				value: 91250300,
				currency: 'EUR'
			},
			{ period: '2023', freq: 'A', partner: 'KGZ', flow: 'export', value: 213400000 },
			{
				period: '2024-03',
				partner: 'KAZ',
				flow: 'import',
				sector: '27',
				sectorLabel: 'Mineral fuels, mineral oils',
				value: 390000000
			}
		]
	},
	{
		file: 'comext-browser-plain.csv',
		format: 'comext-browser',
		read: 6,
		accepted: 2,
		rejectedByCode: { 'aggregate-partner': 1, 'not-italy': 1, 'other-flow': 1, 'missing-value': 1 },
		rows: [
			{ period: '2024-08', partner: 'RUS', flow: 'export', reporter: 'ITA', value: 291624707 },
			{ period: '2019-01', partner: 'KGZ', flow: 'import', value: 166488 }
		]
	},
	{
		file: 'comext-sdmx.csv',
		format: 'comext-sdmx',
		read: 7,
		accepted: 4,
		rejectedByCode: { 'not-trade-value': 1, 'aggregate-partner': 2 },
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'import',
				sector: '27',
				value: 4012300000,
				source: 'Eurostat Comext DS-045409'
			},
			{ period: '2024-03', partner: 'UZB', flow: 'export', flag: 'p', value: 38770410 },
			{ period: '2024-03', sector: '0102', value: 1250.5 }
		]
	},
	{
		file: 'comext-bulk-v2.csv',
		format: 'comext-bulk',
		read: 5,
		accepted: 4,
		rejectedByCode: { 'not-italy': 1 },
		rows: [
			{
				period: '2024-03',
				partner: 'KAZ',
				flow: 'import',
				sector: '27090090',
				value: 365002100,
				note: 'sum of its trade types and statistical procedures'
			},
			{ period: '2023', partner: 'KGZ', flow: 'export', sector: '61091000' }
		]
	},
	{
		file: 'comext-bulk-legacy.csv',
		format: 'comext-bulk',
		read: 2,
		accepted: 2,
		rejectedByCode: {},
		rows: [
			{ period: '2016-01', partner: 'KAZ', flow: 'export', sector: '01022910', value: 123400 },
			{ period: '2015', partner: 'UZB', note: 'sum of its trade types and statistical procedures' }
		]
	},
	{
		file: 'comext-long.csv',
		format: 'comext-long',
		read: 3,
		accepted: 2,
		rejectedByCode: { 'missing-value': 1 },
		rows: [{ period: '2020-01', partner: 'KGZ', flow: 'export', sector: '2106', value: 1838 }]
	},
	{
		file: 'comtrade-plus.csv',
		format: 'comtrade-plus',
		read: 8,
		accepted: 5,
		rejectedByCode: { 'other-flow': 1, 'aggregate-partner': 1, 'not-goods': 1 },
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				value: 1165000000,
				currency: 'USD'
			},
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'import',
				sector: '27',
				sectorLabel: 'Mineral fuels, mineral oils and products of their distillation'
			},
			{ period: '2024-03', partner: 'KGZ', sector: '84', value: 9120000 },
			// Kazakhstan reports exports to Italy: an Italian import, reporter kept.
			{ period: '2023', partner: 'KAZ', flow: 'import', reporter: 'KAZ', value: 14833000000 }
		]
	},
	{
		file: 'comtrade-legacy.csv',
		format: 'comtrade-legacy',
		read: 3,
		accepted: 2,
		rejectedByCode: { 'other-flow': 1 },
		rows: [
			{
				period: '2016',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				value: 1010000000,
				currency: 'USD'
			},
			{ period: '2016', partner: 'KAZ', flow: 'import', reporter: 'ITA', value: 2650000000 }
		]
	},
	{
		file: 'imf-imts.csv',
		format: 'imf-imts',
		read: 6,
		accepted: 5,
		rejectedByCode: { 'not-trade-value': 1 },
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				value: 1154000000,
				currency: 'USD'
			},
			{ period: '2024-03', partner: 'KGZ', flow: 'export' },
			{ period: '2023-Q1', freq: 'Q', month: 3, partner: 'TJK' },
			{ period: '2023', partner: 'KAZ', flow: 'import', reporter: 'KAZ', value: 14833000000 }
		]
	},
	{
		file: 'wits-wide.csv',
		format: 'wits-wide',
		read: 24,
		accepted: 14,
		countUnit: 'observations',
		rejectedByCode: { 'aggregate-partner': 4, 'not-trade-value': 4, 'missing-value': 2 },
		units: 'Export (US$ Thousand); Import (US$ Thousand)',
		rows: [
			{
				period: '2019',
				partner: 'KAZ',
				flow: 'export',
				sector: 'TOTAL',
				value: 1218000000,
				currency: 'USD'
			},
			{
				period: '2022',
				partner: 'KAZ',
				flow: 'import',
				sector: 'grp:Fuels',
				sectorLabel: 'Fuels',
				value: 4590000000
			}
		]
	},
	{
		file: 'istat-wide.csv',
		format: 'istat-wide',
		read: 15,
		accepted: 14,
		countUnit: 'observations',
		rejectedByCode: { 'missing-value': 1 },
		dialect: {
			delimiter: ';',
			decimal: ',',
			thousands: '.',
			decimalSource: 'file',
			headerLine: 3,
			skippedTop: 2,
			skippedBottom: 1
		},
		units: null,
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				value: 1067165356,
				currency: 'EUR',
				source: 'ISTAT'
			},
			{
				period: '2022',
				partner: 'UZB',
				sector: 'grp:CK28',
				sectorLabel: 'Macchinari e apparecchiature n.c.a.',
				value: 182004915
			},
			{ period: '2021', partner: 'KGZ', value: 22529346 }
		]
	},
	{
		file: 'uzstat_sdmx_data_1105.csv',
		format: 'uzstat-wide',
		read: 6,
		accepted: 3,
		countUnit: 'observations',
		rejectedByCode: { 'not-italy': 3 },
		dialect: { bom: true, encoding: 'utf-8' },
		units: 'thousand USD',
		rows: [
			// Uzbek exports to Italy (table 1105) = Italian imports from Uzbekistan, thousand USD scaled.
			{
				period: '2023',
				partner: 'UZB',
				flow: 'import',
				reporter: 'UZB',
				value: 85453400,
				currency: 'USD'
			}
		]
	},
	{
		file: 'template.csv',
		format: 'template',
		read: 3,
		accepted: 3,
		rejectedByCode: {},
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				flow: 'export',
				reporter: 'ITA',
				value: 1067165356,
				source: 'ISTAT'
			},
			{
				period: '2024-03',
				partner: 'UZB',
				flow: 'import',
				sector: '27',
				sectorLabel: 'Mineral fuels',
				value: 250000.5,
				flag: 'p'
			},
			{
				period: '2023-Q4',
				freq: 'Q',
				month: 12,
				partner: 'KGZ',
				reporter: 'KGZ',
				currency: 'USD',
				flag: 'e'
			}
		]
	}
];

describe.each(CASES)('$file', (c) => {
	const r = importFile(load(c.file), c.file);
	it(`is recognised as ${c.format}`, () => {
		expect(r.ok).toBe(true);
		expect(r.fatal).toBeNull();
		expect(r.format?.id).toBe(c.format);
	});
	it('reconciles its counts', () => {
		expect(r.report.read).toBe(c.read);
		expect(r.report.accepted).toBe(c.accepted);
		expect(r.report.rejected).toBe(c.read - c.accepted);
		expect(r.report.read).toBe(r.report.accepted + r.report.rejected);
		expect(r.report.rejectedByCode).toEqual(c.rejectedByCode);
		expect(r.report.countUnit).toBe(c.countUnit ?? 'rows');
		if (c.dialect) expect(r.dialect).toMatchObject(c.dialect);
		if (c.units !== undefined) expect(r.report.units).toBe(c.units);
	});
	it('maps the rows', () => {
		for (const row of c.rows) expect(r.rows).toContainEqual(expect.objectContaining(row));
		for (const row of r.rows) {
			expect(row.dataset).toBe(c.file);
			expect(Number.isFinite(row.value)).toBe(true);
			expect(row.partner).toMatch(/^[A-Z]{3}$/);
			expect(row.partner).not.toBe('ITA');
		}
		expect(r.report.periods).toEqual([...new Set(r.rows.map((x) => x.period))].sort());
		expect(r.report.partners).toEqual([...new Set(r.rows.map((x) => x.partner))].sort());
	});
});

describe('investment template', () => {
	it('yields investment rows, not observations', () => {
		const r = importFile(load('template-investment.csv'), 'inv.csv');
		expect(r.format?.id).toBe('template-investment');
		expect(r.rows).toEqual([]);
		expect(r.investment).toEqual([
			{
				period: '2023',
				investor: 'ITA',
				host: 'KAZ',
				measure: 'stock',
				sector: 'TOTAL',
				value: 7400000000,
				currency: 'USD',
				source: 'Illustrative source',
				note: 'illustrative'
			},
			{
				period: '2022',
				investor: 'ITA',
				host: 'UZB',
				measure: 'flow',
				sector: 'TOTAL',
				value: 120000000,
				currency: 'USD',
				source: 'Illustrative source',
				note: 'illustrative'
			}
		]);
		expect(r.report.accepted).toBe(2);
	});
});

describe('events table', () => {
	const r = importFile(load('events.csv'), 'events.csv');

	it('is recognised by its header and yields events, not observations', () => {
		expect(r.format?.id).toBe('events');
		expect(r.ok).toBe(true);
		expect(r.rows).toEqual([]);
		expect(r.investment).toEqual([]);
		expect(r.report).toMatchObject({ read: 9, accepted: 3, rejected: 6 });
	});

	it('reads dates, countries by code or name, types, and keeps the text as written', () => {
		expect(r.events).toEqual([
			{
				date: '2024-04-19',
				precision: 'day',
				countries: ['ITA', 'KAZ'],
				type: 'visit',
				title_en: 'Illustrative visit to Astana',
				title_it: 'Visita illustrativa ad Astana',
				source: 'Illustrative source'
			},
			{
				// precision from the date's shape, names resolved, a known type in any case,
				// and the English title where the Italian one is empty
				date: '2023-06',
				precision: 'month',
				countries: ['ITA', 'UZB'],
				type: 'forum',
				title_en: 'Illustrative business forum in Tashkent',
				title_it: 'Illustrative business forum in Tashkent',
				source: 'Illustrative source'
			},
			{
				date: '2022',
				precision: 'year',
				countries: ['KGZ'],
				type: 'trade fair',
				title_en: '<b>Illustrative</b> fair in Bishkek',
				title_it: 'Fiera illustrativa a Bishkek, "tra virgolette"',
				source: 'Illustrative source'
			}
		]);
	});

	it('rejects each bad row with its line, column and a reason in both languages', () => {
		expect(r.report.rejectedByCode).toEqual({
			'invalid-date': 1,
			'invalid-precision': 1,
			'unknown-country': 1,
			'missing-field': 2,
			'duplicate-event': 1
		});
		const rejected = r.report.issues
			.filter((i) => i.line !== null && i.line > 1)
			.map((i) => [i.line, i.column, i.header, i.code]);
		expect(rejected).toEqual([
			[5, 1, 'date', 'invalid-date'],
			[6, 2, 'precision', 'invalid-precision'],
			[7, 3, 'countries', 'unknown-country'],
			[8, 5, 'title_en', 'missing-field'],
			[9, 7, 'source', 'missing-field'],
			[10, null, null, 'duplicate-event']
		]);
		const text = (line: number, lang: 'en' | 'it') =>
			describeIssue(r.report.issues.find((i) => i.line === line) as ImportIssue, lang);
		expect(text(5, 'en')).toBe(
			'Line 5, column 1 (date): "2024-02-30" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-03 or 2024-03-15).'
		);
		expect(text(5, 'it')).toMatch(/^Riga 5, colonna 1 \(date\): "2024-02-30" non è una data/);
		expect(text(6, 'en')).toMatch(/precision "day" does not fit the date "2024-05"/);
		expect(text(7, 'en')).toMatch(/"Atlantis" is not a known country name or code/);
		expect(text(8, 'en')).toMatch(/the required field "title_en" is empty/);
		expect(text(9, 'it')).toMatch(/il campo obbligatorio "source" è vuoto/);
		expect(text(10, 'en')).toMatch(/already on line 2: skipped/);
	});

	it('reads the bundled data/events.csv exactly as the bundled parser does', () => {
		const bytes = new Uint8Array(
			readFileSync(new URL('../../../../data/events.csv', import.meta.url))
		);
		const upload = importFile(bytes, 'events.csv');
		expect(upload.report.rejected).toBe(0);
		expect(upload.events).toEqual(parseEventsCsv(new TextDecoder().decode(bytes)));
	});

	it('needs no optional column: date, countries, type, title_en and source are enough', () => {
		const csv = 'date,countries,type,title_en,source\n2021-09,KAZ,forum,Forum,Illustrative\n';
		const only = importFile(new TextEncoder().encode(csv), 'events.csv');
		expect(only.events).toEqual([
			{
				date: '2021-09',
				precision: 'month',
				countries: ['KAZ'],
				type: 'forum',
				title_en: 'Forum',
				title_it: 'Forum',
				source: 'Illustrative'
			}
		]);
	});
});

describe('static/template.csv', () => {
	it('imports cleanly and says its rows are illustrative', () => {
		const bytes = new Uint8Array(
			readFileSync(new URL('../../../../static/template.csv', import.meta.url))
		);
		const r = importFile(bytes, 'template.csv');
		expect(r.format?.id).toBe('template');
		expect(r.report).toMatchObject({ read: 3, accepted: 3, rejected: 0 });
		for (const row of r.rows) expect(row.note).toMatch(/illustrative/);
		expect(r.columns.every((c) => c.field !== null)).toBe(true);
	});
});
