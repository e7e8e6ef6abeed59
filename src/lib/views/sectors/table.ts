/**
 * V4's table: per country, its year's sectors with value and share, or its named figures. Pure.
 */
import { t } from '../../i18n/messages';
import { countryName, sectorName } from '../../i18n/names';
import { combine } from '../core/provenance';
import type { ExportTable, ShownContext, ViewData } from '../core/table';
import { cubeRows, percent, period, tableKit } from '../core/table';
import { TOTAL } from '../../data/schema';
import type { CubeRow, AnnualPoint } from '../../data/analysis/types';
import { partnersFor } from '../core/crossfilter';
import { filter } from './data';

/** The annual points of a partner's sector breakdown year (the breakdown's total and items). */
function sectorParts(data: ViewData, partner: string, year: number): AnnualPoint[] {
	const sel = data.selection;
	return data.prepared
		.points(sel.currency, [partner], sel.reporter, null)
		.filter((p) => p.flow === data.sectors.flow && p.year === year);
}

/** The sectors as drawn: shares of the year's total, named figures as values, the remainder. */
export function sectorsTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, valueCol, pc, cells, sourceCols, codeCol } = tableKit(ctx);
	const rows = data.sectors.rows.flatMap((r) => {
		const b = r.breakdown;
		// named product figures of a year without a total: values, never shares
		const named = r.named;
		if (!b && named) {
			const parts = sectorParts(data, r.partner, named.year).filter(
				(p) => (p.basis === 'partial') === (named.partial !== null)
			);
			return named.items.map((i) => ({
				partner: countryName(lang, r.partner),
				code: r.partner,
				period: period(lang, named.year, named.partial),
				sector: sectorName(lang, i.sector, i.label),
				sectorCode: i.sector,
				value: i.value,
				share: null,
				...cells(
					combine(
						parts.filter((p) => p.sector === i.sector),
						ctx.currency
					)
				)
			}));
		}
		// a country without product detail keeps its row, saying so (as the view does)
		if (!b)
			return [
				{
					partner: countryName(lang, r.partner),
					code: r.partner,
					period: r.exceeds ? period(lang, r.exceeds.year, r.exceeds.partial) : '',
					sector: t(lang, r.exceeds ? 'sector.exceeds' : 'sector.noDetail'),
					sectorCode: '',
					value: null,
					share: null,
					...cells(combine([], ctx.currency)),
					// whose statistics were looked in
					reporter: countryName(lang, data.selection.reporter === 'ITA' ? 'ITA' : r.partner)
				}
			];
		const base = {
			partner: countryName(lang, r.partner),
			code: r.partner,
			period: period(lang, b.year, b.partial)
		};
		const parts = sectorParts(data, r.partner, b.year);
		const of = (sector: string) => parts.filter((p) => p.sector === sector);
		const total = of(TOTAL);
		const items = b.items.flatMap((i) => of(i.sector));
		return [
			...b.items.map((i) => ({
				...base,
				sector: sectorName(lang, i.sector, i.label),
				sectorCode: i.sector,
				value: i.value,
				share: percent(i.share),
				...cells(combine(of(i.sector), ctx.currency))
			})),
			{
				...base,
				sector: t(lang, 'sector.remainder'),
				sectorCode: '',
				value: b.remainder,
				share: b.remainder === null ? null : percent(b.remainder / b.total),
				// the total less the items, each as published
				...cells(
					b.remainder === null
						? combine([], ctx.currency)
						: combine([...total, ...items], ctx.currency, [
								...total.map(() => 1),
								...items.map(() => -1)
							])
				),
				source: b.sources.join('; ')
			}
		];
	});
	return {
		columns: [
			col('partner', t(lang, 'table.partner')),
			codeCol,
			col('period', t(lang, 'table.period')),
			col('sector', t(lang, 'table.sector')),
			{ ...col('sectorCode', t(lang, 'csv.sectorCode')), onScreen: false },
			valueCol(),
			...pc.published,
			{ key: 'share', header: `${t(lang, 'table.share')} (%)`, kind: 'percent' },
			...sourceCols({ reporter: true })
		],
		rows
	};
}

/** The cube rows behind the sectors: each country's year of product detail, every sector. */
export function sectorsRows(data: ViewData): CubeRow[] {
	const sel = data.selection;
	const years = new Set<string>();
	for (const r of data.sectors.rows) {
		const shown = r.breakdown ?? r.named;
		if (shown) years.add(`${r.partner}|${shown.year}`);
	}
	return cubeRows(data, partnersFor(sel, filter), data.sectors.flow, null, years);
}
