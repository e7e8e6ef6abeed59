/**
 * V3's table: the rates (or index, or CAGR) drawn, each with the provenance of the figures it
 * compares. Pure.
 */
import type { CsvColumn } from '../../data/export/csv';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { combine, datasetLabel } from '../core/provenance';
import {
	gap,
	percent,
	tableKit,
	type ExportTable,
	type ShownContext,
	type ViewData
} from '../core/table';
import type { CubeRow } from '../../data/analysis/types';
import type { GrowthPoint } from '../../data/analysis/growth';
import { volumesRows } from '../volumes/table';

/** The rates as drawn; a rate's provenance is that of the two figures it compares. */
export function growthTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, pc, cells, codeCol } = tableKit(ctx);
	const g = data.growth;
	const unit = ctx.growth === 'index' ? '' : ' (%)';
	const columns = [
		col('partner', t(lang, 'table.partner')),
		codeCol,
		col('year', t(lang, 'table.year')),
		{
			key: 'value',
			header: `${t(lang, ctx.growth === 'index' ? 'growth.index' : 'table.growth')}${unit}`,
			kind: ctx.growth === 'index' ? 'number' : 'percent',
			// a rate is a change (+12.3%); an index a number (112.4)
			...(ctx.growth === 'index' ? { digits: 1 } : { signed: true }),
			flagKey: 'flagCodes'
		} satisfies CsvColumn,
		col('note', t(lang, 'table.note')),
		...pc.origin
	];
	// A rate compares two figures: its provenance is theirs (rates are currency-free).
	const pointsOf = new Map(data.volumes.series.map((s) => [s.partner, s.points]));
	const origin = (partner: string, years: readonly (number | null)[]) => {
		const parts = (pointsOf.get(partner) ?? []).filter((p) => years.includes(p.year));
		const { dataset, source, reporter, flag, flagCodes } = cells(combine(parts, ctx.currency));
		return { dataset, source, reporter, flag, flagCodes };
	};
	const rows =
		ctx.growth === 'yoy'
			? g.yoy.flatMap((s) =>
					s.growth.map((p) => ({
						partner: countryName(lang, s.partner),
						code: s.partner,
						year: p.year,
						value: percent(p.growth.value),
						note: growthNote(lang, p, ctx.datasetNames),
						...origin(s.partner, p.sameMonths ? [p.year] : [p.year, p.year - 1])
					}))
				)
			: ctx.growth === 'index'
				? g.index.flatMap((s) =>
						s.index.map((p) => ({
							partner: countryName(lang, s.partner),
							code: s.partner,
							year: p.year,
							value: p.index.value,
							note: gap(lang, p.index.gap),
							...origin(s.partner, [p.year, g.base])
						}))
					)
				: g.cagr.map((c) => ({
						partner: countryName(lang, c.partner),
						code: c.partner,
						year: `${c.from}–${c.to}`,
						value: percent(c.cagr.value),
						note: gap(lang, c.cagr.gap),
						...origin(c.partner, [c.from, c.to])
					}));
	return { columns, rows };
}

/** The cube rows behind the rates: those of the volumes they are computed from. */
export function growthRows(data: ViewData): CubeRow[] {
	return volumesRows(data);
}

/**
 * What a year-on-year rate's note says: a gap's reason; a rate the source published (its base is
 * not in the data), marked as such; a rate that compares figures of two datasets.
 */
function growthNote(
	lang: Lang,
	p: GrowthPoint,
	names: ReadonlyMap<string, string> | null | undefined
): string {
	if (p.published) {
		return t(lang, 'growth.asPublished', { base: formatPeriod(lang, p.published.basePeriod) });
	}
	if (p.datasets && p.growth.value !== null) {
		const [a, b] = p.datasets.map((d) => datasetLabel(lang, d, names));
		return t(lang, 'growth.twoDatasets', { a: a as string, b: b as string });
	}
	return gap(lang, p.growth.gap);
}
