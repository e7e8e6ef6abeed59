/**
 * What a user reads about where a figure comes from, in tables, CSV files and citations: the
 * dataset, the sources, the reporter, the flag spelled out, and for a converted figure the value
 * as published, its currency and "converted at ECB rates".
 */
import { describe, expect, it } from 'vitest';
import { row } from '../../data/analysis/fixtures.test-util';
import type { CubeRow } from '../../data/analysis/types';
import { Prepared, selectionOf } from './prepared';
import { parseCsv, toCsv } from '../../data/export/csv';
import {
	combine,
	conversionText,
	datasetLabel,
	flagCodes,
	flagLegend,
	provenanceCells,
	type FigureSource
} from './provenance';
import { mirrorOption } from '../mirror/option';
import { partnersOption } from '../partners/option';
import { mirrorShown } from '../mirror/data';
import { fullRows, shownTable } from '../registry';
import { citationProvenance, fullTable } from './table';
import { barsWithProvenance } from '../partners/table';
import { mirrorWithProvenance } from '../mirror/table';
import { bundled, prep, shownContext as ctx, viewData as data } from './fixtures.test-util';

const usd = (over: Partial<FigureSource> = {}): FigureSource => ({
	dataset: 'bundled',
	sources: ['BNS Kazakhstan'],
	reporter: 'KAZ',
	flag: '',
	converted: true,
	currency: 'EUR',
	value: 920,
	reported: { value: 1000, currency: 'USD' },
	...over
});

describe('combine and the provenance cells', () => {
	it('a converted figure: published value and currency, "converted at ECB rates", in both languages', () => {
		const p = combine([usd({ flag: 'p' })], 'EUR');
		expect(provenanceCells('en', p)).toEqual({
			publishedValue: 1000,
			publishedCurrency: 'USD',
			conversion: 'converted at ECB rates (USD → EUR)',
			dataset: 'Bundled data',
			source: 'BNS Kazakhstan',
			reporter: 'Kazakhstan',
			flag: 'provisional',
			flagCodes: 'p'
		});
		expect(provenanceCells('it', p)).toMatchObject({
			conversion: 'convertito ai tassi BCE (USD → EUR)',
			dataset: 'Dati inclusi',
			reporter: 'Kazakistan',
			flag: 'provvisorio'
		});
	});

	it('a figure as published: its own value and currency, no conversion', () => {
		const p = combine(
			[usd({ converted: false, currency: 'EUR', value: 5, reported: undefined, reporter: 'ITA' })],
			'EUR'
		);
		expect(provenanceCells('en', p)).toMatchObject({
			publishedValue: 5,
			publishedCurrency: 'EUR',
			conversion: ''
		});
	});

	it('sums published values of one currency, never across currencies', () => {
		const two = combine(
			[usd(), usd({ value: 460, reported: { value: 500, currency: 'USD' } })],
			'EUR'
		);
		expect(two.published).toEqual({ value: 1500, currency: 'USD' });
		const mixed = combine(
			[usd(), usd({ converted: false, value: 7, reported: { value: 7, currency: 'EUR' } })],
			'EUR'
		);
		expect(mixed.published).toBeNull();
		expect(provenanceCells('en', mixed)).toMatchObject({
			publishedValue: null,
			publishedCurrency: 'more than one',
			conversion: 'converted at ECB rates (to EUR; published in more than one currency)'
		});
		// a point the analysis marks as published in several currencies
		expect(combine([usd({ reported: null })], 'EUR').mixed).toBe(true);
		// the remainder of a breakdown: the total less its items, as published
		expect(
			combine([usd(), usd({ reported: { value: 300, currency: 'USD' } })], 'EUR', [1, -1]).published
		).toEqual({ value: 700, currency: 'USD' });
	});

	it('a gap publishes nothing; datasets of a turnover of two datasets are both named', () => {
		expect(combine([usd({ value: null })], 'EUR').published).toBeNull();
		expect(combine([usd({ value: null })], 'EUR').mixed).toBe(false);
		expect(combine([usd({ dataset: 'bundled + up-1' })], 'EUR').datasets).toEqual([
			'bundled',
			'up-1'
		]);
		const names = new Map([['up-1', 'kaz-2024.csv']]);
		expect(
			provenanceCells('en', combine([usd({ dataset: 'bundled + up-1' })], 'EUR'), names).dataset
		).toBe('Bundled data; kaz-2024.csv');
		expect(datasetLabel('it', 'up-2', names)).toBe('up-2');
	});

	it('flags spelled out and their legend, known ones first', () => {
		expect(flagCodes('p')).toEqual(['p']);
		expect(flagCodes('ep')).toEqual(['p', 'e']);
		expect(flagCodes('')).toEqual([]);
		expect(
			combine([usd({ flag: 'e' }), usd({ flag: 'c' }), usd({ flag: 'p' })], 'EUR').flags
		).toEqual(['p', 'e', 'c']);
		expect(flagLegend('en', ['e', 'p'])).toBe('p provisional · e estimated');
		expect(flagLegend('it', ['p', 'e', 'c'])).toBe('p provvisorio · e stimato · c riservato');
		expect(flagLegend('en', [])).toBe('');
		expect(conversionText('en', combine([usd({ converted: false })], 'EUR'))).toBe('');
	});
});

// --- the views' tables on the bundled data ---

const bundledRow = (partner: string, reporter: string, year: number, currency = 'USD') =>
	bundled.table
		.objects()
		.find(
			(r) =>
				r.partner === partner &&
				r.reporter === reporter &&
				r.flow === 'export' &&
				r.sector === 'TOTAL' &&
				r.period === String(year) &&
				r.currency === currency
		);

/** Kazakhstan under the partners' own statistics (published in USD). */
const partner = selectionOf({ reporter: 'partner', partners: ['KAZ'] });

describe('shownTable: the partners’ own statistics (USD) shown in euro', () => {
	it('volumes: the published USD value and currency beside the euro, converted at ECB rates', () => {
		const t = shownTable('volumes', data(partner), ctx());
		const headers = t.columns.map((c) => c.header);
		expect(headers.slice(3, 7)).toEqual([
			'Value (EUR)',
			'Value as published',
			'Published currency',
			'Conversion'
		]);
		expect(headers).toEqual(expect.arrayContaining(['Dataset', 'Source', 'Reporter', 'Flag']));
		const y2023 = t.rows.find((r) => r.period === '2023');
		expect(y2023).toMatchObject({
			publishedValue: bundledRow('KAZ', 'KAZ', 2023)?.value,
			publishedCurrency: 'USD',
			conversion: 'converted at ECB rates (USD → EUR)',
			dataset: 'Bundled data',
			reporter: 'Kazakhstan',
			currency: 'EUR'
		});
		expect(y2023?.value).not.toBe(y2023?.publishedValue);
		expect(String(y2023?.source)).toContain('Bureau of National Statistics of Kazakhstan');

		const it = shownTable('volumes', data(partner), ctx({ lang: 'it' }));
		expect(it.columns.map((c) => c.header).slice(4, 7)).toEqual([
			'Valore pubblicato',
			'Valuta pubblicata',
			'Conversione'
		]);
		expect(it.rows.find((r) => r.period === '2023')).toMatchObject({
			conversion: 'convertito ai tassi BCE (USD → EUR)',
			dataset: 'Dati inclusi',
			reporter: 'Kazakistan'
		});
	});

	it('the CSV holds the columns, in both variants, with the sanitiser on every new cell', () => {
		const names = new Map([
			['bundled', 'ignored'],
			['x', 'y']
		]);
		const t = shownTable('volumes', data(partner), ctx({ datasetNames: names }));
		const csv = toCsv(t.rows, t.columns, { lang: 'en', variant: 'en' });
		const [header, ...lines] = parseCsv(csv, ',');
		const at = (name: string) => (header ?? []).indexOf(name);
		const line = lines.find((l) => l[at('Period')] === '2023') ?? [];
		expect(line[at('Published currency')]).toBe('USD');
		expect(Number(line[at('Value as published')])).toBe(bundledRow('KAZ', 'KAZ', 2023)?.value);
		expect(line[at('Conversion')]).toBe('converted at ECB rates (USD → EUR)');

		const tIt = shownTable('volumes', data(partner), ctx({ lang: 'it' }));
		const it = toCsv(tIt.rows, tIt.columns, { lang: 'it', variant: 'it' });
		expect(it.split('\r\n')[0]).toContain(';Valore pubblicato;Valuta pubblicata;Conversione;');

		// a hostile dataset name never becomes a formula
		const hostile = shownTable(
			'volumes',
			data(partner),
			ctx({ datasetNames: new Map([['bundled', '=1+1']]) })
		);
		// the bundled data keeps its own name; an upload's name is what the user gave it
		expect(hostile.rows[0]?.dataset).toBe('Bundled data');
		const cube: CubeRow[] = [
			row({ period: '2023', value: 5, dataset: 'up', sources: ['=HYPERLINK("x")'], flag: 'p' })
		];
		const small = new Prepared({ cube, rates: bundled.rates, events: [] });
		const sel = selectionOf({ partners: ['KGZ'] });
		const evil = shownTable(
			'volumes',
			data(sel, small),
			ctx({ datasetNames: new Map([['up', '@SUM(A1)']]) })
		);
		const text = toCsv(evil.rows, evil.columns, { lang: 'en', variant: 'en' });
		expect(text).toContain(`'@SUM(A1)`);
		expect(text).toContain(`"'=HYPERLINK(""x"")"`);
		expect(evil.rows[0]).toMatchObject({ flag: 'provisional', publishedCurrency: 'EUR' });
	});

	it('comparison bars: the sum of the years as published, in USD', () => {
		const t = shownTable('partners', data({ ...partner, from: 2022, to: 2023 }), ctx());
		const kaz = t.rows.find((r) => r.code === 'KAZ');
		expect(kaz).toMatchObject({
			period: '2022–2023',
			publishedCurrency: 'USD',
			publishedValue:
				(bundledRow('KAZ', 'KAZ', 2022)?.value ?? NaN) +
				(bundledRow('KAZ', 'KAZ', 2023)?.value ?? NaN),
			conversion: 'converted at ECB rates (USD → EUR)',
			dataset: 'Bundled data'
		});
	});

	it('growth rows name their dataset, source and reporter; headline totals their published sum', () => {
		const g = shownTable('growth', data(partner), ctx());
		expect(g.columns.map((c) => c.key)).toEqual(
			expect.arrayContaining(['dataset', 'source', 'reporter', 'flag'])
		);
		expect(g.rows.find((r) => r.year === 2023)).toMatchObject({
			dataset: 'Bundled data',
			reporter: 'Kazakhstan'
		});
		const h = shownTable('headline', data(partner), ctx());
		const total = h.rows.find((r) => r.value !== null && r.measure !== 'Coverage ratio (%)');
		expect(total).toBeDefined();
		expect(total?.publishedCurrency).toBe('USD');
		expect(total?.conversion).toBe('converted at ECB rates (USD → EUR)');
		expect(total?.publishedValue).not.toBe(total?.value);
	});
});

describe('shownTable and tooltips: each side and each figure as published', () => {
	it('mirror: each side as published (Italy in EUR, the partner in USD)', () => {
		const sel = selectionOf({ partners: ['KAZ'], focus: 'KAZ' });
		const t = shownTable('mirror', data(sel), ctx());
		const both = t.rows.find((r) => r.italy !== null && r.partnerValue !== null);
		expect(both).toMatchObject({
			italyPublishedCurrency: 'EUR',
			partnerPublishedCurrency: 'USD',
			conversion: 'converted at ECB rates (USD → EUR)',
			dataset: 'Bundled data'
		});
		expect(both?.italyPublished).toBe(both?.italy);
		expect(both?.partnerPublished).not.toBe(both?.partnerValue);
	});

	it('Italian statistics in euro: published as shown, no conversion', () => {
		const t = shownTable('volumes', data(selectionOf({ partners: ['KGZ'] })), ctx());
		for (const r of t.rows.filter((x) => x.value !== null)) {
			expect(r.publishedValue).toBe(r.value);
			expect(r.publishedCurrency).toBe('EUR');
			expect(r.conversion).toBe('');
		}
	});

	it('full data: every cube row with its published value, conversion, dataset and flag', () => {
		const rows = fullRows('volumes', { ...data(partner), selection: partner });
		const t = fullTable(rows, 'it');
		const r2023 = t.rows.find((r) => r.period === '2023' && r.flow === 'export');
		expect(r2023).toMatchObject({
			currency: 'EUR',
			publishedValue: bundledRow('KAZ', 'KAZ', 2023)?.value,
			publishedCurrency: 'USD',
			conversion: 'convertito ai tassi BCE (USD → EUR)',
			dataset: 'Dati inclusi'
		});
		const flagged = fullTable(
			fullRows('volumes', {
				...data(partner),
				selection: selectionOf({ partners: ['KAZ'], sector: '27' })
			}),
			'en'
		).rows.find((r) => r.flag !== '');
		expect(flagged?.flag).toBe('provisional');
	});

	it('the citation names the datasets and sources and says "converted at ECB rates"', () => {
		const text = citationProvenance('en', shownTable('volumes', data(partner), ctx()), 'EUR');
		expect(text).toMatch(/^Datasets: Bundled data\. Source: .*Bureau of National Statistics/);
		expect(text).toMatch(/USD converted at ECB rates\.$/);
		const it = citationProvenance(
			'it',
			shownTable('volumes', data(partner), ctx({ lang: 'it' })),
			'EUR'
		);
		expect(it).toMatch(/^Dati: Dati inclusi\. Fonte: .*USD convertiti ai tassi BCE\.$/);
		const ita = citationProvenance(
			'en',
			shownTable('volumes', data(selectionOf({ partners: ['KGZ'] })), ctx()),
			'EUR'
		);
		expect(ita).not.toContain('converted');
		expect(ita).toContain('Eurostat');
	});

	it('chart tooltips: bars and mirror rows with their figures as published and their flags', () => {
		const chartCtx = {
			lang: 'en' as const,
			currency: 'EUR' as const,
			measure: 'export' as const,
			width: 800,
			events: false
		};
		const d = data({ ...partner, from: 2023, to: 2023 });
		const bars = barsWithProvenance(d);
		expect(bars[0]).toMatchObject({
			partner: 'KAZ',
			dataset: 'bundled',
			reported: { value: bundledRow('KAZ', 'KAZ', 2023)?.value, currency: 'USD' }
		});
		const option = partnersOption({ bars, rangeLabel: '2023' }, chartCtx, null) as {
			tooltip: { formatter: (p: unknown) => string };
		};
		const tip = option.tooltip.formatter({ dataIndex: 0 });
		expect(tip).toContain('USD converted at ECB rates');
		expect(tip).toContain('As published: $1,242,193,222');

		const sel = selectionOf({ partners: ['KAZ'], focus: 'KAZ' });
		const rows = mirrorWithProvenance(data(sel), mirrorShown(prep, sel).rows);
		const both = rows.find((r) => r.italy !== null && r.partnerValue !== null);
		expect(both?.italyReported?.currency).toBe('EUR');
		expect(both?.partnerReported?.currency).toBe('USD');
		const m = mirrorOption(rows, chartCtx) as { tooltip: { formatter: (p: unknown) => string } };
		expect(m.tooltip.formatter([{ dataIndex: rows.indexOf(both!) }])).toMatch(/as published: \$/);
	});
});
