/**
 * Dashboard state as a rune class provided through context. The URL is the single source of
 * truth for what the user chose: `view` is decoded from it, and every change is a navigation.
 * Big immutable values (tables, cubes, view data) live in $state.raw / $derived, never in deep
 * proxies.
 */
import { getContext, setContext } from 'svelte';
import { buildCubes } from '../data/analysis/cube';
import type { Rates } from '../data/analysis/convert';
import type { TradeEvent } from '../data/schema';
import { concatTables, type ObservationTable } from '../data/table';
import { decodeState, defaultState, type Notice, type ViewState } from '../url/codec';
import { DEFAULT_PARTNERS, Prepared, yearsOf, type Selection } from '../views/core/prepared';
import { growthData } from '../views/growth/data';
import { headlineData } from '../views/headline/data';
import { partnersData } from '../views/partners/data';
import { sectorsData } from '../views/sectors/data';
import { volumesData } from '../views/volumes/data';
import { activeEvents } from '../views/events/data';
import { activeInvestment } from '../views/investment/data';
import { loadBundled } from './bundled';
import { DatasetStore } from './datasets.svelte';

export interface Dataset {
	id: string;
	name: string;
	table: ObservationTable;
	/** Shown in the dashboard. */
	active: boolean;
}

export class DashboardState {
	view = $state.raw<ViewState>(defaultState());
	notices = $state.raw<Notice[]>([]);
	/**
	 * The events on the time charts, in the events view and in exports: those of the last active
	 * dataset that holds any (an uploaded events table replaces the bundled one while it is shown;
	 * see `activeEvents`).
	 */
	events: readonly TradeEvent[] = $derived.by(() => activeEvents(this.store.active));
	rates = $state.raw<Rates>(loadBundled().rates);

	/** The datasets (bundled first, then uploads): see ./datasets.svelte.ts. */
	readonly store: DatasetStore;
	/** The store's datasets (read-only here; change them through `store`). */
	get datasets(): readonly Dataset[] {
		return this.store.datasets;
	}

	constructor(store: DatasetStore = new DatasetStore()) {
		this.store = store;
		this.rates = loadBundled().rates;
	}

	/** Set by the route: turns a new state into a navigation (the URL is the state). */
	private navigator: (state: ViewState) => void = (state) => {
		this.view = state;
	};
	setNavigator(fn: (state: ViewState) => void) {
		this.navigator = fn;
	}

	/** Applies a change chosen by the user. */
	update(patch: Partial<ViewState>) {
		this.navigator({ ...this.view, ...patch });
	}

	/** Shows a view as a table (V9) or as a chart. */
	toggleTable(view: string, on: boolean) {
		const rest = this.view.tables.filter((v) => v !== view);
		this.update({ tables: on ? [...rest, view] : rest });
	}

	/** Clears the cross-filters (country, sector, years). */
	clearFilters() {
		this.update({ focus: null, sector: null, from: null, to: null });
	}

	/** Reads the state from URL parameters (on load, navigation, Back/Forward). */
	fromUrl(params: URLSearchParams) {
		const { state, notices } = decodeState(params);
		this.view = state;
		this.notices = notices;
	}

	/**
	 * Where two active datasets hold the same figures, the one higher in the user's order wins:
	 * `store.priority` (active ids, most authoritative first) is the only precedence list.
	 */
	prepared = $derived.by(() => {
		const active: Dataset[] = this.store.active;
		const { cube, shadowed } = buildCubes(
			concatTables(active.map((d) => d.table)),
			this.store.priority
		);
		return new Prepared({
			cube,
			shadowed,
			rates: this.rates,
			events: this.events,
			// Growth rates published with bundled figures; each attaches to its own figure only.
			published: loadBundled().published
		});
	});

	selection: Selection = $derived({
		partners: this.view.partners ?? DEFAULT_PARTNERS,
		focus: this.view.focus,
		sector: this.view.sector,
		from: this.view.from,
		to: this.view.to,
		measure: this.view.flow,
		reporter: this.view.reporter,
		currency: this.view.currency,
		base: this.view.base,
		grain: this.view.grain,
		mapYear: this.view.mapyear
	});

	volumes = $derived(volumesData(this.prepared, this.selection));
	growth = $derived(growthData(this.prepared, this.selection));
	partners = $derived(partnersData(this.prepared, this.selection));
	sectors = $derived(sectorsData(this.prepared, this.selection));
	headline = $derived(headlineData(this.prepared, this.selection));

	/** Investment rows of the active datasets, as reported (see `activeInvestment`). */
	investment = $derived.by(() => activeInvestment(this.store.active));

	/** Years present in the data, for the range controls. */
	years = $derived.by(() => {
		return yearsOf(this.prepared.data.cube);
	});
}

const KEY = Symbol('dashboard');
export const setDashboard = (s: DashboardState) => setContext(KEY, s);
export const getDashboard = () => getContext<DashboardState>(KEY);
