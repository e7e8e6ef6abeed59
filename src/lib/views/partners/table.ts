/**
 * V5's table (and the map's): one line per country, its bar's period and value with provenance.
 * Pure.
 */
import { countryName } from '../../i18n/names';
import { combine } from '../core/provenance';
import {
	gap,
	tableKit,
	type ExportTable,
	type ShownContext,
	type ViewData,
	cubeRows,
	figureProvenance
} from '../core/table';
import { TOTAL } from '../../data/schema';
import type { CubeRow } from '../../data/analysis/types';
import { measureSeries, type MeasurePoint } from '../../data/analysis/measures';
import { annualPoints, partnersFor } from '../core/crossfilter';
import { barPeriodText } from '../core/describe';
import { filter } from './data';

/** What the figures of the comparison bars are read from. */
type FigureData = Pick<ViewData, 'partners' | 'prepared' | 'selection'>;

/**
 * The comparison bars (and the map) with their figures' flag, datasets and value as published,
 * for the chart's tooltips and flag marks: `partnersOption({ bars: barsWithProvenance(data) })`.
 */
export function barsWithProvenance(data: FigureData) {
	const parts = barParts(data);
	return data.partners.bars.map((b) => ({
		...b,
		...figureProvenance(
			combine(b.value === null ? [] : (parts.get(b.partner) ?? []), data.selection.currency)
		)
	}));
}

/** The measure points each comparison bar sums (as `partnersData` sums them), per partner. */
function barParts(data: FigureData): Map<string, MeasurePoint[]> {
	const out = new Map<string, MeasurePoint[]>();
	const sel = data.selection;
	const points = measureSeries(annualPoints(data.prepared, sel, filter), sel.measure);
	for (const b of data.partners.bars) {
		// each bar's own period: a country's latest year, or the chosen years
		const span = b.period;
		if (!span || b.value === null) continue;
		out.set(
			b.partner,
			points.filter(
				(p) =>
					p.partner === b.partner &&
					p.value !== null &&
					p.year >= span.from &&
					p.year <= span.to &&
					(span.partial === null) === (p.partial === null)
			)
		);
	}
	return out;
}

/** The comparison as drawn: each bar with its own period (a country's latest year, or the years chosen). */
export function partnersTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { cells, figureCols, sourceCols } = tableKit(ctx);
	// the map shades the countries by the comparison bars' figures; each bar has its own
	// period (a country whose latest year is 2021 reads 2021, never the range of all)
	const parts = barParts(data);
	return {
		columns: [...figureCols(), ...sourceCols({ reporter: false })],
		rows: data.partners.bars.map((b) => {
			const mine = b.value === null ? [] : (parts.get(b.partner) ?? []);
			const p = cells(combine(mine, ctx.currency));
			return {
				partner: countryName(lang, b.partner),
				code: b.partner,
				period: barPeriodText(lang, b.period),
				value: b.value,
				...p,
				// a gap's sources and reporter still say where the figure was looked for
				...(b.value === null
					? {
							reporter: countryName(lang, b.reporter),
							source: b.sources.join('; '),
							conversion: ''
						}
					: {}),
				note: b.value === null ? gap(lang, b.gap) : ''
			};
		})
	};
}

/** The cube rows behind the bars: each country's own period. */
export function partnersRows(data: ViewData): CubeRow[] {
	const sel = data.selection;
	const years = new Set<string>();
	for (const b of data.partners.bars)
		for (let y = b.period?.from ?? 1; y <= (b.period?.to ?? 0); y++) years.add(`${b.partner}|${y}`);
	return cubeRows(data, partnersFor(sel, filter), sel.measure, sel.sector ?? TOTAL, years);
}
