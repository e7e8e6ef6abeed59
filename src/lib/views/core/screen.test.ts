/**
 * What a user reads in the table of a view (the chart's "Table" alternative): the rows of the
 * "as shown" CSV, with the same provenance (source, reporter, dataset, the figure as published
 * and its currency, "converted at ECB rates", flag marks with their legend), and each country's
 * own period. The table on screen is built from the CSV's table, so the two cannot drift apart.
 */
import { describe, expect, it } from 'vitest';
import { selectionOf } from './prepared';
import { mapOption } from '../map/option';
import { partnersOption } from '../partners/option';
import type { ChartContext } from '../../charts/options/context';
import { parseCsv, toCsv, type CsvColumn } from '../../data/export/csv';
import { cellText, marksLegend, screenColumns, screenText } from './screen';
import { fullRows, shownTable } from '../registry';
import type { ExportTable } from './table';
import { barsWithProvenance } from '../partners/table';
import { shownContext as ctx, viewData as data } from './fixtures.test-util';

/** Non-breaking spaces of Intl formats as plain spaces. */
const plain = (rows: Record<string, string>[]) =>
	rows.map((r) =>
		Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v.replace(/\s/g, ' ')]))
	);

describe('the volumes table of the partners’ own statistics (USD) shown in euro', () => {
	const kaz = selectionOf({ reporter: 'partner', partners: ['KAZ'] });

	it('shows the value as published in dollars, its currency and "converted at ECB rates"', () => {
		const rows = screenText('en', shownTable('volumes', data(kaz), ctx()));
		const y2023 = rows.find((r) => r.Period === '2023');
		expect(y2023).toMatchObject({
			Country: 'Kazakhstan',
			'Value as published': '$1,242,193,222',
			'Published currency': 'USD',
			Conversion: 'converted at ECB rates (USD → EUR)',
			Reporter: 'Kazakhstan',
			Dataset: 'Bundled data'
		});
		expect(y2023?.['Value (EUR)']).toMatch(/^€1,1\d\d,\d{3},\d{3}$/);
		expect(y2023?.Source).toContain('Bureau of National Statistics of Kazakhstan');
		// every euro figure shown says it was converted
		for (const r of rows.filter((x) => x['Value (EUR)'] !== '—'))
			expect(r.Conversion).toBe('converted at ECB rates (USD → EUR)');
	});

	it('in Italian: labels, number formats and the note in Italian', () => {
		const rows = plain(screenText('it', shownTable('volumes', data(kaz), ctx({ lang: 'it' }))));
		expect(rows.find((r) => r.Periodo === '2023')).toMatchObject({
			Paese: 'Kazakistan',
			'Valore pubblicato': '1.242.193.222 $',
			'Valuta pubblicata': 'USD',
			Conversione: 'convertito ai tassi BCE (USD → EUR)',
			Dichiarante: 'Kazakistan',
			'Insieme di dati': 'Dati inclusi'
		});
	});

	it('has the rows and provenance of the "as shown" CSV; codes and spelled flags are the CSV’s only', () => {
		const table = shownTable('volumes', data(kaz), ctx());
		const screen = screenText('en', table);
		const csv = parseCsv(toCsv(table.rows, table.columns, { lang: 'en', variant: 'en' }), ',');
		const [header = [], ...lines] = csv;
		expect(lines).toHaveLength(screen.length);
		const shownHeaders = Object.keys(screen[0] ?? {});
		expect(shownHeaders).not.toContain('ISO3');
		expect(shownHeaders).not.toContain('Flag');
		// the value's header says the currency
		expect(shownHeaders).not.toContain('Currency');
		expect(header).toEqual(expect.arrayContaining(['ISO3', 'Flag', ...shownHeaders]));
		const at = (name: string) => header.indexOf(name);
		lines.forEach((line, i) => {
			for (const key of ['Country', 'Period', 'Reporter', 'Source', 'Dataset', 'Conversion'])
				expect(line[at(key)]).toBe(screen[i]?.[key]);
		});
	});
});

describe('the comparison and the map: each country with its own period', () => {
	// Italian imports: Kazakhstan's latest year is 2021, Uzbekistan's 2022.
	const sel = selectionOf({ partners: ['KAZ', 'UZB'], measure: 'import' });

	it('a row of a country whose latest year is 2021 says 2021, in the table, the CSV and the map', () => {
		for (const view of ['partners', 'map'] as const) {
			const table = shownTable(view, data(sel), ctx());
			expect(table.rows.find((r) => r.code === 'KAZ')?.period).toBe('2021');
			expect(table.rows.find((r) => r.code === 'UZB')?.period).toBe('2022');
			const rows = screenText('en', table);
			expect(rows.find((r) => r.Country === 'Kazakhstan')).toMatchObject({
				Period: '2021',
				Reporter: 'Italy',
				Dataset: 'Bundled data',
				'Published currency': 'EUR',
				Conversion: ''
			});
		}
	});

	it('the tooltips say each country’s own period and the figure’s provenance', () => {
		const d = data(sel);
		const c: ChartContext = {
			lang: 'en',
			currency: 'EUR',
			measure: 'import',
			width: 800,
			events: false,
			reporter: 'ITA',
			datasetNames: new Map([['bundled', 'bundled']])
		};
		const bars = barsWithProvenance(d);
		const label = 'Kazakhstan 2021, Uzbekistan 2022';
		const text = (o: unknown, params: unknown) =>
			String(
				(o as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter(params)
			).replace(/<[^>]+>/g, '\n');
		const option = partnersOption({ bars, rangeLabel: label }, c, null);
		// bars sorted by value: find each one's index
		const order = [...bars].sort((a, b) => (a.value ?? -Infinity) - (b.value ?? -Infinity));
		const kaz = text(option, { dataIndex: order.findIndex((b) => b.partner === 'KAZ') });
		expect(kaz).toContain('Kazakhstan · 2021');
		expect(kaz).not.toContain('2021–2022');
		expect(kaz).toContain('Reporter: Italy');
		expect(kaz).toContain('Dataset: Bundled data');
		const uzb = text(mapOption('m', { bars, rangeLabel: label }, c, null), {
			data: { bar: bars.find((b) => b.partner === 'UZB') }
		});
		expect(uzb).toContain('Uzbekistan · 2022');
	});

	it('the full data holds each country’s own year only', () => {
		const d = data(sel);
		const rows = fullRows('partners', { ...d, selection: sel });
		expect(new Set(rows.filter((r) => r.partner === 'KAZ').map((r) => r.year))).toEqual(
			new Set([2021])
		);
		expect(new Set(rows.filter((r) => r.partner === 'UZB').map((r) => r.year))).toEqual(
			new Set([2022])
		);
	});
});

describe('the sectors table', () => {
	const kaz = selectionOf({ partners: ['KAZ'] });

	it('lists the named figures of a country without a total, with their months and source', () => {
		const d = data(kaz);
		expect(d.sectors.rows[0]?.named).not.toBeNull();
		const rows = screenText('en', shownTable('sectors', d, ctx()));
		expect(rows).toContainEqual(
			expect.objectContaining({
				Country: 'Kazakhstan',
				Period: 'Jan–Jun 2019',
				Sector: 'Machinery, generators and electrical products',
				'Value (EUR)': '€314,000,000',
				'Share (%)': '—',
				Reporter: 'Italy',
				Dataset: 'Bundled data'
			})
		);
		// the full data holds the figures behind them
		expect(
			fullRows('sectors', { ...d, selection: kaz }).some(
				(r) => r.period === '2019-01..2019-06' && r.sector.startsWith('grp:')
			)
		).toBe(true);
	});

	it('every country shown keeps a row, saying when it has no product detail', () => {
		const d = data(selectionOf());
		const rows = shownTable('sectors', d, ctx());
		for (const r of d.sectors.rows)
			expect(
				rows.rows.some((x) => x.code === r.partner),
				r.partner
			).toBe(true);
	});
});

describe('other views', () => {
	it('mirror: each side as published, in its currency; the gap signed', () => {
		const rows = screenText(
			'en',
			shownTable('mirror', data(selectionOf({ measure: 'import', focus: 'KAZ' })), ctx())
		);
		const y2021 = rows.find((r) => r.Year === '2021');
		expect(y2021?.['Partner: Value as published']).toMatch(/^\$\d/);
		expect(y2021?.['Partner: Published currency']).toBe('USD');
		expect(y2021?.['Italy: Published currency']).toBe('EUR');
		expect(y2021?.Conversion).toBe('converted at ECB rates (USD → EUR)');
		expect(y2021?.['Gap (%)']).toMatch(/^\+\d+\.\d%$/);
	});

	it('growth: rates with their sign, and the figures’ provenance', () => {
		const rows = screenText(
			'en',
			shownTable('growth', data(selectionOf({ partners: ['KAZ'] })), ctx())
		);
		const rate = rows.find((r) => r['Growth (%)'] !== '—');
		expect(rate?.['Growth (%)']).toMatch(/^[+−]\d+\.\d%$/);
		expect(rate).toMatchObject({ Reporter: 'Italy', Dataset: 'Bundled data' });
		expect(rate?.Source).toContain('Eurostat');
	});
});

describe('flag marks', () => {
	const money: CsvColumn = {
		key: 'value',
		header: 'Value (EUR)',
		kind: 'money',
		currency: 'EUR',
		flagKey: 'flagCodes'
	};
	const table: ExportTable = {
		columns: [
			{ key: 'partner', header: 'Country' },
			money,
			{ key: 'flag', header: 'Flag', onScreen: false }
		],
		rows: [
			{ partner: 'Kazakhstan', value: 1000, flag: 'provisional', flagCodes: 'p' },
			{ partner: 'Uzbekistan', value: 2000, flag: 'estimated', flagCodes: 'e' },
			{ partner: 'Tajikistan', value: 3000, flag: '', flagCodes: '' }
		]
	};

	it('a provisional or estimated figure carries its letter, with a legend of the letters shown', () => {
		const columns = screenColumns(table, 'en');
		expect(columns.map((c) => c.label)).toEqual(['Country', 'Value (EUR)']);
		const value = columns[1]!;
		expect(table.rows.map((r) => cellText(value, r))).toEqual(['€1,000p', '€2,000e', '€3,000']);
		expect(marksLegend('en', columns, table.rows)).toBe('p provisional · e estimated');
		expect(marksLegend('it', columns, table.rows)).toBe('p provvisorio · e stimato');
		// no legend when no figure shown is flagged
		expect(marksLegend('en', columns, table.rows.slice(2))).toBe('');
	});
});
