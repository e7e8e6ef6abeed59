/**
 * V2's table: one line per partner and period, the value with its provenance. Pure.
 */
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { combine } from '../core/provenance';
import type { ExportTable, ShownContext, ViewData } from '../core/table';
import { cubeRows, gap, period, tableKit } from '../core/table';
import { TOTAL } from '../../data/schema';
import type { CubeRow } from '../../data/analysis/types';
import { partnersFor } from '../core/crossfilter';
import { filter } from './data';
import { periodNote } from './periods';

/** The volumes as drawn, with every figure's provenance. */
export function volumesTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, cells, figureCols, sourceCols } = tableKit(ctx);
	const points = data.volumes.series.flatMap((s) => s.points);
	const periodic = data.volumes.periodic;
	return {
		columns: [
			...figureCols(),
			// on screen the value's header says it ("Value (EUR)")
			{ ...col('currency', t(lang, 'table.currency')), onScreen: false },
			...sourceCols({ reporter: false })
		],
		// by month or quarter: the period as a code (`2024-03`, `2024-Q1`), gaps with their reason
		rows: periodic
			? periodic.series.flatMap((s) =>
					s.points.map((p) => ({
						partner: countryName(lang, p.partner),
						code: p.partner,
						period: p.period,
						value: p.value,
						...cells(
							combine([{ ...p, dataset: p.dataset ?? undefined, sources: p.sources }], p.currency)
						),
						note: periodNote(lang, p),
						currency: p.currency
					}))
				)
			: points.map((p) => ({
					partner: countryName(lang, p.partner),
					code: p.partner,
					period: period(lang, p.year, p.partial),
					value: p.value,
					...cells(combine([p], p.currency)),
					note: p.value === null ? gap(lang, p.gap) : '',
					currency: p.currency
				}))
	};
}

/** The cube rows behind the volumes: the shown partners' every year, of the chosen sector. */
export function volumesRows(data: ViewData): CubeRow[] {
	const sel = data.selection;
	return cubeRows(data, partnersFor(sel, filter), sel.measure, sel.sector ?? TOTAL, null);
}
