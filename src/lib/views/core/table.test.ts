import { describe, expect, it } from 'vitest';
import { selectionOf, DEFAULT_PARTNERS, type Selection } from './prepared';
import { currentEvent, eventKey, eventWindow, filterEvents } from '../events/data';
import { mirrorData } from '../mirror/data';
import { fullRows, hasFullRows, shownTable } from '../registry';
import { fullTable, percent } from './table';
import { bundled, prep, shownContext, viewData as data } from './fixtures.test-util';

describe('percent', () => {
	it.each<[number | null, number | null]>([
		[0.123, 12.3],
		[0.07, 7],
		[-0.5, -50],
		[1 / 3, 33.3333333333],
		[null, null],
		[Number.NaN, null]
	])('%s → %s', (ratio, expected) => {
		expect(percent(ratio)).toBe(expected);
	});
});

const sel: Selection = selectionOf();
const ctx = shownContext();

describe('shownTable (bundled data)', () => {
	it('volumes: one row per drawn point, same values', () => {
		const d = data(sel);
		const points = d.volumes.series.flatMap((s) => s.points);
		const t = shownTable('volumes', d, ctx);
		expect(t.rows).toHaveLength(points.length);
		expect(t.rows.map((r) => r.value)).toEqual(points.map((p) => p.value));
	});

	it('partners: Italian exports to Kyrgyzstan in 2023 as published by Eurostat', () => {
		const t = shownTable('partners', data(sel), { ...ctx, lang: 'it' });
		expect(t.columns.map((c) => c.header)).toEqual([
			'Paese',
			'ISO3',
			'Periodo',
			'Valore (EUR)',
			'Valore pubblicato',
			'Valuta pubblicata',
			'Conversione',
			'Nota',
			'Dichiarante',
			'Fonte',
			'Insieme di dati',
			'Segnalazione'
		]);
		expect(t.rows.find((r) => r.code === 'KGZ')).toMatchObject({
			partner: 'Kirghizistan',
			period: '2023',
			value: 213_708_652
		});
	});

	it('growth and sectors: rates and shares in per cent', () => {
		const d = data(sel);
		const g = shownTable('growth', d, ctx);
		const kaz = d.growth.yoy
			.find((s) => s.partner === 'KAZ')
			?.growth.find((p) => p.growth.value !== null);
		expect(g.rows.find((r) => r.code === 'KAZ' && r.year === kaz?.year)?.value).toBe(
			percent(kaz?.growth.value)
		);
		const s = shownTable('sectors', d, ctx);
		// shares of a total; named figures of a year without a total are values only (no share)
		const withShares = new Set(s.rows.filter((r) => r.share !== null).map((r) => r.code));
		expect(withShares.size).toBeGreaterThan(0);
		for (const partner of withShares) {
			const total = s.rows
				.filter((r) => r.code === partner)
				.reduce((a, r) => a + ((r.share as number | null) ?? 0), 0);
			expect(total).toBeCloseTo(100, 6);
		}
	});
});

describe('fullRows (bundled data)', () => {
	it('partners: the range, the reporter, the flow and the total only', () => {
		const d = data(sel);
		const rows = fullRows('partners', { ...d, selection: sel });
		const range = d.partners.range;
		expect(rows.length).toBeGreaterThan(0);
		for (const r of rows) {
			expect(r.year).toBeGreaterThanOrEqual(range?.from ?? 0);
			expect(r.year).toBeLessThanOrEqual(range?.to ?? 0);
			expect(r).toMatchObject({
				reporter: 'ITA',
				flow: 'export',
				sector: 'TOTAL',
				currency: 'EUR'
			});
			expect(DEFAULT_PARTNERS).toContain(r.partner);
		}
		const table = fullTable(rows, 'en');
		expect(table.columns.map((c) => c.key)).toEqual([
			'period',
			'partner',
			'flow',
			'reporter',
			'sector',
			'sectorLabel',
			'value',
			'currency',
			'publishedValue',
			'publishedCurrency',
			'conversion',
			'source',
			'dataset',
			'flag'
		]);
	});

	it('sectors: product detail rows; turnover: both flows', () => {
		expect(
			fullRows('sectors', { ...data(sel), selection: sel }).some((r) => r.sector !== 'TOTAL')
		).toBe(true);
		const turnover = { ...sel, measure: 'turnover' as const, focus: 'KGZ' };
		const flows = new Set(
			fullRows('volumes', { ...data(turnover), selection: turnover }).map((r) => r.flow)
		);
		expect([...flows].sort()).toEqual(['export', 'import']);
		expect(
			new Set(fullRows('volumes', { ...data(turnover), selection: turnover }).map((r) => r.partner))
		).toEqual(new Set(['KGZ']));
	});
});

describe('shownTable and fullRows of the mirror, map, events and investment views', () => {
	const kaz = { ...sel, measure: 'import' as const, focus: 'KAZ' };

	it('mirror: one flow, one partner, the figures of the view’s table', () => {
		const rows = mirrorData(prep, kaz).filter((r) => r.flow === 'import' && r.partner === 'KAZ');
		expect(rows.length).toBeGreaterThan(2);
		const t = shownTable('mirror', data(kaz), { ...ctx, measure: 'import' });
		expect(t.columns.map((c) => c.header)).toEqual([
			'Country',
			'ISO3',
			'Year',
			'Italy (EUR)',
			'Partner (EUR)',
			'Gap (%)',
			'Beyond ±25 %',
			'Note',
			'Source',
			'Italy: Value as published',
			'Italy: Published currency',
			'Partner: Value as published',
			'Partner: Published currency',
			'Conversion',
			'Dataset',
			'Flag'
		]);
		expect(t.rows.map((r) => [r.code, r.year, r.italy, r.partnerValue, r.gap])).toEqual(
			rows.map((r) => ['KAZ', r.year, r.italy, r.partnerValue, percent(r.gapShare)])
		);
		// without a focus: the first partner that has mirror figures, exports by default
		const first = shownTable('mirror', data(sel), ctx);
		expect(new Set(first.rows.map((r) => r.code)).size).toBe(1);

		const full = fullRows('mirror', { ...data(kaz), selection: kaz });
		expect(new Set(full.map((r) => r.reporter))).toEqual(new Set(['ITA', 'KAZ']));
		for (const r of full)
			expect(r).toMatchObject({ partner: 'KAZ', flow: 'import', sector: 'TOTAL' });
		expect(new Set(full.map((r) => r.year))).toEqual(new Set(rows.map((r) => r.year)));
	});

	it('map: the comparison bars’ figures and rows', () => {
		const d = data(sel);
		const t = shownTable('map', d, ctx);
		expect(t.rows).toEqual(shownTable('partners', d, ctx).rows);
		expect(t.rows.map((r) => r.value)).toEqual(d.partners.bars.map((b) => b.value));
		expect(fullRows('map', { ...d, selection: sel })).toEqual(
			fullRows('partners', { ...d, selection: sel })
		);
	});

	it('events: the window of the event the view picks, or of the one picked', () => {
		const d = data(sel);
		const list = filterEvents(bundled.events, sel.partners, null);
		const event = currentEvent(prep, sel, list);
		expect(event).not.toBeNull();
		const w = eventWindow(prep, sel, event!);
		const t = shownTable('events', d, ctx);
		expect(t.rows.length).toBe(w.points.length);
		expect(t.rows.map((r) => [r.code, r.offset, r.value])).toEqual(
			w.points.map((p) => [p.partner, p.offset, p.value])
		);
		expect(t.rows[0]?.event).toBe(event!.title_en);
		expect(t.columns.map((c) => c.key)).toContain('offset');

		const other = list.find((e) => e !== event && eventWindow(prep, sel, e).points.length > 0);
		expect(other).toBeDefined();
		const picked = shownTable('events', d, { ...ctx, event: eventKey(other!) });
		expect(picked.rows[0]?.event).toBe(other!.title_en);
		expect(picked.rows.length).toBe(eventWindow(prep, sel, other!).points.length);

		const full = fullRows('events', { ...d, selection: sel });
		expect(full.length).toBeGreaterThan(0);
		for (const r of full) expect(w.partners).toContain(r.partner);
	});

	it('investment: the rows of the shown partners as reported; no cube rows behind it', () => {
		const t = shownTable('investment', data(sel), { ...ctx, lang: 'it' });
		const expected = bundled.investment.filter((r) => sel.partners.includes(r.host));
		expect(t.rows.length).toBe(expected.length);
		expect(t.rows.map((r) => [r.code, r.value, r.currency])).toEqual(
			expected.map((r) => [r.host, r.value, r.currency])
		);
		// the period is the one the source states, out of the note
		// the period is the one the source states, out of the note, in the export's language
		expect(t.rows.some((r) => r.period === 'gen–ago 2023')).toBe(true);
		expect(t.rows.every((r) => !String(r.note).startsWith('period:'))).toBe(true);
		expect(t.rows.find((r) => r.code === 'KAZ')?.host).toBe('Kazakistan');
		expect(
			shownTable('investment', data({ ...sel, focus: 'KGZ' }), ctx).rows.every(
				(r) => r.code === 'KGZ'
			)
		).toBe(true);
		expect(hasFullRows('investment')).toBe(false);
		expect(hasFullRows('mirror')).toBe(true);
		expect(fullRows('investment', { ...data(sel), selection: sel })).toEqual([]);
	});
});
