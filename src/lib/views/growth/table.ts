/**
 * V3's table: the rates (or index, or CAGR) drawn, each with the provenance of the figures it
 * compares. Pure.
 */
import type { CsvColumn } from '../../data/export/csv';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { formatMonthRange, formatPeriod } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { combine, datasetLabel, type FigureSource } from '../core/provenance';
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
import type { PeriodGrowth } from '../../data/analysis/periodGrowth';
import type { PeriodicGrowth } from './data';
import { volumesRows } from '../volumes/table';

type Origin = (parts: readonly FigureSource[]) => Record<string, unknown>;

/** The rate's column: a change (+12.3%) or an index (112.4), marked with its figures' flags. */
function valueColumn(lang: Lang, mode: ShownContext['growth']): CsvColumn {
	const index = mode === 'index';
	return {
		key: 'value',
		header: `${t(lang, index ? 'growth.index' : 'table.growth')}${index ? '' : ' (%)'}`,
		kind: index ? 'number' : 'percent',
		...(index ? { digits: 1 } : { signed: true }),
		flagKey: 'flagCodes'
	};
}

/** The rates as drawn; a rate's provenance is that of the two figures it compares. */
export function growthTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, pc, cells, codeCol } = tableKit(ctx);
	const periodic = ctx.growth === 'yoy' ? data.growth.periodic : null;
	const columns = [
		col('partner', t(lang, 'table.partner')),
		codeCol,
		periodic ? col('period', t(lang, 'table.period')) : col('year', t(lang, 'table.year')),
		valueColumn(lang, ctx.growth),
		col('note', t(lang, 'table.note')),
		...pc.origin
	];
	// A rate compares two figures: its provenance is theirs (rates are currency-free).
	const origin: Origin = (parts) => {
		const { dataset, source, reporter, flag, flagCodes } = cells(combine(parts, ctx.currency));
		return { dataset, source, reporter, flag, flagCodes };
	};
	const rows = periodic
		? periodRows(periodic, ctx, origin)
		: ctx.growth === 'cagr'
			? cagrRows(data, ctx, origin)
			: yearRows(data, ctx, origin);
	return { columns, rows };
}

/** The figures of a partner's years (the volumes the rates are computed from). */
function yearFigures(data: ViewData) {
	const pointsOf = new Map(data.volumes.series.map((s) => [s.partner, s.points]));
	return (partner: string, years: readonly (number | null)[]) =>
		(pointsOf.get(partner) ?? []).filter((p) => years.includes(p.year));
}

/** Year-on-year rates or the index, one row per partner and year. */
function yearRows(data: ViewData, ctx: ShownContext, origin: Origin) {
	const { lang } = ctx;
	const g = data.growth;
	const figures = yearFigures(data);
	const partner = (code: string) => ({ partner: countryName(lang, code), code });
	if (ctx.growth === 'index')
		return g.index.flatMap((s) =>
			s.index.map((p) => ({
				...partner(s.partner),
				year: p.year,
				value: p.index.value,
				note: gap(lang, p.index.gap),
				...origin(figures(s.partner, [p.year, g.base]))
			}))
		);
	return g.yoy.flatMap((s) =>
		s.growth.map((p) => ({
			...partner(s.partner),
			year: p.year,
			value: percent(p.growth.value),
			note: growthNote(lang, p, ctx.datasetNames),
			...origin(figures(s.partner, p.sameMonths ? [p.year] : [p.year, p.year - 1]))
		}))
	);
}

function cagrRows(data: ViewData, ctx: ShownContext, origin: Origin) {
	const figures = yearFigures(data);
	return data.growth.cagr.map((c) => ({
		partner: countryName(ctx.lang, c.partner),
		code: c.partner,
		year: `${c.from}–${c.to}`,
		value: percent(c.cagr.value),
		note: gap(ctx.lang, c.cagr.gap),
		...origin(figures(c.partner, [c.from, c.to]))
	}));
}

/**
 * Year-on-year growth by month or quarter, one row per partner and period (its code: `2024-03`,
 * `2024-Q3`), the note saying a gap's reason, a partial quarter's months, two datasets.
 */
function periodRows(p: PeriodicGrowth, ctx: ShownContext, origin: Origin) {
	const { lang } = ctx;
	return p.yoy.flatMap((s) => {
		const figures = new Map(
			(p.figures.find((f) => f.partner === s.partner)?.points ?? []).map((x) => [x.period, x])
		);
		const figure = (code: string) => {
			const x = figures.get(code);
			return x && x.value !== null ? [{ ...x, dataset: x.dataset ?? undefined }] : [];
		};
		return s.growth.map((g) => ({
			partner: countryName(lang, s.partner),
			code: s.partner,
			period: g.period,
			value: percent(g.value),
			note: periodNote(lang, g, ctx.datasetNames),
			...origin([...figure(g.period), ...(g.partial ? [] : figure(g.basePeriod))])
		}));
	});
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

/** What a rate of a month or quarter says besides its value: its gap, a partial quarter, datasets. */
function periodNote(
	lang: Lang,
	g: PeriodGrowth,
	names: ReadonlyMap<string, string> | null | undefined
): string {
	const notes: string[] = [];
	if (g.value === null) notes.push(t(lang, `gap.${g.gap ?? 'no-data'}`));
	if (g.partial)
		notes.push(
			t(lang, 'grain.partial', {
				months: formatMonthRange(lang, g.year, g.partial.fromMonth, g.partial.toMonth)
			})
		);
	if (g.datasets && g.value !== null) {
		const [a, b] = g.datasets.map((d) => datasetLabel(lang, d, names));
		notes.push(t(lang, 'growth.twoDatasets', { a: a as string, b: b as string }));
	}
	return notes.join('; ');
}
