/**
 * The script plumbing every `<Name>View.svelte` shares, once: the dashboard it reads, the view
 * state (`view`, `lang`), the chart's measured width, the dataset names its tooltips and tables
 * give, its title, the chart context, the "as shown" table built by its spec, the Chart ⇄ Table
 * toggle, and the cross-filter clicks. A rune class with private fields (the shape of svelte.dev's
 * `Persisted.svelte.ts`): everything is `$derived`, so a value is computed only when read (the
 * table only when the table is shown).
 *
 * Usage, in a view component's script (it reads the dashboard from the component's context):
 *
 * ```svelte
 * const v = useView(spec);
 * const option = $derived(myOption(v.dash.myData, v.chart));
 * <ChartCard {...v.card} subtitle={…} sources={…} notes={v.converted(…)}>
 *   {#snippet chart()}
 *     <ViewChart {v} {option} label={v.label(summary)} {height} {drawable} />
 *   {/snippet}
 * </ChartCard>
 * ```
 *
 * `v.card` gives ChartCard the view's name, language, title, Chart ⇄ Table state and its table
 * (drawn by ChartCard when shown); ViewChart binds the box's width to `v.width`, which `v.chart`
 * reads.
 *
 * Not pure (it is component state), unlike the rest of `core/`: only view components import it.
 */
import type { Currency } from '../data/schema';
import type { ChartContext } from '../charts/options/context';
import type { Lang } from '../i18n/lang';
import { t, type MessageKey } from '../i18n/messages';
import { getDashboard, type DashboardState } from '../state/dashboard.svelte';
import type { ViewState } from '../url/codec';
import type { ViewSpec } from './core/spec';
import type { ExportTable, ViewData } from './core/table';
import { chartContext, conversionNotes, datasetNamesOf, tableContext } from './core/text';

/** Whether a view's chart draws the events: never, as the view's `events` setting says, always. */
export type EventMarks = 'never' | 'setting' | 'always';

export interface ViewOptions {
	/** The chart's width until the box is measured (px). */
	width?: number;
	/** Whether the chart draws event markers (the time charts follow the setting). */
	events?: EventMarks;
	/** The volumes the view draws, when they are not the dashboard's (another grain). */
	volumes?: () => ViewData['volumes'];
	/** The event the view shows (the events view's table is that event's). */
	event?: () => string | null;
}

export class ViewContext<Name extends string = string> {
	readonly dash: DashboardState;
	#spec: ViewSpec<Name>;
	#options: ViewOptions;

	constructor(dash: DashboardState, spec: ViewSpec<Name>, options: ViewOptions = {}) {
		this.dash = dash;
		this.#spec = spec;
		this.#options = options;
		this.width = options.width ?? 600;
	}

	/** The chart box's width, bound by the component (`bind:clientWidth={v.width}`). */
	width = $state(600);
	get name(): Name {
		return this.#spec.name;
	}
	readonly view: ViewState = $derived.by(() => this.dash.view);
	readonly lang: Lang = $derived.by(() => this.view.lang);
	readonly currency: Currency = $derived.by(() => this.view.currency);
	/** Dataset ids → the names the Data page shows. */
	readonly datasetNames: ReadonlyMap<string, string> = $derived.by(() =>
		datasetNamesOf(this.dash.datasets)
	);
	readonly title: string = $derived.by(() => t(this.lang, `view.${this.name}` as MessageKey));

	/** What the view's chart option reads besides its data. */
	readonly chart: ChartContext = $derived.by(() => {
		const marks = this.#options.events ?? 'never';
		const events = marks === 'always' || (marks === 'setting' && this.view.events);
		return chartContext(this.view, this.width, this.datasetNames, events);
	});

	/** What the table is built from: the dashboard's view data, with the volumes drawn. */
	readonly #data: ViewData = $derived.by(() => {
		const d = this.dash;
		const volumes = this.#options.volumes?.();
		if (!volumes || volumes === d.volumes) return d;
		return {
			volumes,
			growth: d.growth,
			partners: d.partners,
			sectors: d.sectors,
			headline: d.headline,
			prepared: d.prepared,
			selection: d.selection,
			events: d.events,
			investment: d.investment
		};
	});

	/** The view's "as shown" table (screen and CSV), built by its spec; read only when shown. */
	readonly tableData: ExportTable = $derived.by(() =>
		this.#spec.table(
			this.#data,
			tableContext(this.view, this.datasetNames, this.#options.event?.() ?? null)
		)
	);

	/** Shown as a table rather than a chart (the `tables` URL parameter). */
	readonly asTable: boolean = $derived.by(() => this.view.tables.includes(this.name));
	readonly ontoggle = (on: boolean) => this.dash.toggleTable(this.name, on);

	/**
	 * ChartCard's props that every view passes the same way: `<ChartCard {...v.card} …>`. Getters,
	 * so a prop is read (and the table built) only when the card reads it.
	 */
	readonly card: CardProps = cardProps(this);

	/** The chart's accessible description: the title and a summary of what it shows. */
	label(summary: string, title = this.title): string {
		return t(this.lang, 'chart.description', { title, summary });
	}

	/** The "converted at ECB rates" note when any figure shown was converted. */
	converted(any: boolean): string[] {
		return conversionNotes(this.lang, this.currency, any);
	}

	/** A click on a country: focus it, or clear the focus when it is the focused one. */
	toggleFocus = (code: string) =>
		this.dash.update({ focus: this.view.focus === code ? null : code });

	/** A click on a sector: filter by it, or clear the filter when it is the chosen one. */
	toggleSector = (code: string) =>
		this.dash.update({ sector: this.view.sector === code ? null : code });
}

/** What ChartCard reads of a view context: its name, language, title, table and toggle. */
export interface CardProps {
	readonly name: string;
	readonly lang: Lang;
	readonly title: string;
	readonly asTable: boolean;
	readonly ontoggle: (on: boolean) => void;
	/** The "as shown" table, drawn when the view is shown as a table. */
	readonly tableData: ExportTable;
}

const CARD_KEYS = ['name', 'lang', 'title', 'asTable', 'ontoggle', 'tableData'] as const;

/** The context's own values, read through getters (each when ChartCard reads it). */
function cardProps(v: ViewContext): CardProps {
	const card = {};
	for (const key of CARD_KEYS)
		Object.defineProperty(card, key, { get: () => v[key], enumerable: true });
	return card as CardProps;
}

/** The view context of a view component; call it in the component's script (it reads context). */
export function useView<Name extends string>(
	spec: ViewSpec<Name>,
	options: ViewOptions = {}
): ViewContext<Name> {
	return new ViewContext(getDashboard(), spec, options);
}
