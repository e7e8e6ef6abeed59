/**
 * The shareable view state ⇄ URL query parameters (I2, S1). Pure, never throws, versioned by
 * migrations.
 *
 * | param      | values                                              | default                 | notes                                                              |
 * | ---------- | --------------------------------------------------- | ----------------------- | ------------------------------------------------------------------ |
 * | `lang`     | `en`, `it`                                          | `en`                    | interface, number and date language                                |
 * | `partners` | comma list of `KAZ UZB KGZ TJK TKM RUS AZE`         | the five Central Asian  | order kept, duplicates dropped, case-insensitive                   |
 * | `flow`     | `export`, `import`, `turnover`, `balance`           | `export`                | seen from Italy                                                    |
 * | `from`     | year 1990..2100                                     | all years               | swapped with `to` when later than it                               |
 * | `to`       | year 1990..2100                                     | all years               |                                                                    |
 * | `reporter` | `ITA`, `partner`                                    | `ITA`                   | whose statistics                                                   |
 * | `sector`   | `TOTAL`, HS chapter `27`, heading `2709` (up to 8 digits), section `V`, `grp:<slug>` | `TOTAL` | `TOTAL` is never written                          |
 * | `currency` | `EUR`, `USD`                                        | `EUR`                   |                                                                    |
 * | `events`   | `1`, `0`                                            | `1`                     | event markers on time charts                                       |
 * | `growth`   | `yoy`, `index`, `cagr`                              | `yoy`                   | growth view mode                                                   |
 * | `grain`    | `year`, `quarter`, `month`                          | `year`                  | time grain of the volumes and growth views (months and quarters where monthly) |
 * | `scale`    | `linear`, `log`                                     | `linear`                | value axis of the volumes view                                     |
 * | `base`     | year 1990..2100                                     | none                    | base year of the index (= 100)                                     |
 * | `focus`    | one of the `partners` codes                         | none                    | country clicked in the comparison view (cross-filter)              |
 * | `event`    | an event's key, `date|English title` (`eventKey`)    | none                    | the event the events view shows; unknown keys show the default one |
 * | `mapyear`  | year 1990..2100                                     | none                    | the year the map shows (its slider); none = the comparison's period |
 * | `tables`   | comma list of view names (`[a-z][a-z0-9-]*`)        | none                    | views shown as a table instead of a chart; order kept, deduplicated |
 * | `deck`     | pinned views, see `deck.ts` (`volumes!flow.import~growth`) | none             | presenter deck (S4); each slide's query canonicalised, `lang` never part of it |
 *
 * Rules:
 * - {@link encodeState} writes only values that differ from {@link DEFAULT_STATE}, in the order of
 *   the table above, so equal states give equal URLs.
 * - {@link decodeState} never throws: an unknown or malformed value falls back to its default and
 *   yields a {@link Notice}; so do unknown parameters and repeated ones (the first value wins).
 * - Case is forgiven where the meaning is unambiguous (`lang=IT`, `partners=kaz`, `currency=usd`).
 * - Old URLs are upgraded by {@link MIGRATIONS}, applied in order before decoding. There is no
 *   version parameter: each migration recognises the old shape itself (e.g. a renamed parameter is
 *   present). Add a `v` parameter only when a change cannot be recognised that way.
 */

import { clipText } from '../text/bounded';
import {
	ALL_PARTNERS,
	CURRENCIES,
	MEASURES,
	TOTAL,
	type Currency,
	type Measure
} from '../data/schema';
import { GRAINS, type Grain } from '../data/analysis/monthly';
import { hsSection } from '../i18n/hs';
import { LANGS, type Lang } from '../i18n/lang';
import { decodeDeck, encodeDeck, deckParam, type Slide } from './deck';

export type Reporter = 'ITA' | 'partner';
export const REPORTERS: readonly Reporter[] = ['ITA', 'partner'];

export type GrowthMode = 'yoy' | 'index' | 'cagr';
export const GROWTH_MODES: readonly GrowthMode[] = ['yoy', 'index', 'cagr'];

export type { Grain };
export { GRAINS };

/** The value axis of the volumes view: linear, or logarithmic (values ≤ 0 are gaps there). */
export type Scale = 'linear' | 'log';
export const SCALES: readonly Scale[] = ['linear', 'log'];

/** Years accepted in `from`, `to` and `base`. */
export const YEAR_MIN = 1990;
export const YEAR_MAX = 2100;

export interface ViewState {
	/** Interface language; default `en`. */
	lang: Lang;
	/** Partners shown, ISO3 in the user's order; null = the five Central Asian partners. */
	partners: string[] | null;
	/** Measure shown; default `export`. */
	flow: Measure;
	/** First and last year shown; null = open. */
	from: number | null;
	to: number | null;
	/** Whose statistics; default `ITA`. */
	reporter: Reporter;
	/** Sector code; null = `TOTAL`. */
	sector: string | null;
	currency: Currency;
	/** Event markers on time charts. */
	events: boolean;
	/** Growth view mode. */
	growth: GrowthMode;
	/** Time grain of the volumes and growth views; default `year`. */
	grain: Grain;
	/** Value axis of the volumes view; default `linear`. */
	scale: Scale;
	/** Index base year. */
	base: number | null;
	/** Country clicked in the comparison view (cross-filter). */
	focus: string | null;
	/** The event the events view shows (`eventKey`: `date|English title`); null = its default. */
	event: string | null;
	/** The year the map shows (its slider); null = the comparison's period. */
	mapyear: number | null;
	/** Views shown as tables instead of charts. */
	tables: string[];
	/** Views pinned for presenter mode (S4); absent = none. Kept in the URL so that it survives every change. */
	deck?: Slide[];
}

export const DEFAULT_STATE: Readonly<ViewState> = Object.freeze({
	lang: 'en',
	partners: null,
	flow: 'export',
	from: null,
	to: null,
	reporter: 'ITA',
	sector: null,
	currency: 'EUR',
	events: true,
	growth: 'yoy',
	grain: 'year',
	scale: 'linear',
	base: null,
	focus: null,
	event: null,
	mapyear: null,
	tables: []
} satisfies ViewState);

/** Returns a fresh, mutable copy of the default state. */
export function defaultState(): ViewState {
	return { ...DEFAULT_STATE, tables: [] };
}

export interface Notice {
	param: string;
	value: string;
	code: 'unknown-value' | 'malformed' | 'out-of-range' | 'unknown-param';
}

/** Parameter names in encoding order. */
export const PARAMS = [
	'lang',
	'partners',
	'flow',
	'from',
	'to',
	'reporter',
	'sector',
	'currency',
	'events',
	'growth',
	'grain',
	'scale',
	'base',
	'focus',
	'event',
	'mapyear',
	'tables',
	'deck'
] as const;
export type ParamName = (typeof PARAMS)[number];

/**
 * An upgrade of old URLs. `migrate` must be pure (return a new object) and a no-op on URLs that
 * do not have the old shape, since there is no version number to tell them apart.
 *
 * @example
 * // a hypothetical rename of `measure` to `flow`
 * const renameMeasure: Migration = {
 * 	id: '2025-measure-to-flow',
 * 	migrate(params) {
 * 		const out = new URLSearchParams(params);
 * 		const old = out.get('measure');
 * 		out.delete('measure');
 * 		if (old !== null && !out.has('flow')) out.set('flow', old);
 * 		return out;
 * 	}
 * };
 */
export interface Migration {
	id: string;
	migrate(params: URLSearchParams): URLSearchParams;
}

/** Applied in order before decoding. Empty: the first published URL shape is the current one. */
export const MIGRATIONS: readonly Migration[] = [];

/** Applies migrations in order to a copy of `params`. */
export function migrate(
	params: URLSearchParams,
	migrations: readonly Migration[] = MIGRATIONS
): URLSearchParams {
	let out = new URLSearchParams(params);
	for (const m of migrations) out = m.migrate(out);
	return out;
}

export interface DecodeOptions {
	/** Defaults to {@link MIGRATIONS}. */
	migrations?: readonly Migration[];
	/** Parameters owned by someone else (e.g. a route's own), not reported as unknown. */
	otherParams?: readonly string[];
}

const YEAR = /^\d{4}$/;
const VIEW_NAME = /^[a-z][a-z0-9-]{0,31}$/;
const HS_CODE = /^\d{2}(?:\d{2}){0,3}$/;
// eslint-disable-next-line no-control-regex
const GROUP = /^grp:[^\u0000-\u001f\u007f]{1,100}$/;
const PARTNER_SET: ReadonlySet<string> = new Set(ALL_PARTNERS);
/** An event key: a date, `|`, a title; printable text of a sane length (a URL must stay shareable). */
// eslint-disable-next-line no-control-regex
const EVENT_KEY = /^\d{4}(?:-\d{2}){0,2}\|[^\u0000-\u001f\u007f]{1,200}$/;

/** No lone surrogate (it could not be written back to a URL as it was read). */
function wellFormed(text: string): boolean {
	try {
		encodeURIComponent(text);
		return true;
	} catch {
		return false;
	}
}

type Result<T> = { ok: true; value: T } | { ok: false; code: Notice['code'] };

/** Case-insensitive choice among allowed values; returns the canonical spelling. */
function pick<T extends string>(options: readonly T[], raw: string): Result<T> {
	const found = options.find((o) => o.toLowerCase() === raw.toLowerCase());
	return found === undefined ? { ok: false, code: 'unknown-value' } : { ok: true, value: found };
}

function parseYear(raw: string): Result<number> {
	if (!YEAR.test(raw)) return { ok: false, code: 'malformed' };
	const year = Number(raw);
	if (year < YEAR_MIN || year > YEAR_MAX) return { ok: false, code: 'out-of-range' };
	return { ok: true, value: year };
}

/** Splits a comma list, trims items and drops empty ones. */
function splitList(raw: string): string[] {
	return raw
		.split(',')
		.map((s) => s.trim())
		.filter((s) => s !== '');
}

/** Normalises a sector code from a URL; null for TOTAL, undefined when not a sector code. */
export function normalizeSector(raw: string): string | null | undefined {
	if (raw.toUpperCase() === TOTAL) return null;
	if (HS_CODE.test(raw)) return raw;
	const numeral = raw.toUpperCase();
	if (/^[IVX]+$/.test(numeral) && hsSection(numeral)) return numeral;
	if (GROUP.test(raw)) return raw;
	return undefined;
}

/** Reads single parameters for {@link decodeState}, noting what it could not use. */
interface Reader {
	/** The parameter's value, trimmed; null when absent. */
	get(name: ParamName): string | null;
	note(param: string, value: string, code: Notice['code']): void;
	/** One of `allowed` (any case), or a notice. */
	choose<T extends string>(name: ParamName, allowed: readonly T[], set: (v: T) => void): void;
	/** A year in range, or a notice. */
	year(name: ParamName, set: (v: number) => void): void;
}

function reader(params: URLSearchParams, notices: Notice[]): Reader {
	const r: Reader = {
		get(name) {
			const raw = params.get(name);
			return raw === null ? null : raw.trim();
		},
		// A malformed parameter can be megabytes long: the notice echoes a bounded part of it.
		note: (param, value, code) =>
			notices.push({ param: clipText(param, 80), value: clipText(value, 80), code }),
		choose(name, allowed, set) {
			const raw = r.get(name);
			if (raw === null) return;
			const res = pick(allowed, raw);
			if (res.ok) set(res.value);
			else r.note(name, raw, res.code);
		},
		year(name, set) {
			const raw = r.get(name);
			if (raw === null) return;
			const res = parseYear(raw);
			if (res.ok) set(res.value);
			else r.note(name, raw, res.code);
		}
	};
	return r;
}

/** Parameters nobody reads, and repeated ones. */
function noteUnknown(params: URLSearchParams, r: Reader, otherParams: readonly string[]) {
	const known = new Set<string>(PARAMS);
	const other = new Set(otherParams);
	const seen = new Set<string>();
	for (const [name, value] of params) {
		if (!known.has(name)) {
			if (!other.has(name)) r.note(name, value, 'unknown-param');
		} else if (seen.has(name)) r.note(name, value, 'malformed');
		seen.add(name);
	}
}

/** `partners`: known codes in any case, each once, in the order given. */
function readPartners(r: Reader, state: ViewState) {
	const raw = r.get('partners');
	if (raw === null) return;
	const list: string[] = [];
	for (const item of splitList(raw)) {
		const code = item.toUpperCase();
		if (!PARTNER_SET.has(code)) r.note('partners', item, 'unknown-value');
		else if (!list.includes(code)) list.push(code);
	}
	if (list.length > 0) state.partners = list;
	else if (splitList(raw).length === 0) r.note('partners', raw, 'malformed');
}

/** `from` and `to`, swapped (with a notice) when they come in the wrong order. */
function readYears(r: Reader, state: ViewState) {
	r.year('from', (v) => (state.from = v));
	r.year('to', (v) => (state.to = v));
	if (state.from !== null && state.to !== null && state.from > state.to) {
		r.note('from', String(state.from), 'out-of-range');
		[state.from, state.to] = [state.to, state.from];
	}
}

function readSector(r: Reader, state: ViewState) {
	const raw = r.get('sector');
	if (raw === null) return;
	const sector = normalizeSector(raw);
	if (sector === undefined) r.note('sector', raw, 'unknown-value');
	else state.sector = sector;
}

function readEventMarks(r: Reader, state: ViewState) {
	const raw = r.get('events');
	if (raw === null) return;
	if (raw === '1') state.events = true;
	else if (raw === '0') state.events = false;
	else r.note('events', raw, 'unknown-value');
}

function readFocus(r: Reader, state: ViewState) {
	const raw = r.get('focus');
	if (raw === null) return;
	const code = raw.toUpperCase();
	if (PARTNER_SET.has(code)) state.focus = code;
	else r.note('focus', raw, 'unknown-value');
}

function readEvent(r: Reader, state: ViewState) {
	const raw = r.get('event');
	if (raw === null) return;
	if (EVENT_KEY.test(raw) && wellFormed(raw)) state.event = raw;
	else r.note('event', raw, 'malformed');
}

/** `tables`: view names (lower case), each once. */
function readTables(r: Reader, state: ViewState) {
	const raw = r.get('tables');
	if (raw === null) return;
	const items = splitList(raw);
	if (items.length === 0) r.note('tables', raw, 'malformed');
	for (const item of items) {
		const name = item.toLowerCase();
		if (!VIEW_NAME.test(name)) r.note('tables', item, 'malformed');
		else if (!state.tables.includes(name)) state.tables.push(name);
	}
}

function readDeckParam(r: Reader, state: ViewState) {
	const raw = r.get('deck');
	if (raw === null) return;
	const { slides, invalid } = readDeck(raw);
	if (invalid) r.note('deck', raw, 'malformed');
	if (slides.length > 0) state.deck = slides;
}

/**
 * Reads the view state from URL parameters. Never throws; everything it could not use is listed
 * in `notices`, in the order of the parameters read below.
 *
 * @example decodeState(new URLSearchParams('lang=it&partners=kaz,UZB,KAZ&from=2023&to=2015'))
 * // state: { lang: 'it', partners: ['KAZ', 'UZB'], from: 2015, to: 2023, ... }
 * // notices: [{ param: 'from', value: '2023', code: 'out-of-range' }]  (the swap)
 */
export function decodeState(
	input: URLSearchParams,
	options: DecodeOptions = {}
): { state: ViewState; notices: Notice[] } {
	const params = migrate(input, options.migrations ?? MIGRATIONS);
	const state = defaultState();
	const notices: Notice[] = [];
	const r = reader(params, notices);
	noteUnknown(params, r, options.otherParams ?? []);
	r.choose('lang', LANGS, (v) => (state.lang = v));
	readPartners(r, state);
	r.choose('flow', MEASURES, (v) => (state.flow = v));
	readYears(r, state);
	r.choose('reporter', REPORTERS, (v) => (state.reporter = v));
	readSector(r, state);
	r.choose('currency', CURRENCIES, (v) => (state.currency = v));
	readEventMarks(r, state);
	r.choose('growth', GROWTH_MODES, (v) => (state.growth = v));
	r.choose('grain', GRAINS, (v) => (state.grain = v));
	r.choose('scale', SCALES, (v) => (state.scale = v));
	r.year('base', (v) => (state.base = v));
	readFocus(r, state);
	readEvent(r, state);
	r.year('mapyear', (v) => (state.mapyear = v));
	readTables(r, state);
	readDeckParam(r, state);
	return { state, notices };
}

/**
 * The canonical query of a slide: the state as {@link encodeState} writes it, without `lang`
 * (a deck is presented in its page's language) and without `deck`.
 *
 * @example slideQuery({ ...DEFAULT_STATE, lang: 'it', flow: 'import' }) // 'flow=import'
 */
export function slideQuery(state: ViewState): string {
	const params = encodeState({ ...state, lang: DEFAULT_STATE.lang });
	params.delete('deck');
	return params.toString();
}

/**
 * Reads a deck parameter (`deck=` on the dashboard, `slides=` on /present): the syntax of
 * `deck.ts`, then every slide's values checked by {@link decodeState} and written back
 * canonically. `invalid` when anything was dropped. Never throws.
 */
export function readDeck(raw: string): { slides: Slide[]; invalid: boolean } {
	const decoded = decodeDeck(raw);
	let invalid = decoded.errors.length > 0;
	const slides = decoded.slides.map((slide) => {
		const params = new URLSearchParams(slide.query);
		if (params.has('lang') || params.has('deck')) invalid = true;
		params.delete('lang');
		params.delete('deck');
		const { state, notices } = decodeState(params);
		if (notices.length > 0) invalid = true;
		return { view: slide.view, query: slideQuery(state) };
	});
	return { slides, invalid };
}

/**
 * Writes the view state as URL parameters: only values that differ from {@link DEFAULT_STATE},
 * in the order of {@link PARAMS}. An empty `partners` list and a `TOTAL` sector count as the
 * defaults. `decodeState(encodeState(s)).state` equals `s` for every valid state.
 *
 * @example encodeState({ ...DEFAULT_STATE, lang: 'it', from: 2015 }).toString() // 'lang=it&from=2015'
 */
export function encodeState(state: ViewState): URLSearchParams {
	const d = DEFAULT_STATE;
	const out = new URLSearchParams();
	if (state.lang !== d.lang) out.set('lang', state.lang);
	if (state.partners !== null && state.partners.length > 0)
		out.set('partners', state.partners.join(','));
	if (state.flow !== d.flow) out.set('flow', state.flow);
	if (state.from !== null) out.set('from', String(state.from));
	if (state.to !== null) out.set('to', String(state.to));
	if (state.reporter !== d.reporter) out.set('reporter', state.reporter);
	if (state.sector !== null && state.sector !== TOTAL) out.set('sector', state.sector);
	if (state.currency !== d.currency) out.set('currency', state.currency);
	if (state.events !== d.events) out.set('events', state.events ? '1' : '0');
	if (state.growth !== d.growth) out.set('growth', state.growth);
	if (state.grain !== d.grain) out.set('grain', state.grain);
	if (state.scale !== d.scale) out.set('scale', state.scale);
	if (state.base !== null) out.set('base', String(state.base));
	if (state.focus !== null) out.set('focus', state.focus);
	if (state.event !== null && state.event !== undefined) out.set('event', state.event);
	if (state.mapyear !== null && state.mapyear !== undefined)
		out.set('mapyear', String(state.mapyear));
	if (state.tables.length > 0) out.set('tables', state.tables.join(','));
	if (state.deck && state.deck.length > 0) out.set('deck', encodeDeck(state.deck));
	return out;
}

/**
 * The query string for a state, `''` for the default state, else `?...`; commas and colons are
 * left readable (`partners=KAZ,UZB`, `sector=grp:rare-earths`), and so are the separators of a
 * deck (`deck=volumes!flow.import~growth`), which `URLSearchParams` parses the same way.
 *
 * @example stateToSearch({ ...DEFAULT_STATE, partners: ['KAZ', 'UZB'] }) // '?partners=KAZ,UZB'
 */
export function stateToSearch(state: ViewState): string {
	const params = encodeState(state);
	const deck = params.get('deck');
	params.delete('deck');
	let query = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':');
	if (deck !== null) query += `${query === '' ? '' : '&'}deck=${deckParam(deck)}`;
	return query === '' ? '' : `?${query}`;
}
