/**
 * Defaults that answer (issue 10): on the bundled data, each view opens on figures that exist, says
 * their period and source, and never shows a bare "no data" where the data holds an answer.
 */
import { describe, expect, it } from 'vitest';
import { bundledPrep } from './core/fixtures.test-util';
import { row } from '../data/analysis/fixtures.test-util';
import { formatMoneyCompact } from '../i18n/format';
import { loadBundled } from '../state/bundled';
import { barsPeriodLabel, sectorsPeriodLabel } from './core/describe';
import { keyFacts } from './headline/facts';
import { dataEndOf, Prepared, selectionOf, type Selection } from './core/prepared';
import { defaultSpan, growthData } from './growth/data';
import { headlineData } from './headline/data';
import { partnersData, rangeFor } from './partners/data';
import { sectorsData } from './sectors/data';
import { volumesData } from './volumes/data';

const bundled = loadBundled();
const prep = bundledPrep();
const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

describe('comparison and map: each country on its latest year holding the measure', () => {
	const sel = selectionOf({ partners: ['KAZ', 'UZB'], measure: 'import' });

	it('shows Italian imports from Kazakhstan and Uzbekistan, not "no data" for 2023', () => {
		const { bars } = partnersData(prep, sel);
		expect(bars.map((b) => [b.partner, b.period?.to, b.value !== null])).toEqual([
			['KAZ', 2021, true],
			['UZB', 2022, true]
		]);
		// Kazakhstan 2022 holds Jan–Nov only: the bar is its latest complete year, 2021.
		expect(bars[0]?.period?.partial).toBeNull();
		expect(nbsp(formatMoneyCompact('en', bars[1]?.value as number, 'EUR'))).toBe('€107.5m');
	});

	it('labels each country with its own year, in English and Italian', () => {
		const { bars } = partnersData(prep, sel);
		expect(barsPeriodLabel('en', bars)).toBe('Kazakhstan 2021, Uzbekistan 2022');
		expect(barsPeriodLabel('it', bars)).toBe('Kazakistan 2021, Uzbekistan 2022');
	});

	it('the default five: the common year first, the exceptions after it', () => {
		const { bars } = partnersData(prep, selectionOf());
		expect(barsPeriodLabel('en', bars)).toBe('2023 (Tajikistan 2017, Turkmenistan 2019)');
		expect(barsPeriodLabel('it', bars)).toBe('2023 (Tagikistan 2017, Turkmenistan 2019)');
	});

	it('says one year when every country has it', () => {
		const { bars } = partnersData(prep, selectionOf({ partners: ['KAZ', 'UZB', 'KGZ'] }));
		expect(barsPeriodLabel('en', bars)).toBe('2023');
	});

	it('reads the range from the chosen measure, not from any flow', () => {
		expect(rangeFor(prep, sel)).toEqual({ from: 2021, to: 2022 });
		// exports reach 2023
		expect(rangeFor(prep, { ...sel, measure: 'export' })).toEqual({ from: 2023, to: 2023 });
	});

	it('keeps the years the user chose, and says "no data" only there', () => {
		const { bars } = partnersData(prep, { ...sel, from: 2023, to: 2023 });
		expect(bars.map((b) => b.gap)).toEqual(['no-data', 'no-data']);
	});
});

describe('headline: a card without a figure points to the latest one and to the other statistics', () => {
	it('Kazakhstan (Italian statistics): imports show Jan–Nov 2022 and Kazakhstan’s $14.8bn of 2023', () => {
		const { complete } = headlineData(prep, selectionOf({ partners: ['KAZ'] }));
		expect(complete?.year).toBe(2023);
		expect(complete?.imports.value).toBeNull();
		const fb = complete?.fallbacks.imports;
		expect(fb?.latest?.total).toMatchObject({
			year: 2022,
			partial: { fromMonth: 1, toMonth: 11 }
		});
		expect(nbsp(formatMoneyCompact('en', fb?.latest?.total.value as number, 'EUR'))).toBe('€3.2bn');
		expect(fb?.latest?.total.sources.join()).toMatch(/Eurostat Comext/);
		expect(fb?.other?.reporter).toBe('partner');
		expect(fb?.other?.total.year).toBe(2023);
		expect(fb?.other?.total.sources.join()).toMatch(/Kazakhstan/);
		const published = fb?.other?.published;
		expect(published?.currency).toBe('USD');
		expect(nbsp(formatMoneyCompact('en', published?.value as number, 'USD'))).toBe('$14.8bn');
		// the row shows a converted figure, and says so
		expect(complete?.converted).toBe(true);
	});

	it('the later partial row (Jan–Aug 2024) shows Kazakhstan’s figure of the same months', () => {
		const { partial } = headlineData(prep, selectionOf({ partners: ['KAZ'] }));
		expect(partial?.exports.partial).toEqual({ fromMonth: 1, toMonth: 8 });
		const fb = partial?.fallbacks.imports;
		expect(fb?.latest).toBeNull();
		expect(fb?.other?.total).toMatchObject({ year: 2024, partial: { fromMonth: 1, toMonth: 8 } });
		expect(fb?.other?.published?.currency).toBe('USD');
	});

	it('turnover and balance fall back to 2021, the latest year with both flows complete', () => {
		const { complete } = headlineData(prep, selectionOf({ partners: ['KAZ'] }));
		expect(complete?.fallbacks.turnover?.latest?.total.year).toBe(2021);
		expect(complete?.fallbacks.balance?.latest?.total.year).toBe(2021);
		expect(complete?.coverageFallback?.year).toBe(2021);
		// exports have their 2023 figure: no fallback
		expect(complete?.fallbacks.exports).toBeNull();
	});

	it('the reverse: no Turkmen statistics, so the cards show Italy’s figures of 2019 and a switch', () => {
		const { complete } = headlineData(
			prep,
			selectionOf({ partners: ['TKM'], reporter: 'partner' })
		);
		expect(complete?.year).toBe(2019);
		expect(complete?.exports.value).toBeNull();
		expect(complete?.fallbacks.exports?.other).toMatchObject({
			reporter: 'ITA',
			total: { year: 2019, value: 53_100_000 }
		});
	});

	it('the default five: 2023 imports keep the complete years and list Uzbekistan’s Jan–Jun apart', () => {
		const { complete } = headlineData(prep, selectionOf());
		expect(complete?.imports).toMatchObject({
			year: 2023,
			included: ['KGZ'],
			otherMonths: [{ partner: 'UZB', fromMonth: 1, toMonth: 6 }]
		});
		expect(complete?.imports.value).not.toBeNull();
		expect(complete?.fallbacks.imports).toBeNull();
	});

	it('Tajikistan: Italy’s figures end in 2017; the row says Tajikistan’s own reach 2023', () => {
		const { complete, partial } = headlineData(prep, selectionOf({ partners: ['TJK'] }));
		expect(complete?.year).toBe(2017);
		expect(partial).toBeNull();
		expect(complete?.newer).toMatchObject({ reporter: 'partner', year: 2023, partial: null });
	});

	it('never sums several partners’ own statistics into the other figure', () => {
		// Italy holds no 2023 imports; each partner's own statistics do: they are not added up.
		const cube = [
			row({ period: '2023', value: 500e6, partner: 'KAZ' }),
			row({ period: '2023', value: 300e6, partner: 'UZB' }),
			row({ period: '2022', value: 90e6, partner: 'KAZ', flow: 'import' }),
			row({ period: '2022', value: 10e6, partner: 'UZB', flow: 'import' }),
			row({ period: '2023', value: 9e9, partner: 'KAZ', flow: 'import', reporter: 'KAZ' }),
			row({ period: '2023', value: 1e9, partner: 'UZB', flow: 'import', reporter: 'UZB' })
		];
		const p = new Prepared({ cube, rates: bundled.rates, events: [] });
		const both = headlineData(p, selectionOf({ partners: ['KAZ', 'UZB'] })).complete;
		expect(both?.fallbacks.imports?.other).toBeNull();
		expect(both?.fallbacks.imports?.latest?.total).toMatchObject({
			year: 2022,
			value: 100e6,
			included: ['KAZ', 'UZB']
		});
		// one country: its own statistics, with the switch
		const kaz = headlineData(p, selectionOf({ partners: ['KAZ'] })).complete;
		expect(kaz?.fallbacks.imports?.other).toMatchObject({
			reporter: 'partner',
			total: { year: 2023, value: 9e9 }
		});
	});
});

describe('sectors: the latest year with real product detail, per country', () => {
	it('Kazakhstan: the latest named product groups (Jan–Jun 2019), not 2021 at 99.6 % "not broken down"', () => {
		const { rows } = sectorsData(prep, selectionOf({ partners: ['KAZ'] }));
		const kaz = rows[0];
		expect(kaz?.breakdown).toBeNull();
		expect(kaz?.named).toMatchObject({ year: 2019, partial: { fromMonth: 1, toMonth: 6 } });
		expect(kaz?.named?.items.map((i) => [i.sector, i.value])).toEqual([
			['grp:machinery-generators-and-electrical-products', 314e6]
		]);
	});

	it('Uzbekistan: the 2022 product groups (42 % of the total), each country labelled', () => {
		const data = sectorsData(prep, selectionOf({ partners: ['KAZ', 'UZB'] }));
		const uzb = data.rows[1]?.breakdown;
		expect(uzb?.year).toBe(2022);
		expect(uzb?.level).toBe('group');
		expect(sectorsPeriodLabel('en', data.rows)).toBe('Kazakhstan Jan–Jun 2019, Uzbekistan 2022');
		expect(sectorsPeriodLabel('it', data.rows)).toBe('Kazakistan gen–giu 2019, Uzbekistan 2022');
	});

	it('named figures: groups of other months than the total, or of a year without one; never a short chapter', () => {
		const months = (year: number, to: number, value: number, sector = 'TOTAL') =>
			Array.from({ length: to }, (_, i) =>
				row({ period: `${year}-${String(i + 1).padStart(2, '0')}`, value, sector })
			);
		const cube = [
			...months(2021, 12, 100),
			...months(2022, 12, 100),
			// chapter 27 stops in November: the same extract, shorter — not a named figure
			...months(2022, 11, 1, '27'),
			// product groups of a year without a total
			row({ period: '2020', value: 50, sector: 'grp:machinery' }),
			// product groups of Jan–Jun against a complete year
			{
				...row({ period: '2021', value: 40, sector: 'grp:clothing' }),
				period: '2021-01..2021-06',
				freq: 'C' as const,
				month: 6
			}
		];
		const p = new Prepared({ cube, rates: bundled.rates, events: [] });
		const named = sectorsData(p, selectionOf({ partners: ['KGZ'] })).rows[0]?.named;
		expect(named?.year).toBe(2021);
		expect(named?.items.map((i) => i.sector)).toEqual(['grp:clothing']);
	});

	it('prefers a year whose parts cover ≥ 20 % over a later one with a sliver of detail', () => {
		const cube = [
			row({ period: '2021', value: 1000 }),
			row({ period: '2021', value: 300, sector: '84' }),
			row({ period: '2022', value: 1000 }),
			row({ period: '2022', value: 5, sector: '27' })
		];
		const p = new Prepared({ cube, rates: bundled.rates, events: [] });
		const { rows } = sectorsData(p, selectionOf({ partners: ['KGZ'] }));
		expect(rows[0]?.breakdown?.year).toBe(2021);
	});
});

describe('key facts: one rule with the Growth view, and old facts say so', () => {
	const factsOf = (sel: Selection, lang: 'en' | 'it' = 'en') =>
		keyFacts({
			lang,
			measure: sel.measure,
			series: volumesData(prep, sel).series,
			mirror: [],
			shareTotal: () => null,
			from: sel.from,
			to: sel.to,
			currency: sel.currency,
			dataEnd: dataEndOf(prep, sel.reporter)
		});

	it('Kazakhstan: the same 2019→2023 span as the Growth view’s CAGR, not 2021→2023', () => {
		const sel = selectionOf({ partners: ['KAZ'] });
		const g = growthData(prep, sel);
		expect([g.from, g.to]).toEqual([2019, 2023]);
		const text = nbsp(factsOf(sel)[0]?.text ?? '');
		expect(text).toBe(
			'Italian exports to Kazakhstan fell from €1.1bn in 2019 to €1.1bn in 2023, −1.9%.'
		);
		expect(text).not.toContain('2021');
	});

	it('the default five countries: the span is 2019–2023 for growth and facts alike', () => {
		const sel = selectionOf();
		const g = growthData(prep, sel);
		expect([g.from, g.to]).toEqual([2019, 2023]);
		const texts = factsOf(sel).map((f) => f.text);
		expect(texts.filter((t) => t.includes('in 2019 to')).length).toBe(3);
	});

	it('Tajikistan’s 2015→2017 fact is flagged as old, in English and Italian', () => {
		const sel = selectionOf({ partners: ['TJK'] });
		expect(factsOf(sel)[0]?.text).toMatch(/in 2015 to .* in 2017, .*\(latest figure: 2017\)\.$/);
		expect(factsOf(sel, 'it')[0]?.text).toMatch(/\(ultimo dato: 2017\)\.$/);
	});

	it('a fact with a converted figure says so (the facts box shows "USD converted at ECB rates")', () => {
		const sel = selectionOf({ partners: ['KGZ'], reporter: 'partner' });
		const facts = factsOf(sel);
		expect(facts[0]?.converted).toBe(true);
		expect(factsOf(selectionOf({ partners: ['KGZ'] }))[0]?.converted).toBe(false);
	});

	it('the data’s end is that of the chosen statistics', () => {
		expect(dataEndOf(prep, 'ITA')).toBe(2024);
		// Italian imports from Kazakhstan end in 2021 (complete years): within three years of 2024
		const sel = selectionOf({ partners: ['KAZ'], measure: 'import' });
		expect(factsOf(sel)[0]?.text).not.toMatch(/latest figure/);
	});

	it('a recent fact carries no flag (Kyrgyzstan: 2019→2023, as its CAGR)', () => {
		const sel = selectionOf({ partners: ['KGZ'] });
		expect(nbsp(factsOf(sel)[0]?.text ?? '')).toBe(
			'Italian exports to Kyrgyzstan rose from €23.1m in 2019 to €213.7m in 2023, ×9.3.'
		);
		expect(nbsp(factsOf(sel, 'it')[0]?.text ?? '')).toContain(
			'sono passate da 23,1 mln € nel 2019 a 213,7 mln € nel 2023 (×9,3).'
		);
		const g = growthData(prep, sel);
		expect([g.from, g.to]).toEqual([2019, 2023]);
	});
});

describe(defaultSpan, () => {
	it('takes the latest year against five years earlier when the data has it', () => {
		const years = (a: number, b: number) =>
			new Set(Array.from({ length: b - a + 1 }, (_, i) => a + i));
		expect(defaultSpan([years(2010, 2023)])).toEqual({ first: 2018, last: 2023 });
		expect(defaultSpan([years(2020, 2023)])).toEqual({ first: 2020, last: 2023 });
		// 2018 missing: the next later year, not an older one (Kyrgyzstan: 2017, 2019–2023)
		expect(defaultSpan([new Set([2017, 2019, 2020, 2021, 2022, 2023])])).toEqual({
			first: 2019,
			last: 2023
		});
		// only two years, far apart: the span between them
		expect(defaultSpan([new Set([2010, 2020])])).toEqual({ first: 2010, last: 2020 });
		expect(defaultSpan([new Set([2019])])).toEqual({ first: 2019, last: 2019 });
	});
});

describe('conversion notes', () => {
	it('say which currency was converted, in English and Italian', async () => {
		const { conversionNotes } = await import('./core/text');
		expect(conversionNotes('en', 'EUR', true)).toEqual(['USD converted at ECB rates']);
		expect(conversionNotes('en', 'USD', true)).toEqual(['EUR converted at ECB rates']);
		expect(conversionNotes('it', 'EUR', true)).toEqual(['USD convertiti ai tassi BCE']);
		expect(conversionNotes('en', 'EUR', false)).toEqual([]);
	});
});
