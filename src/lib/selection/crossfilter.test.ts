import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS } from '../data/schema';
import { defaultState, type ViewState } from '../url/codec';
import {
	addClause,
	clausesFor,
	clausesFromState,
	describeClauses,
	removeClause,
	sameValue,
	stateWithClauses,
	type Clause
} from './crossfilter';

const kaz: Clause = { source: 'partners', field: 'partner', value: 'KAZ' };
const uzb: Clause = { source: 'partners', field: 'partner', value: 'UZB' };
const oil: Clause = { source: 'sectors', field: 'sector', value: '27' };
const years: Clause = { source: 'period', field: 'period', value: [2015, 2023] };
const mapKgz: Clause = { source: 'map', field: 'partner', value: 'KGZ' };
const state = (patch: Partial<ViewState>): ViewState => ({ ...defaultState(), ...patch });

describe('sameValue', () => {
	it.each<[Clause['value'], Clause['value'], boolean]>([
		['KAZ', 'KAZ', true],
		['KAZ', 'UZB', false],
		[[2015, 2023], [2015, 2023], true],
		[[2015, 2023], [2015, 2022], false],
		['2015', [2015, 2015], false]
	])('%o vs %o → %s', (a, b, expected) => {
		expect(sameValue(a, b)).toBe(expected);
	});
});

describe('addClause', () => {
	it.each<[string, Clause[], Clause, Clause[]]>([
		['adds to an empty list', [], kaz, [kaz]],
		['appends a new source+field', [kaz], oil, [kaz, oil]],
		['replaces the same source+field in place', [kaz, oil], uzb, [uzb, oil]],
		['toggles off the same value', [kaz, oil], { ...kaz }, [oil]],
		['toggles off an equal range', [years], { ...years, value: [2015, 2023] }, []],
		[
			'replaces a different range',
			[years],
			{ ...years, value: [2016, 2023] },
			[{ ...years, value: [2016, 2023] }]
		],
		['keeps the same field from another source apart', [kaz], mapKgz, [kaz, mapKgz]]
	])('%s', (_, clauses, clause, expected) => {
		expect(addClause(clauses, clause)).toEqual(expected);
	});

	it('does not mutate its input', () => {
		const clauses = [kaz];
		addClause(clauses, uzb);
		addClause(clauses, kaz);
		expect(clauses).toEqual([kaz]);
	});
});

describe('removeClause', () => {
	it.each<[string, Clause[], Pick<Clause, 'source' | 'field'>, Clause[]]>([
		[
			'removes by source+field',
			[kaz, oil, years],
			{ source: 'sectors', field: 'sector' },
			[kaz, years]
		],
		['ignores the value', [kaz], uzb, []],
		['no-op when absent', [kaz], { source: 'sectors', field: 'sector' }, [kaz]],
		[
			'keeps other sources of the same field',
			[kaz, mapKgz],
			{ source: 'map', field: 'partner' },
			[kaz]
		]
	])('%s', (_, clauses, key, expected) => {
		expect(removeClause(clauses, key)).toEqual(expected);
	});
});

describe('clausesFor', () => {
	const all = [kaz, oil, years, mapKgz];
	it.each<[string, Clause[]]>([
		['partners', [oil, years, mapKgz]],
		['sectors', [kaz, years, mapKgz]],
		['period', [kaz, oil, mapKgz]],
		['map', [kaz, oil, years]],
		['headline', all]
	])('view %s is filtered by every clause but its own', (view, expected) => {
		expect(clausesFor(all, view)).toEqual(expected);
	});
});

describe('describeClauses', () => {
	it.each<[Clause, 'it' | 'en', string]>([
		[kaz, 'it', 'Kazakistan'],
		[kaz, 'en', 'Kazakhstan'],
		[oil, 'it', 'Combustibili minerali, oli minerali'],
		[{ ...oil, value: 'V' }, 'en', 'Mineral products'],
		[years, 'en', '2015–2023'],
		[{ ...years, value: [2020, 2020] }, 'it', '2020'],
		[{ ...years, value: [2015, Infinity] }, 'it', '≥ 2015'],
		[{ ...years, value: [-Infinity, 2015] }, 'en', '≤ 2015'],
		[{ ...kaz, value: 'XYZ' }, 'en', 'XYZ']
	])('%o (%s) → %s', (clause, lang, label) => {
		expect(describeClauses([clause], lang)).toEqual([
			{
				key: `${clause.source}:${clause.field}`,
				source: clause.source,
				field: clause.field,
				value: clause.value,
				label,
				clause
			}
		]);
	});

	it('keeps clause order', () => {
		expect(describeClauses([years, kaz, oil], 'en').map((d) => d.key)).toEqual([
			'period:period',
			'partners:partner',
			'sectors:sector'
		]);
	});
});

describe('clausesFromState', () => {
	it.each<[Partial<ViewState>, Clause[]]>([
		[{}, []],
		[{ partners: ['KAZ', 'UZB'], flow: 'import' }, []],
		[{ focus: 'KAZ' }, [kaz]],
		[{ sector: '27' }, [oil]],
		[{ sector: 'TOTAL' }, []],
		[{ from: 2015, to: 2023 }, [years]],
		[{ from: 2015 }, [{ ...years, value: [2015, Infinity] }]],
		[{ to: 2023 }, [{ ...years, value: [-Infinity, 2023] }]],
		[{ focus: 'KAZ', sector: '27', from: 2015, to: 2023 }, [kaz, oil, years]]
	])('%o → %o', (patch, expected) => {
		expect(clausesFromState(state(patch))).toEqual(expected);
	});
});

describe('stateWithClauses', () => {
	const base = state({ lang: 'it', focus: 'UZB', sector: '84', from: 2000, to: 2010 });
	it.each<[string, Clause[], Partial<ViewState>]>([
		['clears all with no clauses', [], { focus: null, sector: null, from: null, to: null }],
		['sets each field', [kaz, oil, years], { focus: 'KAZ', sector: '27', from: 2015, to: 2023 }],
		[
			'opens ends',
			[{ ...years, value: [-Infinity, 2020] }],
			{ focus: null, sector: null, from: null, to: 2020 }
		],
		[
			'orders a reversed range',
			[{ ...years, value: [2023, 2015] }],
			{ focus: null, sector: null, from: 2015, to: 2023 }
		],
		[
			'rounds and clamps brushed years',
			[{ ...years, value: [1980.2, 2015.6] }],
			{ focus: null, sector: null, from: 1990, to: 2016 }
		],
		[
			'first clause of a field wins',
			[mapKgz, kaz],
			{ focus: 'KGZ', sector: null, from: null, to: null }
		],
		[
			'TOTAL is no sector',
			[{ ...oil, value: 'TOTAL' }],
			{ focus: null, sector: null, from: null, to: null }
		]
	])('%s', (_, clauses, patch) => {
		expect(stateWithClauses(base, clauses)).toEqual({ ...base, ...patch });
	});

	it('a click toggles through the URL state', () => {
		let s = state({});
		const click = (c: Clause) => (s = stateWithClauses(s, addClause(clausesFromState(s), c)));
		click(kaz);
		expect(s.focus).toBe('KAZ');
		click(oil);
		expect(s).toEqual(state({ focus: 'KAZ', sector: '27' }));
		click(kaz);
		expect(s).toEqual(state({ sector: '27' }));
	});

	it('is the inverse of clausesFromState for any state', () => {
		const year = fc.option(fc.integer({ min: 1990, max: 2100 }), { nil: null });
		fc.assert(
			fc.property(
				fc.option(fc.constantFrom(...ALL_PARTNERS), { nil: null }),
				fc.option(fc.constantFrom('27', '2709', 'V', 'grp:x'), { nil: null }),
				year,
				year,
				(focus, sector, a, b) => {
					const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
					const s = state({ focus, sector, from, to });
					expect(stateWithClauses(s, clausesFromState(s))).toEqual(s);
				}
			)
		);
	});
});
