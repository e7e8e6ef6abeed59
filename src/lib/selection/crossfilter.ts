/**
 * The crossfilter model (I1), after Mosaic's `Selection.crossfilter`: every click in a view adds a
 * clause `{ source, field, value }`; each view is filtered by every clause except its own, so the
 * view you clicked keeps showing all its options while the others narrow down.
 *
 * Clauses are plain data and every function returns a new array. The URL is the single source of
 * truth: {@link clausesFromState} derives the clauses from the view state, and
 * {@link stateWithClauses} writes a changed clause list back into it, so a click is
 *
 * ```ts
 * state = stateWithClauses(state, addClause(clausesFromState(state), clicked));
 * ```
 *
 * and Esc / "clear" is `stateWithClauses(state, [])`.
 */

import { TOTAL } from '../data/schema';
import { formatPeriod } from '../i18n/format';
import type { Lang } from '../i18n/lang';
import { countryName, sectorName } from '../i18n/names';
import { YEAR_MAX, YEAR_MIN, type ViewState } from '../url/codec';

export type ClauseField = 'partner' | 'sector' | 'period';

export interface Clause {
	/** The view that made the selection (`partners`, `sectors`, `period`, ...). */
	source: string;
	field: ClauseField;
	/** ISO3 partner, sector code, or an inclusive `[fromYear, toYear]` range. */
	value: string | [number, number];
}

/** Source names of the clauses that live in the URL state. */
export const SOURCES = { partner: 'partners', sector: 'sectors', period: 'period' } as const;

function sameKey(a: Pick<Clause, 'source' | 'field'>, b: Pick<Clause, 'source' | 'field'>) {
	return a.source === b.source && a.field === b.field;
}

/** True when two clause values are equal (strings, or ranges element by element). */
export function sameValue(a: Clause['value'], b: Clause['value']): boolean {
	if (typeof a === 'string' || typeof b === 'string') return a === b;
	return a[0] === b[0] && a[1] === b[1];
}

/**
 * Adds a clause, replacing the one with the same source and field in place; adding the very same
 * value again removes it (a second click on a selected bar deselects it).
 *
 * @example addClause([], { source: 'partners', field: 'partner', value: 'KAZ' })
 * // [{ source: 'partners', field: 'partner', value: 'KAZ' }]
 */
export function addClause(clauses: readonly Clause[], clause: Clause): Clause[] {
	const index = clauses.findIndex((c) => sameKey(c, clause));
	if (index === -1) return [...clauses, clause];
	const current = clauses[index] as Clause;
	if (sameValue(current.value, clause.value)) return clauses.filter((_, i) => i !== index);
	return clauses.map((c, i) => (i === index ? clause : c));
}

/**
 * Removes the clause with this source and field (any value); a no-op when there is none.
 *
 * @example removeClause(clauses, { source: 'sectors', field: 'sector' })
 */
export function removeClause(
	clauses: readonly Clause[],
	key: Pick<Clause, 'source' | 'field'>
): Clause[] {
	return clauses.filter((c) => !sameKey(c, key));
}

/**
 * The clauses that filter a view: all but those the view made itself.
 *
 * @example clausesFor(clauses, 'partners') // the sector and period clauses
 */
export function clausesFor(clauses: readonly Clause[], viewName: string): Clause[] {
	return clauses.filter((c) => c.source !== viewName);
}

export interface ClauseDescription {
	/** Stable key for keyed lists, `source:field`. */
	key: string;
	source: string;
	field: ClauseField;
	value: Clause['value'];
	/** The value for display, in the chosen language (`Kazakistan`, `2015–2023`). */
	label: string;
	/** The clause to pass to {@link removeClause} when the user removes this filter. */
	clause: Clause;
}

function periodLabel(lang: Lang, [from, to]: [number, number]): string {
	const lo = Number.isFinite(from);
	const hi = Number.isFinite(to);
	if (lo && hi) return from === to ? formatPeriod(lang, String(from)) : `${from}–${to}`;
	if (lo) return `≥ ${from}`;
	if (hi) return `≤ ${to}`;
	return '–';
}

/**
 * Data for the "active filters" list, in clause order. Field names (`Partner`, `Settore`) are
 * messages and belong to the component.
 *
 * @example describeClauses([{ source: 'partners', field: 'partner', value: 'KAZ' }], 'it')
 * // [{ key: 'partners:partner', label: 'Kazakistan', ... }]
 */
export function describeClauses(clauses: readonly Clause[], lang: Lang): ClauseDescription[] {
	return clauses.map((clause) => {
		const { source, field, value } = clause;
		let label: string;
		if (typeof value !== 'string') label = periodLabel(lang, value);
		else if (field === 'partner') label = countryName(lang, value);
		else if (field === 'sector') label = sectorName(lang, value);
		else label = value;
		return { key: `${source}:${field}`, source, field, value, label, clause };
	});
}

/**
 * The clauses held in the URL state: `focus` (partner clicked in the comparison view), `sector`
 * (unless TOTAL) and the `from`/`to` years, an open end being `-Infinity` / `Infinity` (so a
 * `year >= from && year <= to` test needs no special case).
 *
 * @example clausesFromState({ ...DEFAULT_STATE, focus: 'KAZ', from: 2015 })
 * // [{ source: 'partners', field: 'partner', value: 'KAZ' },
 * //  { source: 'period', field: 'period', value: [2015, Infinity] }]
 */
export function clausesFromState(state: ViewState): Clause[] {
	const out: Clause[] = [];
	if (state.focus !== null)
		out.push({ source: SOURCES.partner, field: 'partner', value: state.focus });
	if (state.sector !== null && state.sector !== TOTAL)
		out.push({ source: SOURCES.sector, field: 'sector', value: state.sector });
	if (state.from !== null || state.to !== null)
		out.push({
			source: SOURCES.period,
			field: 'period',
			value: [state.from ?? -Infinity, state.to ?? Infinity]
		});
	return out;
}

/** A clause year as a state year: rounded and clamped to the URL's range; null when open. */
function stateYear(value: number | undefined): number | null {
	if (value === undefined || !Number.isFinite(value)) return null;
	return Math.min(YEAR_MAX, Math.max(YEAR_MIN, Math.round(value)));
}

/**
 * Writes clauses back into the state: the inverse of {@link clausesFromState}. The first clause of
 * each field wins, whatever its source; a field without a clause is reset (null); a reversed range
 * is put in order; years are rounded and clamped to what the URL accepts. Other state is kept.
 *
 * @example stateWithClauses(state, []) // focus, sector, from and to cleared
 */
export function stateWithClauses(state: ViewState, clauses: readonly Clause[]): ViewState {
	const first = (field: ClauseField) => clauses.find((c) => c.field === field)?.value;
	const partner = first('partner');
	const sector = first('sector');
	const period = first('period');
	let from: number | null = null;
	let to: number | null = null;
	if (Array.isArray(period)) {
		const [a, b] = period[0] <= period[1] ? period : [period[1], period[0]];
		from = stateYear(a);
		to = stateYear(b);
	}
	return {
		...state,
		focus: typeof partner === 'string' ? partner : null,
		sector: typeof sector === 'string' && sector !== TOTAL ? sector : null,
		from,
		to
	};
}
