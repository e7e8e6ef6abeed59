/**
 * V2 by month or quarter: the measure per partner and period. Months and quarters with a figure
 * are a line; gaps ("no trade recorded", "no data") break it, never drawn as zero; a partial
 * quarter is a hollow marker of its own, as a partial year is. Pure.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { Periodic } from './data';
import type { PeriodPoint } from '../../data/analysis/monthly';
import { formatMoney } from '../../i18n/format';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { provenance } from '../../charts/options/labels';
import { tooltipHtml } from '../../charts/options/tooltip';
import type { Scale } from '../../url/codec';
import type { TradeEvent } from '../../data/schema';
import { byPeriod, eventMarks, withEventBand } from '../../charts/options/events';
import { linesOption, partnerLines } from './lines';
import { periodLabel, periodNote } from './periods';

export function periodicOption(
	data: Periodic,
	ctx: ChartContext,
	scale: Scale = 'linear',
	events: { list: readonly TradeEvent[]; chosen: string | null } = { list: [], chosen: null }
): EChartsCoreOption {
	const categories = data.periods.map((c) => periodLabel(ctx.lang, c));
	const series = data.series.flatMap((s, i) => {
		const pointOf = new Map(s.points.map((p) => [p.period, p]));
		const periods = { keys: data.periods, at: (c: string) => pointOf.get(c) };
		return partnerLines({ partner: s.partner, index: i }, periods, ctx, scale, 2, {
			showSymbol: data.grain === 'quarter',
			symbolSize: 5,
			...(i === 0
				? eventMarks(
						events.list,
						byPeriod(data.grain, data.periods),
						categories,
						ctx,
						events.chosen
					)
				: {})
		});
	});
	return withEventBand(
		linesOption(
			data.series,
			categories,
			series,
			{
				formatter: (params: { data?: { point?: PeriodPoint } | null }) => {
					const p = params.data?.point;
					if (!p || p.value === null) return '';
					const note = periodNote(ctx.lang, p);
					return tooltipHtml(
						`${countryName(ctx.lang, p.partner)} · ${periodLabel(ctx.lang, p.period)}`,
						[
							['', formatMoney(ctx.lang, p.value, p.currency)],
							...(note ? [['', note] as [string, string]] : [])
						],
						provenance(ctx.lang, { ...p, dataset: p.dataset ?? undefined }, ctx.datasetNames)
					);
				}
			},
			ctx,
			scale
		)
	);
}
