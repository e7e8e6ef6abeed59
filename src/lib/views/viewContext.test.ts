import { describe, expect, it } from 'vitest';
import type { DashboardState } from '../state/dashboard.svelte';
import { defaultState, type ViewState } from '../url/codec';
import { spec as volumes } from './volumes/spec';
import { spec as partners } from './partners/spec';
import { volumesData } from './volumes/data';
import { prep, viewData } from './core/fixtures.test-util';
import { selectionOf } from './core/prepared';
import { ViewContext } from './viewContext.svelte';

/** A dashboard on the bundled data that records the changes a view asks for. */
function dashboard(over: Partial<ViewState> = {}) {
	const view = { ...defaultState(), ...over };
	const changes: Partial<ViewState>[] = [];
	const toggles: [string, boolean][] = [];
	const dash = {
		...viewData(selectionOf({ partners: ['KAZ', 'KGZ'] })),
		view,
		datasets: [{ id: 'bundled', name: 'Bundled data' }],
		update: (patch: Partial<ViewState>) => changes.push(patch),
		toggleTable: (name: string, on: boolean) => toggles.push([name, on])
	} as unknown as DashboardState;
	return { dash, changes, toggles };
}

describe('ViewContext: what every view component reads', () => {
	it('title, language and the Chart ⇄ Table state come from the URL state', () => {
		const { dash, toggles } = dashboard({ lang: 'it', tables: ['partners'] });
		const v = new ViewContext(dash, partners);
		expect(v.card.title).toBe('Confronto tra paesi');
		expect(v.card.lang).toBe('it');
		expect(v.card.asTable).toBe(true);
		expect(new ViewContext(dash, volumes).card.asTable).toBe(false);
		v.card.ontoggle(false);
		expect(toggles).toEqual([['partners', false]]);
	});

	it('the table is the spec’s "as shown" table, with the dataset names of the Data page', () => {
		const { dash } = dashboard();
		const v = new ViewContext(dash, partners);
		const headers = v.card.tableData.columns.map((c) => c.header);
		expect(headers).toContain('Dataset');
		expect(v.card.tableData.rows.map((r) => r.code)).toEqual(['KAZ', 'KGZ']);
		expect(v.card.tableData.rows.every((r) => r.dataset === 'Bundled data')).toBe(true);
	});

	it('the volumes drawn at another grain are the ones its table lists', () => {
		const { dash } = dashboard({ grain: 'month' });
		const monthly = volumesData(prep, selectionOf({ partners: ['KGZ'], grain: 'month' }));
		const v = new ViewContext(dash, volumes, { volumes: () => monthly });
		const byYear = new ViewContext(dash, volumes);
		expect(v.tableData.rows.length).toBeGreaterThan(byYear.tableData.rows.length);
		expect(v.tableData.rows.every((r) => r.code === 'KGZ')).toBe(true);
	});

	it('the chart context: the measured width, and event markers as the view says', () => {
		const { dash } = dashboard({ events: false });
		const v = new ViewContext(dash, volumes, { width: 800, events: 'setting' });
		expect(v.chart).toMatchObject({ width: 800, events: false, lang: 'en', currency: 'EUR' });
		v.width = 420;
		expect(v.chart.width).toBe(420);
		expect(new ViewContext(dash, volumes, { events: 'always' }).chart.events).toBe(true);
	});

	it('a click on the focused country or the chosen sector clears it, on another one chooses it', () => {
		const { dash, changes } = dashboard({ focus: 'KAZ', sector: '27' });
		const v = new ViewContext(dash, partners);
		v.toggleFocus('KAZ');
		v.toggleFocus('KGZ');
		v.toggleSector('27');
		v.toggleSector('84');
		expect(changes).toEqual([
			{ focus: null },
			{ focus: 'KGZ' },
			{ sector: null },
			{ sector: '84' }
		]);
	});

	it('the conversion note only when a figure shown was converted', () => {
		const { dash } = dashboard({ currency: 'USD' });
		const v = new ViewContext(dash, partners);
		expect(v.converted(false)).toEqual([]);
		expect(v.converted(true)).toEqual(['EUR converted at ECB rates']);
	});
});
