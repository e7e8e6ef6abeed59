import { describe, expect, it } from 'vitest';
import { activeEvents, eventsSource, eventWindow, filterEvents } from './data';
import { selectionOf, Prepared, type Selection } from '../core/prepared';
import { fullYear, row } from '../../data/analysis/fixtures.test-util';
import type { TradeEvent } from '../../data/schema';

const ev = (
	date: string,
	precision: TradeEvent['precision'],
	countries = ['ITA', 'KAZ']
): TradeEvent => ({
	date,
	precision,
	countries,
	type: 'visit',
	title_en: 'Visit',
	title_it: 'Visita',
	source: 's'
});

const sel: Selection = selectionOf({ partners: ['KAZ', 'UZB'] });
const rates = { annual: new Map<string, number>(), monthly: new Map<string, number>() };

describe(eventWindow, () => {
	it('averages the 12 months before and after a monthly event, leaving out its own month', () => {
		const cube = [
			...fullYear(2023, 10, { partner: 'KAZ' }),
			...fullYear(2024, 30, { partner: 'KAZ' })
		];
		const w = eventWindow(new Prepared({ cube, rates, events: [] }), sel, ev('2024-01', 'month'));
		expect(w.freq).toBe('M');
		expect(w.partners).toEqual(['KAZ']);
		expect(w.means[0]).toMatchObject({ before: 10, after: 30, nBefore: 12, nAfter: 11 });
	});

	it('uses two years either side for an event dated by year', () => {
		const cube = [2021, 2022, 2023, 2024, 2025].map((y) =>
			row({ period: String(y), value: y - 2020, partner: 'KAZ' })
		);
		const w = eventWindow(new Prepared({ cube, rates, events: [] }), sel, ev('2023', 'year'));
		expect(w.freq).toBe('A');
		expect(w.means[0]).toMatchObject({ before: 1.5, after: 4.5 });
	});
});

describe(filterEvents, () => {
	it('keeps events of the shown countries and type, newest first', () => {
		const list = [
			ev('2020', 'year', ['ITA', 'UZB']),
			ev('2024-01', 'month'),
			ev('2025', 'year', ['ITA', 'RUS'])
		];
		expect(filterEvents(list, ['KAZ', 'UZB'], null).map((e) => e.date)).toEqual([
			'2024-01',
			'2020'
		]);
		expect(filterEvents(list, ['KAZ', 'UZB'], 'forum')).toEqual([]);
	});
});

describe(activeEvents, () => {
	const bundled = { id: 'bundled', events: [ev('2009-11-05', 'day'), ev('2020', 'year')] };
	const trade = { id: 'trade', events: [] };
	const upload = { id: 'events', events: [ev('2024-04-19', 'day', ['ITA', 'UZB'])] };

	it('shows the bundled events when no active upload holds events', () => {
		expect(activeEvents([bundled, trade])).toBe(bundled.events);
		expect(eventsSource([bundled, trade])).toBe(bundled);
	});

	it('an uploaded events table replaces the bundled one, whole, even behind a later trade file', () => {
		expect(activeEvents([bundled, upload, trade])).toEqual([
			expect.objectContaining({ date: '2024-04-19', countries: ['ITA', 'UZB'] })
		]);
		expect(eventsSource([bundled, upload, trade])).toBe(upload);
	});

	it('the later of two uploaded tables wins; without it (hidden, removed) the earlier is back', () => {
		const newer = { id: 'newer', events: [ev('2025-01', 'month')] };
		expect(activeEvents([bundled, upload, newer])).toBe(newer.events);
		expect(activeEvents([bundled, upload])).toBe(upload.events);
	});

	it('has no events when no shown dataset has any (the bundled data hidden)', () => {
		expect(activeEvents([trade])).toEqual([]);
		expect(eventsSource([])).toBeNull();
	});
});
