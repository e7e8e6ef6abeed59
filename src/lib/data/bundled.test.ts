import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
	parseEventsCsv,
	parseInvestmentCsv,
	parsePublishedGrowthCsv,
	parseRates,
	parseTradeCsv
} from './bundled';
import { monthsOf, parsePeriod, type Observation } from './schema';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';

describe('parseTradeCsv', () => {
	it('reads monthly, quarterly and annual rows, keeping codes as strings', () => {
		const text = [
			HEADER,
			'2021-03,KGZ,export,ITA,27,,1200,EUR,Comext (Nov 2024),,',
			'2022-Q1,UZB,import,ITA,TOTAL,,27706599,EUR,ISTAT via CIUZ,,p',
			'2023,KAZ,import,KAZ,TOTAL,,14833289890,USD,"BNS, main indicators","Kazakh exports, to Italy",',
			'2017,KAZ,export,ITA,grp:clothing,Clothing (abbigliamento),54543000,EUR,ICE,,e',
			'2020,TKM,import,ITA,2710,,95790000.5,EUR,Eurostat,,',
			''
		].join('\n');
		const rows = parseTradeCsv(text, 'bundled');
		expect(rows).toHaveLength(5);
		expect(rows[0]).toEqual<Observation>({
			period: '2021-03',
			freq: 'M',
			year: 2021,
			month: 3,
			partner: 'KGZ',
			flow: 'export',
			reporter: 'ITA',
			sector: '27',
			sectorLabel: null,
			value: 1200,
			currency: 'EUR',
			source: 'Comext (Nov 2024)',
			note: '',
			flag: '',
			dataset: 'bundled'
		});
		expect(rows[1]).toMatchObject({ freq: 'Q', year: 2022, month: 3, flag: 'p' });
		expect(rows[2]).toMatchObject({
			freq: 'A',
			month: null,
			value: 14833289890,
			source: 'BNS, main indicators',
			note: 'Kazakh exports, to Italy'
		});
		expect(rows[3]).toMatchObject({
			sector: 'grp:clothing',
			sectorLabel: 'Clothing (abbigliamento)'
		});
		expect(rows[4]).toMatchObject({ sector: '2710', value: 95790000.5 });
		expect(typeof rows[4]?.sector).toBe('string');
	});

	it('reads cumulative periods (one year, 2+ months) and turnover published on its own', () => {
		const text = [
			HEADER,
			'2024-01..2024-08,KAZ,turnover,KAZ,TOTAL,,13800000000,USD,Kazakh official data,,',
			'2023-01..2023-06,UZB,import,ITA,grp:zinc,Zinc,8600000,EUR,ISTAT (via CIUZ),,'
		].join('\n');
		expect(parseTradeCsv(text, 'x')).toMatchObject([
			{ period: '2024-01..2024-08', freq: 'C', year: 2024, month: 8, flow: 'turnover' },
			{ period: '2023-01..2023-06', freq: 'C', year: 2023, month: 6, flow: 'import' }
		]);
	});

	it.each([
		['across two years', '2023-11..2024-02'],
		['one month', '2024-03..2024-03'],
		['backwards', '2024-08..2024-01'],
		['a month 13', '2024-01..2024-13'],
		['a half-year as published', '2023-H1']
	])('rejects a cumulative period %s', (_name, period) => {
		const text = `${HEADER}\n${period},UZB,export,ITA,TOTAL,,5,EUR,s,,\n`;
		expect(() => parseTradeCsv(text, 'x')).toThrow(/line 2, column period/);
		expect(() => parseTradeCsv(text, 'x')).toThrow(/YYYY-MM\.\.YYYY-MM/);
	});

	it('maps columns by header name, in any order, with a BOM and CRLF', () => {
		const text =
			'\uFEFFvalue,currency,period,partner,flow,reporter,sector,sector_label,source,note,flag\r\n' +
			'5,USD,2019,UZB,export,UZB,TOTAL,,stat.uz,,\r\n';
		expect(parseTradeCsv(text, 'x')).toMatchObject([
			{ value: 5, currency: 'USD', period: '2019', reporter: 'UZB' }
		]);
	});

	it('never turns header text into object keys', () => {
		const text = HEADER + ',__proto__\n2019,UZB,export,UZB,TOTAL,,5,USD,s,,,polluted\n';
		const [row] = parseTradeCsv(text, 'x');
		expect(Object.keys(row ?? {})).not.toContain('__proto__');
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it.each([
		['bad period', '2019-13,UZB,export,UZB,TOTAL,,5,USD,s,,', 'column period'],
		['bad flow', '2019,UZB,total,UZB,TOTAL,,5,USD,s,,', 'column flow'],
		['bad partner', '2019,Uzbekistan,export,UZB,TOTAL,,5,USD,s,,', 'column partner'],
		['bad sector', '2019,UZB,export,UZB,HS 84,,5,USD,s,,', 'column sector'],
		['group without label', '2019,UZB,export,UZB,grp:gold,,5,USD,s,,', 'column sector_label'],
		['thousands separator', '2019,UZB,export,UZB,TOTAL,,"1,000",USD,s,,', 'column value'],
		['decimal comma', '2019,UZB,export,UZB,TOTAL,,"1000,5",USD,s,,', 'column value'],
		['currency', '2019,UZB,export,UZB,TOTAL,,5,RUB,s,,', 'column currency'],
		['no source', '2019,UZB,export,UZB,TOTAL,,5,USD,,,', 'column source'],
		['bad flag', '2019,UZB,export,UZB,TOTAL,,5,USD,s,,x', 'column flag'],
		['missing field', '2019,UZB,export,UZB,TOTAL,,5,USD,s,', '10 fields, expected 11']
	])('throws with the line number on %s', (_name, line, message) => {
		const text = `${HEADER}\n2019,UZB,import,UZB,TOTAL,,1,USD,s,,\n${line}\n`;
		expect(() => parseTradeCsv(text, 'x')).toThrow(/line 3/);
		expect(() => parseTradeCsv(text, 'x')).toThrow(message);
	});

	it('throws when a column is missing from the header', () => {
		expect(() => parseTradeCsv('period,partner,flow\n2019,UZB,export\n', 'x')).toThrow(
			/line 1: missing column\(s\) reporter/
		);
	});

	it('throws on an empty file', () => {
		expect(() => parseTradeCsv('', 'x')).toThrow(/empty/);
	});
});

describe('parsePublishedGrowthCsv', () => {
	const header = 'period,partner,flow,reporter,sector,currency,growth,base_period,source,quote';
	const row = (period: string, base: string, growth = '0.33', flow = 'turnover') =>
		`${header}\n${period},KAZ,${flow},KAZ,TOTAL,USD,${growth},${base},BNS,"""+33%"""\n`;

	it('reads a rate as a fraction with its base period and wording', () => {
		expect(parsePublishedGrowthCsv(row('2024-01..2024-08', '2023-01..2023-08'))).toEqual([
			{
				period: '2024-01..2024-08',
				partner: 'KAZ',
				flow: 'turnover',
				reporter: 'KAZ',
				sector: 'TOTAL',
				currency: 'USD',
				growth: 0.33,
				basePeriod: '2023-01..2023-08',
				source: 'BNS',
				quote: '"+33%"'
			}
		]);
		expect(parsePublishedGrowthCsv(row('2022', '2021', '-0.155', 'import'))).toMatchObject([
			{ growth: -0.155, basePeriod: '2021', flow: 'import' }
		]);
	});

	it.each([
		['another span', '2024-01..2024-08', '2023-01..2023-06', '0.33', 'column base_period'],
		['a year against months', '2024-01..2024-08', '2023', '0.33', 'column base_period'],
		['a later base', '2022', '2023', '0.33', 'column base_period'],
		['the same year', '2022', '2022', '0.33', 'column base_period'],
		['a bad base', '2022', '2021-H1', '0.33', 'column base_period'],
		['a percentage', '2022', '2021', '33%', 'column growth'],
		['a fall below -100%', '2022', '2021', '-1.5', 'column growth']
	])('throws on %s', (_name, period, base, growth, message) => {
		expect(() => parsePublishedGrowthCsv(row(period, base, growth))).toThrow(/line 2/);
		expect(() => parsePublishedGrowthCsv(row(period, base, growth))).toThrow(message);
	});

	it('throws on a flow that is not export, import or turnover', () => {
		expect(() => parsePublishedGrowthCsv(row('2022', '2021', '0.1', 'total'))).toThrow(
			/line 2, column flow/
		);
	});
});

describe('parseInvestmentCsv', () => {
	it('reads rows as reported', () => {
		const text =
			'period,investor,host,measure,sector,value,currency,source,note\n' +
			'2023,ITA,KAZ,cumulative,TOTAL,7300000000,USD,Kazakh government,"period: 2005 to H1 2023 (cumulative)"\n';
		expect(parseInvestmentCsv(text)).toEqual([
			{
				period: '2023',
				investor: 'ITA',
				host: 'KAZ',
				measure: 'cumulative',
				sector: 'TOTAL',
				value: 7300000000,
				currency: 'USD',
				source: 'Kazakh government',
				note: 'period: 2005 to H1 2023 (cumulative)'
			}
		]);
	});

	it('throws on an unknown measure', () => {
		const text =
			'period,investor,host,measure,sector,value,currency,source,note\n' +
			'2023,ITA,KAZ,total,TOTAL,1,USD,s,\n';
		expect(() => parseInvestmentCsv(text)).toThrow(/line 2, column measure/);
	});
});

describe('parseEventsCsv', () => {
	const header = 'date,precision,countries,type,title_en,title_it,source';
	it('splits countries and checks the date against its precision', () => {
		const text = `${header}\n2025-04,month,KAZ|UZB,summit,"Summit, Samarkand",Vertice,"Italpress, 2025"\n`;
		expect(parseEventsCsv(text)).toEqual([
			{
				date: '2025-04',
				precision: 'month',
				countries: ['KAZ', 'UZB'],
				type: 'summit',
				title_en: 'Summit, Samarkand',
				title_it: 'Vertice',
				source: 'Italpress, 2025'
			}
		]);
	});

	it('throws when date and precision disagree', () => {
		const text = `${header}\n2025,day,KAZ,visit,a,b,c\n`;
		expect(() => parseEventsCsv(text)).toThrow(/line 2, column date/);
	});
});

describe('parseRates', () => {
	it('reads annual and monthly tables', () => {
		const annual = parseRates(
			'year,usd_per_eur,trading_days,source\n2023,1.0813,255,ECB\n2024,1.0824,256,ECB\n'
		);
		expect([...annual]).toEqual([
			['2023', 1.0813],
			['2024', 1.0824]
		]);
		const monthly = parseRates('period,usd_per_eur,trading_days,source\n2025-04,1.1214,20,ECB\n');
		expect(monthly.get('2025-04')).toBe(1.1214);
	});

	it('throws on a bad rate or a duplicate period', () => {
		expect(() => parseRates('year,usd_per_eur\n2023,0\n')).toThrow(/line 2/);
		expect(() => parseRates('year,usd_per_eur\n2023,1.1\n2023,1.2\n')).toThrow(/line 3.*duplicate/);
	});
});

// -------------------------------------------------------------------------------------------
// The generated files in data/ (inside the project): what a user would notice if wrong.

function readData(name: string): string {
	return readFileSync(fileURLToPath(new URL(`../../../data/${name}`, import.meta.url)), 'utf8');
}

/** The bundled trade file, read once for the checks below. */
const trade = parseTradeCsv(readData('trade.csv'), 'bundled');

/** The bundled rows whose fields are as given. */
const rowsWhere = (p: Record<string, string | number>) =>
	trade.filter((r) => Object.entries(p).every(([k, v]) => r[k as keyof Observation] === v));

describe('bundled data files', () => {
	it('has rows, each with a source and a currency', () => {
		expect(trade.length).toBeGreaterThan(500);
		for (const r of trade) {
			expect(r.source.trim()).not.toBe('');
			expect(['EUR', 'USD']).toContain(r.currency);
		}
	});

	it('has no duplicate (period, partner, flow, reporter, sector, currency)', () => {
		const seen = new Set<string>();
		const dups: string[] = [];
		for (const r of trade) {
			const k = [r.period, r.partner, r.flow, r.reporter, r.sector, r.currency].join('|');
			if (seen.has(k)) dups.push(k);
			seen.add(k);
		}
		expect(dups).toEqual([]);
	});

	it('has no annual row for a series and year that also has 12 monthly rows', () => {
		const months = new Map<string, number>();
		const series = (r: Observation) =>
			[r.reporter, r.partner, r.flow, r.sector, r.currency, r.year].join('|');
		for (const r of trade)
			if (r.freq === 'M') months.set(series(r), (months.get(series(r)) ?? 0) + 1);
		const clashes = trade.filter((r) => r.freq === 'A' && months.get(series(r)) === 12);
		expect(clashes.map(series)).toEqual([]);
	});

	it('keeps each reporter in its own currency (ITA in EUR, partners in USD)', () => {
		for (const r of trade) {
			if (r.reporter === 'ITA') expect(r.currency).toBe('EUR');
			else expect(r.currency).toBe('USD');
		}
	});

	const sumMonths = (partner: string, flow: string, year: number) =>
		rowsWhere({ freq: 'M', reporter: 'ITA', partner, flow, sector: 'TOTAL', year }).reduce(
			(s, r) => s + r.value,
			0
		);

	it('gives Italian exports to Kyrgyzstan as in the Comext annual table (formats.md)', () => {
		expect(sumMonths('KGZ', 'export', 2021)).toBe(22_529_346);
		expect(sumMonths('KGZ', 'export', 2023)).toBe(213_708_652);
	});

	it('keeps the Kazakh-reported 2023 exports to Italy (Italian import) of USD 14.83 bn', () => {
		const row = trade.filter(
			(r) =>
				r.reporter === 'KAZ' &&
				r.partner === 'KAZ' &&
				r.flow === 'import' &&
				r.sector === 'TOTAL' &&
				r.period === '2023'
		);
		expect(row).toHaveLength(1);
		expect(row[0]).toMatchObject({ value: 14_833_289_890, currency: 'USD' });
	});

	it('flags the provisional 2022 rows of the January 2023 extract', () => {
		const ds = trade.filter((r) => r.source.includes('DS-045409'));
		expect(ds.length).toBeGreaterThan(0);
		for (const r of ds) expect(r.flag).toBe(r.year === 2022 ? 'p' : '');
	});

	it('has no partial year: 2024 Italian rows are monthly only', () => {
		expect(trade.filter((r) => r.reporter === 'ITA' && r.year === 2024 && r.freq !== 'M')).toEqual(
			[]
		);
	});

	it('is sorted by partner, flow, reporter, sector, period', () => {
		const key = (r: Observation) =>
			[r.partner, r.flow, r.reporter, r.sector, r.period].join('\u0000');
		const keys = trade.map(key);
		const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
		expect(keys).toEqual(sorted);
	});

	it('reads investment, events and rates', () => {
		const inv = parseInvestmentCsv(readData('investment.csv'));
		expect(inv.length).toBeGreaterThan(0);
		for (const r of inv) expect(r.investor).toBe('ITA');
		expect(parseEventsCsv(readData('events.csv')).length).toBeGreaterThan(0);
		const annual = parseRates(readData('eur-usd-annual.csv'));
		const monthly = parseRates(readData('eur-usd-monthly.csv'));
		expect(annual.get('2023')).toBe(1.0813);
		expect(monthly.size).toBeGreaterThan(annual.size);
		for (const k of monthly.keys()) expect(k).toMatch(/^\d{4}-\d{2}$/);
	});
});

describe('bundled data: Russian customs (FCS) monthly series, reporter RUS', () => {
	const rus = trade.filter((r) => r.reporter === 'RUS');
	const sumYear = (flow: string, year: number) =>
		rus.filter((r) => r.flow === flow && r.year === year).reduce((s, r) => s + r.value, 0);

	it('has 192 months per flow, 2006-01..2021-12, no gap, nothing else', () => {
		for (const flow of ['export', 'import']) {
			const periods = rus.filter((r) => r.flow === flow).map((r) => r.period);
			expect(periods).toHaveLength(192);
			expect(new Set(periods).size).toBe(192);
			expect(periods[0]).toBe('2006-01');
			expect(periods.at(-1)).toBe('2021-12');
		}
		expect(rus).toHaveLength(384);
	});

	it('is total goods in whole US dollars, partner RUS, with a source and the cell in the note', () => {
		for (const r of rus) {
			expect(r).toMatchObject({ partner: 'RUS', freq: 'M', sector: 'TOTAL', currency: 'USD' });
			expect(r.flag).toBe('');
			expect(Number.isInteger(r.value)).toBe(true);
			expect(r.source).toMatch(/Federal Customs Service of Russia/);
			const sheet = r.flow === 'import' ? 'Экспорт' : 'Импорт';
			expect(r.note).toMatch(new RegExp(`^${sheet}!J\\d+, `));
		}
	});

	it('keeps the first cell exactly: Russian exports to Italy, January 2006 (Экспорт!J7)', () => {
		const row = rus.find((r) => r.flow === 'import' && r.period === '2006-01');
		// 2019.8695600000001 million USD in the xlsx: the float artefact is rounded away.
		expect(row).toMatchObject({ value: 2_019_869_560 });
		expect(row?.note).toBe('Экспорт!J7, январь 2006; Russian exports to Italy');
	});

	it('adds up to the annual figures of the raw README (million USD, within rounding)', () => {
		expect(sumYear('import', 2013) / 1e6).toBeCloseTo(38_777.7, 1);
		expect(sumYear('export', 2013) / 1e6).toBeCloseTo(14_555.5, 1);
		expect(sumYear('import', 2016) / 1e6).toBeCloseTo(11_959.8, 1);
		expect(sumYear('export', 2019) / 1e6).toBeCloseTo(10_909.9, 1);
	});
});

describe('bundled data: partial periods and turnover as published (issue 16)', () => {
	const find = rowsWhere;

	it('has Kazakhstan Jan-Aug 2024 as Kazakh statistics published it (USD)', () => {
		const kaz = { period: '2024-01..2024-08', partner: 'KAZ', reporter: 'KAZ', sector: 'TOTAL' };
		const turnover = find({ ...kaz, flow: 'turnover' });
		expect(turnover).toHaveLength(1);
		expect(turnover[0]).toMatchObject({ value: 13_800_000_000, currency: 'USD', freq: 'C' });
		expect(turnover[0]?.note).toMatch(/13,8 miliardi di dollari/);
		// Kazakh exports to Italy = Italian imports from Kazakhstan, seen from Italy.
		const exportsToItaly = find({ ...kaz, flow: 'import' });
		expect(exportsToItaly).toHaveLength(1);
		expect(exportsToItaly[0]).toMatchObject({ value: 12_900_000_000, currency: 'USD' });
		expect(exportsToItaly[0]?.note).toMatch(/esportazioni kazake del 36%/);
		expect(find({ ...kaz, flow: 'export' })).toEqual([]);
	});

	it('has ISTAT Uzbekistan H1 2023: imports EUR 43.0 m with product groups both ways', () => {
		const h1 = { period: '2023-01..2023-06', partner: 'UZB', reporter: 'ITA' };
		expect(find({ ...h1, flow: 'import', sector: 'TOTAL' })).toMatchObject([
			{ value: 43_000_000, currency: 'EUR', freq: 'C', month: 6 }
		]);
		const groups = (flow: string) =>
			find({ ...h1, flow })
				.filter((r) => r.sector.startsWith('grp:'))
				.map((r) => `${r.sector} ${r.value}`)
				.sort();
		expect(groups('import')).toEqual([
			'grp:fabrics 12700000',
			'grp:gold 3500000',
			'grp:silver 7500000',
			'grp:zinc 8600000'
		]);
		expect(groups('export')).toEqual([
			'grp:chemical-products 4800000',
			'grp:clothing 19000000',
			'grp:footwear 7100000',
			'grp:gas-meter-components-contactors 4500000',
			'grp:medicines 3200000',
			'grp:textile-machinery 18000000'
		]);
	});

	it('leaves out the H1 2023 export total (EUR 253.1 m): Comext gives its six months', () => {
		const h1 = { period: '2023-01..2023-06', partner: 'UZB', flow: 'export', reporter: 'ITA' };
		expect(find({ ...h1, sector: 'TOTAL' })).toEqual([]);
		const months = rowsWhere({
			freq: 'M',
			partner: 'UZB',
			flow: 'export',
			reporter: 'ITA',
			sector: 'TOTAL',
			year: 2023
		}).filter((r) => (r.month ?? 0) <= 6);
		expect(months).toHaveLength(6);
		expect(months.reduce((s, r) => s + r.value, 0)).toBe(252_356_085);
	});

	it('gives every cumulative period as one year, from January, more than one month', () => {
		const cumulative = trade.filter((r) => r.period.includes('..'));
		expect(cumulative.length).toBeGreaterThan(20);
		for (const r of cumulative) {
			expect(parsePeriod(r.period)).toMatchObject({ freq: 'C', year: r.year });
			expect(r.period.slice(0, 4)).toBe(r.period.slice(9, 13));
			const span = monthsOf(r.period);
			expect(span?.from).toBe(1);
			expect(span?.to).toBeGreaterThan(1);
			expect(span?.to).toBeLessThan(12);
			expect(r.freq).toBe('C');
		}
	});

	it('has no turnover row where both flows of its period, reporter and partner are in', () => {
		const key = (r: Observation, flow: string) =>
			[r.period, r.partner, r.reporter, r.sector, flow].join('|');
		const flows = new Set(trade.filter((r) => r.flow !== 'turnover').map((r) => key(r, r.flow)));
		const turnover = trade.filter((r) => r.flow === 'turnover');
		expect(turnover.length).toBeGreaterThan(0);
		const both = turnover.filter((r) => flows.has(key(r, 'export')) && flows.has(key(r, 'import')));
		expect(both.map((r) => key(r, 'turnover'))).toEqual([]);
		for (const r of turnover) expect(r.sector).toBe('TOTAL');
	});

	it('gives each published growth rate with an existing figure row', () => {
		const growth = parsePublishedGrowthCsv(readData('published-growth.csv'));
		expect(growth.length).toBeGreaterThan(0);
		for (const g of growth) {
			const figure = find({
				period: g.period,
				partner: g.partner,
				flow: g.flow,
				reporter: g.reporter,
				sector: g.sector,
				currency: g.currency
			});
			expect(figure, `${g.period} ${g.partner} ${g.flow} ${g.reporter}`).toHaveLength(1);
			expect(figure[0]?.source).toBe(g.source);
			expect(figure[0]?.note).toContain(g.quote);
		}
		const kaz = growth.filter((g) => g.period === '2024-01..2024-08' && g.partner === 'KAZ');
		expect(kaz.map((g) => [g.flow, g.growth, g.basePeriod]).sort()).toEqual([
			['import', 0.36, '2023-01..2023-08'],
			['turnover', 0.33, '2023-01..2023-08']
		]);
	});
});
