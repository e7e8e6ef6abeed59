/** V7: events as vertical markers on a time axis of years; the title shows on hover. */
import type { TradeEvent } from '../../data/schema';
import { formatDate } from '../../i18n/format';
import { t } from '../../i18n/messages';
import type { ChartContext } from './context';
import { EVENT_COLOR } from './theme';
import { tooltipHtml } from './tooltip';

export function eventMarkLine(
	events: readonly TradeEvent[],
	years: readonly number[],
	categories: readonly string[],
	ctx: ChartContext
) {
	if (!ctx.events) return {};
	const data = events
		.map((e) => {
			const i = years.indexOf(Number(e.date.slice(0, 4)));
			if (i < 0) return null;
			const title = ctx.lang === 'it' ? e.title_it : e.title_en;
			return {
				xAxis: categories[i],
				name: title,
				event: e,
				tooltip: {
					formatter: () =>
						tooltipHtml(
							`${t(ctx.lang, 'tooltip.event')} · ${formatDate(ctx.lang, e.date, { precision: e.precision })}`,
							[['', title]],
							[e.source]
						)
				}
			};
		})
		.filter((d) => d !== null);
	if (!data.length) return {};
	return {
		markLine: {
			symbol: ['none', 'circle'],
			symbolSize: 7,
			silent: false,
			label: { show: false },
			lineStyle: { color: EVENT_COLOR, type: 'dashed', width: 1.2, opacity: 0.8 },
			emphasis: { lineStyle: { width: 2 } },
			data
		}
	};
}
