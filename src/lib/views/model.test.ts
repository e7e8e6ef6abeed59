import fc from 'fast-check';
import { bundledPrep } from './core/fixtures.test-util';
import { describe, expect, it } from 'vitest';
import { annualize } from '../data/analysis/annual';
import { buildCube } from '../data/analysis/cube';
import type { CubeRow } from '../data/analysis/types';
import { toTable } from '../data/table';
import type { Observation } from '../data/schema';
import { loadBundled } from '../state/bundled';
import {
	detailCover,
	latestSectorYear,
	MEANINGFUL_DETAIL,
	namedFigures,
	sectorBreakdown
} from '../data/analysis/shares';
import { annualPoints, partnersFor } from './core/crossfilter';
import { Prepared, yearsOf, type Selection } from './core/prepared';
import { VIEWS as REGISTRY } from './registry';
import { sectorsData } from './sectors/data';

type ViewName = 'headline' | 'volumes' | 'growth' | 'sectors' | 'partners';

/** The definition `annualPoints` must keep: filter the cube rows, then annualize them. */
function reference(
	prep: Prepared,
	sel: Selection,
	view: ViewName,
	sectors: 'selected' | 'all'
): ReturnType<typeof annualize> {
	const partners = new Set(
		view !== 'partners' && sel.focus && sel.partners.includes(sel.focus)
			? [sel.focus]
			: sel.partners
	);
	const sector = view === 'sectors' ? null : sel.sector;
	const rows = prep
		.inCurrency(sel.currency)
		.rows.filter(
			(r) =>
				partners.has(r.partner) &&
				(sel.reporter === 'ITA' ? r.reporter === 'ITA' : r.reporter === r.partner) &&
				(sectors === 'all' || r.sector === (sector ?? 'TOTAL'))
		);
	return annualize(rows, prep.spans);
}

const PARTNERS = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM', 'RUS', 'AZE'];

/** Observations of several datasets, reporters, sectors and frequencies, in a random order. */
const observation = fc.record({
	partner: fc.constantFrom(...PARTNERS),
	mirror: fc.boolean(),
	flow: fc.constantFrom('export' as const, 'import' as const),
	sector: fc.constantFrom('TOTAL', '27', '84', '8409', 'grp:A'),
	year: fc.integer({ min: 2019, max: 2023 }),
	month: fc.integer({ min: 0, max: 12 }),
	value: fc.integer({ min: 0, max: 1000 }),
	currency: fc.constantFrom('EUR' as const, 'USD' as const),
	source: fc.constantFrom('a', 'b'),
	dataset: fc.constantFrom('bundled', 'up-1')
});

function toObservation(o: ObsDraft): Observation {
	const period = o.month === 0 ? String(o.year) : `${o.year}-${String(o.month).padStart(2, '0')}`;
	return {
		period,
		freq: o.month === 0 ? 'A' : 'M',
		year: o.year,
		month: o.month === 0 ? null : o.month,
		partner: o.partner,
		flow: o.flow,
		reporter: o.mirror ? o.partner : 'ITA',
		sector: o.sector,
		sectorLabel: null,
		value: o.value,
		currency: o.currency,
		source: o.source,
		note: '',
		flag: '',
		dataset: o.dataset
	};
}
type ObsDraft = {
	partner: string;
	mirror: boolean;
	flow: 'export' | 'import';
	sector: string;
	year: number;
	month: number;
	value: number;
	currency: 'EUR' | 'USD';
	source: string;
	dataset: string;
};

const selection = fc.record({
	partners: fc.subarray(PARTNERS, { minLength: 1 }),
	focus: fc.option(fc.constantFrom(...PARTNERS), { nil: null }),
	sector: fc.option(fc.constantFrom('27', '84', '8409', 'grp:A', 'none'), { nil: null }),
	from: fc.constant(null),
	to: fc.constant(null),
	measure: fc.constantFrom('export' as const, 'import' as const, 'turnover' as const),
	reporter: fc.constantFrom('ITA' as const, 'partner' as const),
	currency: fc.constantFrom('EUR' as const, 'USD' as const),
	base: fc.constant(null)
});

const VIEWS: ViewName[] = ['headline', 'volumes', 'growth', 'sectors', 'partners'];

describe('annualPoints (indexed per partner)', () => {
	it('equals filtering the cube and annualizing, in the same order (property)', () => {
		const rates = loadBundled().rates;
		fc.assert(
			fc.property(
				fc.array(observation, { maxLength: 150 }),
				fc.array(selection, { minLength: 1, maxLength: 6 }),
				(drafts, sels) => {
					const cube = buildCube(toTable(drafts.map(toObservation)), ['up-1', 'bundled']);
					const prep = new Prepared({ cube, rates, events: [] });
					for (const sel of sels) {
						for (const view of VIEWS) {
							for (const sectors of ['selected', 'all'] as const) {
								const got = annualPoints(prep, sel, REGISTRY[view].filter, sectors);
								expect(got).toEqual(reference(prep, sel, view, sectors));
								// Asked again (memoised): the same, and a copy the caller may change.
								const again = annualPoints(prep, sel, REGISTRY[view].filter, sectors);
								expect(again).toEqual(got);
								expect(again).not.toBe(got);
							}
						}
						// V4 computed from the reference points, as the rule states it (no kept breakdowns).
						const flow = sel.measure === 'import' ? 'import' : 'export';
						const points = reference(prep, sel, 'sectors', 'all').filter((p) => p.flow === flow);
						const rows = partnersFor(sel, REGISTRY.sectors.filter).map((partner) => {
							const mine = points.filter((p) => p.partner === partner);
							const year = latestSectorYear(mine, sel.to);
							const breakdown = year === null ? null : sectorBreakdown(mine, year);
							// Parts above their total: said, never drawn as shares.
							if (breakdown?.exceedsTotal) {
								const exceeds = { year: breakdown.year, partial: breakdown.partial };
								return { partner, breakdown: null, named: null, exceeds };
							}
							if (breakdown && detailCover(breakdown) >= MEANINGFUL_DETAIL)
								return { partner, breakdown, named: null };
							const named = namedFigures(mine, sel.to);
							return named
								? { partner, breakdown: null, named }
								: { partner, breakdown, named: null };
						});
						expect(sectorsData(prep, sel)).toEqual({ flow, upTo: sel.to, rows });
					}
				}
			),
			{ numRuns: 60 }
		);
	});

	it('equals the reference on the bundled data', () => {
		const prep = bundledPrep();
		const sel: Selection = {
			partners: PARTNERS,
			focus: 'KAZ',
			sector: null,
			from: null,
			to: null,
			measure: 'export',
			reporter: 'ITA',
			currency: 'USD',
			base: null
		};
		for (const view of VIEWS) {
			for (const sectors of ['selected', 'all'] as const) {
				expect(annualPoints(prep, sel, REGISTRY[view].filter, sectors)).toEqual(
					reference(prep, sel, view, sectors)
				);
			}
		}
	});
});

describe('yearsOf', () => {
	it('lists the years of the cube, ascending', () => {
		const rows = [{ year: 2021 }, { year: 2019 }, { year: 2021 }] as CubeRow[];
		expect(yearsOf(rows)).toEqual([2019, 2021]);
	});
});

describe('Prepared.rowsFor', () => {
	it('equals filtering the rows of the currency, in cube order', () => {
		const prep = bundledPrep();
		for (const currency of ['EUR', 'USD'] as const) {
			for (const partners of [['KAZ'], ['UZB', 'KAZ', 'KAZ'], ['XXX'], []]) {
				for (const sector of ['TOTAL', '27', null]) {
					const want = prep
						.inCurrency(currency)
						.rows.filter(
							(r) => partners.includes(r.partner) && (sector === null || r.sector === sector)
						);
					expect(prep.rowsFor(currency, partners, sector)).toEqual(want);
				}
			}
		}
	});
});
