/**
 * V2: the measure per partner over the years. Complete years are a line; a partial year is a
 * hollow marker of its own (never joined to the line, never read as a full year), labelled with
 * its months. Events are vertical markers (V7).
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Series } from './data';
import type { TradeEvent } from '../../data/schema';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { eventMarkLine, withEventBand } from '../../charts/options/events';
import { pointLines, provenance, yearLabel, yearSpan } from '../../charts/options/labels';
import { tooltipHtml } from '../../charts/options/tooltip';
import type { Scale } from '../../url/codec';
import { linesOption, partnerLines } from './lines';

export function volumesOption(
	data: { series: Series[]; events: readonly TradeEvent[]; event?: string | null },
	ctx: ChartContext,
	range: { from: number | null; to: number | null } = { from: null, to: null },
	scale: Scale = 'linear'
): EChartsCoreOption {
	const years = yearSpan(data.series.flatMap((s) => s.points.map((p) => p.year)));
	const categories = years.map((y) => {
		const partial =
			data.series.flatMap((s) => s.points).find((p) => p.year === y && p.partial)?.partial ?? null;
		return yearLabel(ctx.lang, y, partial);
	});
	const shade = shadedYears(years, range);
	const series = data.series.flatMap((s, i) => {
		const byYear = new Map(s.points.map((p) => [p.year, p]));
		const periods = { keys: years, at: (y: number) => byYear.get(y) };
		return partnerLines({ partner: s.partner, index: i }, periods, ctx, scale, 2.5, {
			showSymbol: true,
			symbolSize: 6,
			...(i === 0 ? eventMarkLine(data.events, years, categories, ctx, data.event ?? null) : {}),
			// Always set on the first line (empty when no years are chosen): ECharts merges options,
			// so a shade left out would stay drawn after the filter is removed.
			...(i === 0
				? {
						markArea: {
							silent: true,
							itemStyle: { color: 'rgba(11,93,122,0.06)' },
							data: shade ? [[{ xAxis: shade[0] }, { xAxis: shade[1] }]] : []
						}
					}
				: {})
		});
	});
	return withEventBand(
		linesOption(
			data.series,
			categories,
			series,
			{
				formatter: (params: { data?: { point?: Series['points'][number] } | null }) => {
					const p = params.data?.point;
					if (!p) return '';
					return tooltipHtml(
						`${countryName(ctx.lang, p.partner)} · ${yearLabel(ctx.lang, p.year, p.partial)}`,
						pointLines(ctx.lang, p),
						provenance(ctx.lang, p, ctx.datasetNames)
					);
				}
			},
			ctx,
			scale
		)
	);
}

/**
 * The chosen years as positions on the axis, from either end alone too ("From" only shades from
 * there to the last year). Positions, not labels: a partial year's label is "Jan–Aug 2024".
 */
export function shadedYears(
	years: readonly number[],
	range: { from: number | null; to: number | null }
): [number, number] | null {
	if (!years.length || (range.from === null && range.to === null)) return null;
	const a = years.findIndex((y) => y >= (range.from ?? (years[0] as number)));
	const b = years.findLastIndex((y) => y <= (range.to ?? (years.at(-1) as number)));
	return a < 0 || b < a ? null : [a, b];
}
