/**
 * The registry's contract, for every view it lists: data and a table in both languages, a
 * component for the dashboard and the embed, an embed height, its export kinds, its own URL
 * state surviving a link and a slide, and the cross-filter rule it declares (a selection it
 * ignores leaves its table unchanged; the focus it does not ignore narrows it).
 */
import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { toCsv } from '../data/export/csv';
import { decodeState, defaultState, readDeck, slideQuery, stateToSearch } from '../url/codec';
import { encodeDeck, SLIDE_VIEWS } from '../url/deck';
import { COMPONENT_NAMES, EAGER_NAMES, loadedView, loadView, viewComponent } from './components';
import { CROSSFILTERS, type Crossfilter } from './core/crossfilter';
import { selectionOf, type Selection } from './core/prepared';
import { bundled, prep, shownContext, viewData } from './core/fixtures.test-util';
import { currentEvent, eventKey, eventWindow, filterEvents } from './events/data';
import {
	dashboardViews,
	fileNameParts,
	fullRows,
	hasFullRows,
	isViewName,
	VIEW_NAMES,
	VIEWS,
	viewSpec
} from './registry';

const sel = selectionOf();

describe('the view registry', () => {
	it('lists ten views, the deck and the embeds read the same list', () => {
		expect(VIEW_NAMES).toEqual([
			'headline',
			'volumes',
			'growth',
			'partners',
			'sectors',
			'mirror',
			'map',
			'events',
			'investment',
			'products'
		]);
		expect(SLIDE_VIEWS).toEqual(VIEW_NAMES);
		for (const name of VIEW_NAMES) expect(viewSpec(name).name).toBe(name);
		expect(isViewName('volumes')).toBe(true);
		expect(isViewName('toString')).toBe(false);
	});

	it('places every view on the dashboard once, in the dashboard order', () => {
		const placed = (['top', 'grid', 'wide', 'bottom'] as const).flatMap(dashboardViews);
		expect(placed).toEqual([
			'headline',
			'volumes',
			'growth',
			'partners',
			'map',
			'sectors',
			'mirror',
			'products',
			'events',
			'investment'
		]);
	});

	it.each(VIEW_NAMES)('%s: has a component (its folder’s <Name>View.svelte)', (name) => {
		expect(COMPONENT_NAMES).toContain(name);
		expect(typeof viewComponent(name)).toBe('function');
	});

	it.each(VIEW_NAMES)(
		'%s: its component loads, as the page’s own code only on top',
		async (name) => {
			const top = dashboardViews('top').includes(name);
			expect(loadedView(name) !== undefined).toBe(top);
			const component = await loadView(name);
			expect(typeof component).toBe('function');
			expect(loadedView(name)).toBe(component);
			// a view outside the first screen is a stand-in that loads it (embeds, slides)
			expect(viewComponent(name) === component).toBe(top);
		}
	);

	it('the page’s own code holds exactly the views on top of the dashboard', () => {
		expect([...EAGER_NAMES].sort()).toEqual([...dashboardViews('top')].sort());
	});

	it.each(VIEW_NAMES)('%s: a readable chart height in an embed 320 to 1600 px wide', (name) => {
		for (const width of [320, 800, 1600]) {
			const h = VIEWS[name].embedHeight(width);
			expect(h).toBeGreaterThanOrEqual(220);
			expect(h).toBeLessThanOrEqual(560);
		}
	});

	it.each(VIEW_NAMES)('%s: data and a table in English and Italian, the same rows', (name) => {
		const d = viewData(sel);
		const en = VIEWS[name].table(d, shownContext());
		const it = VIEWS[name].table(d, shownContext({ lang: 'it' }));
		expect(en.rows.length).toBeGreaterThan(0);
		expect(it.rows.length).toBe(en.rows.length);
		expect(it.columns.map((c) => c.key)).toEqual(en.columns.map((c) => c.key));
		// every header is a translation, never a message key
		for (const c of [...en.columns, ...it.columns]) expect(c.header).not.toMatch(/^[a-z]+\.[a-z]/);
		expect(en.columns.map((c) => c.header)).not.toEqual(it.columns.map((c) => c.header));
	});

	it.each(VIEW_NAMES)('%s: its table is its CSV, line for line', (name) => {
		const table = VIEWS[name].table(viewData(sel), shownContext());
		const csv = toCsv(table.rows, table.columns, { lang: 'en', variant: 'en' });
		const parsed = Papa.parse<string[]>(csv.replace(/^\uFEFF/, ''), { skipEmptyLines: true }).data;
		expect(parsed[0]).toEqual(table.columns.map((c) => c.header));
		expect(parsed.slice(1)).toHaveLength(table.rows.length);
		for (const line of parsed) expect(line).toHaveLength(table.columns.length);
	});

	it.each(VIEW_NAMES)(
		'%s: pictures when drawn by ECharts; full data when it has cube rows',
		(name) => {
			const spec = VIEWS[name];
			expect(spec.picture).toBe(name !== 'headline' && name !== 'investment');
			expect(hasFullRows(name)).toBe(name !== 'investment');
			if (hasFullRows(name)) expect(fullRows(name, viewData(sel)).length).toBeGreaterThan(0);
			else expect(fullRows(name, viewData(sel))).toEqual([]);
		}
	);

	it.each(VIEW_NAMES)('%s: the state it owns survives a link and a slide', (name) => {
		const state = {
			...defaultState(),
			partners: ['KAZ', 'UZB'],
			flow: 'import' as const,
			growth: 'cagr' as const,
			base: 2019,
			mapyear: 2022,
			event: '2023-01|President Tokayev of Kazakhstan visits Italy'
		};
		for (const param of VIEWS[name].owns) {
			const key = param as keyof typeof state;
			const viaLink = decodeState(new URLSearchParams(stateToSearch(state))).state;
			expect(viaLink[key]).toEqual(state[key]);
			const slide = readDeck(encodeDeck([{ view: name, query: slideQuery(state) }]));
			expect(slide.invalid).toBe(false);
			const viaSlide = decodeState(new URLSearchParams(slide.slides[0]?.query)).state;
			expect(viaSlide[key]).toEqual(state[key]);
		}
		expect(fileNameParts(name, state, [2023])[0]).toBe(name);
	});
});

describe('the events view’s chosen event', () => {
	it('is in the URL, so a link, a slide and the table show it, not the default', () => {
		const list = filterEvents(bundled.events, sel.partners, null);
		const byDefault = currentEvent(prep, sel, list);
		const other = list.find((e) => e !== byDefault && eventWindow(prep, sel, e).points.length > 0);
		expect(byDefault).not.toBeNull();
		expect(other).toBeDefined();
		const state = { ...defaultState(), event: eventKey(other!) };
		const back = decodeState(new URLSearchParams(stateToSearch(state))).state;
		expect(back.event).toBe(eventKey(other!));
		const table = VIEWS.events.table(viewData(sel), shownContext({ event: back.event }));
		expect(table.rows[0]?.event).toBe(other!.title_en);
		// the file name tells the two apart by the event's date
		expect(fileNameParts('events', state, [2023])).toContain(other!.date);
	});
});

/** A selection changed only in one cross-filter. */
function changed(s: Selection, f: Crossfilter): Selection {
	if (f === 'focus') return { ...s, focus: 'KAZ' };
	if (f === 'sector') return { ...s, sector: '27' };
	return { ...s, from: 2019, to: 2021 };
}

describe('the cross-filter rule each view declares', () => {
	const cases = VIEW_NAMES.flatMap((name) =>
		CROSSFILTERS.filter((f) => VIEWS[name].filter.ignores.includes(f)).map(
			(f) => [name, f] as const
		)
	);

	it('names something for the views that ignore a selection', () => {
		expect(cases).toContainEqual(['partners', 'focus']);
		expect(cases).toContainEqual(['sectors', 'sector']);
		expect(cases).toContainEqual(['volumes', 'years']);
	});

	it.each(cases)('%s ignores %s: its table does not change with it', (name, f) => {
		const ctx = shownContext();
		const before = VIEWS[name].table(viewData(sel), ctx);
		const after = VIEWS[name].table(viewData(changed(sel, f)), ctx);
		expect(after).toEqual(before);
	});

	it.each(VIEW_NAMES.filter((n) => !VIEWS[n].filter.ignores.includes('focus')))(
		'%s is filtered by the focus: it shows the focused country only',
		(name) => {
			const table = VIEWS[name].table(viewData({ ...sel, focus: 'KAZ' }), shownContext());
			const codes = new Set(table.rows.map((r) => r.code).filter((c) => c !== undefined));
			if (name === 'headline') {
				expect(table.rows.every((r) => r.partners === 'Kazakhstan')).toBe(true);
				return;
			}
			expect(table.rows.length).toBeGreaterThan(0);
			expect([...codes]).toEqual(['KAZ']);
		}
	);
});
