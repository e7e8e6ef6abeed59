/**
 * V7+: the level of trade around one event, per partner, with the event as a vertical line and
 * the before/after means as dashed segments. Descriptive, not causal.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { EventWindow } from './data';
import { formatMoney, formatPeriod } from '../../i18n/format';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import {
	baseOption,
	EVENT_COLOR,
	GRID_LINE,
	MUTED,
	partnerColor
} from '../../charts/options/theme';
import { reporterLine } from '../../charts/options/labels';
import { hasFinite, HIDDEN_AXIS, moneyAxis, noDataGraphic } from '../../charts/options/marks';
import { tooltipHtml } from '../../charts/options/tooltip';

export function eventWindowOption(w: EventWindow, ctx: ChartContext): EChartsCoreOption {
	const offsets = [...new Set(w.points.map((p) => p.offset))].sort((a, b) => a - b);
	const periodOf = (o: number) => w.points.find((p) => p.offset === o)?.period ?? String(o);
	const categories = offsets.map((o) => formatPeriod(ctx.lang, periodOf(o)));
	const zero = offsets.indexOf(0);
	const empty = !hasFinite(w.points.map((p) => p.value));
	return {
		...baseOption,
		grid: { left: 64, right: 16, top: 36, bottom: 28 },
		graphic: empty ? noDataGraphic(ctx.lang) : [],
		legend: {
			top: 0,
			left: 0,
			data: w.partners.map((p) => countryName(ctx.lang, p)),
			textStyle: { color: MUTED }
		},
		tooltip: {
			trigger: 'item',
			confine: true,
			formatter: (params: {
				seriesName: string;
				name: string;
				value: number | null;
				seriesIndex?: number;
			}) =>
				tooltipHtml(
					`${params.seriesName} · ${params.name}`,
					[['', formatMoney(ctx.lang, params.value, ctx.currency)]],
					[
						...reporterLine(ctx.lang, ctx.reporter, w.partners[params.seriesIndex ?? -1] ?? ''),
						...w.sources.map((x) => `${t(ctx.lang, 'tooltip.source')}: ${x}`)
					]
				)
		},
		xAxis: {
			type: 'category',
			data: categories,
			axisLabel: { color: MUTED, hideOverlap: true },
			axisLine: { lineStyle: { color: GRID_LINE } }
		},
		yAxis: empty ? { type: 'value', ...HIDDEN_AXIS } : moneyAxis(ctx),
		series: w.partners.map((p, i) => {
			const m = w.means.find((x) => x.partner === p);
			const color = partnerColor(p, i);
			const idx = (o: number | undefined) => (o === undefined ? -1 : offsets.indexOf(o));
			// A dashed segment at the mean level over the months (or years) it averages.
			const segment = (range: number[], value: number | null | undefined) =>
				value === null || value === undefined || !range.length
					? []
					: [
							[
								{ xAxis: idx(range[0]), yAxis: value },
								{ xAxis: idx(range.at(-1)), yAxis: value }
							]
						];
			const eventLine =
				i === 0 && zero >= 0
					? [
							{
								xAxis: zero,
								lineStyle: { color: EVENT_COLOR, type: 'solid', width: 1.5 },
								label: {
									show: true,
									formatter: t(ctx.lang, 'events.marker'),
									color: EVENT_COLOR,
									position: 'end'
								}
							}
						]
					: [];
			return {
				id: `window-${p}`,
				name: countryName(ctx.lang, p),
				type: w.freq === 'M' ? 'line' : 'bar',
				barMaxWidth: 26,
				symbolSize: 5,
				itemStyle: { color },
				lineStyle: { color, width: 2 },
				data: offsets.map(
					(o) => w.points.find((x) => x.partner === p && x.offset === o)?.value ?? null
				),
				markLine: {
					symbol: 'none',
					silent: true,
					label: { show: false },
					lineStyle: { color, type: 'dashed', width: 1.5 },
					data: [
						...eventLine,
						...segment(
							offsets.filter((o) => o < 0),
							m?.before
						),
						...segment(
							offsets.filter((o) => o > 0),
							m?.after
						)
					]
				}
			};
		})
	};
}
