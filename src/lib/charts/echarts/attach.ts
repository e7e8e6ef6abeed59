/**
 * The imperative ECharts boundary: init once, replace the option on every update, resize on
 * container changes, dispose on teardown, and expose a ready signal (`data-chart-ready`) set when
 * ECharts reports `finished`.
 *
 * Updates replace every component type our options use (so removed series, axes or overlays
 * never linger) except the tooltip, which is merged: with `notMerge` ECharts re-created the
 * tooltip's view on every update, and its set-up forces a page layout (`offsetLeft`), about a
 * third of a cross-filter click's time with eight charts on the page.
 */
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { echarts } from './registry';

/** Component main types replaced on update (a type missing from the new option is removed). */
export const REPLACED_COMPONENTS = [
	'series',
	'xAxis',
	'yAxis',
	'grid',
	'title',
	'legend',
	'graphic',
	'geo',
	'dataset'
];

export interface ChartHandle {
	update(option: EChartsCoreOption): void;
	instance: ECharts;
	dispose(): void;
}

export interface ChartEvents {
	onClick?: (params: {
		name?: string;
		seriesId?: string;
		dataIndex?: number;
		data?: unknown;
		componentType?: string;
	}) => void;
}

export function mountChart(el: HTMLElement, events: ChartEvents = {}): ChartHandle {
	const instance = echarts.init(el, null, { renderer: 'canvas' });
	instance.on('finished', () => {
		el.dataset.chartReady = 'true';
	});
	instance.on('click', (params) =>
		events.onClick?.(params as Parameters<NonNullable<ChartEvents['onClick']>>[0])
	);
	let frame = 0;
	const observer = new ResizeObserver(() => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => instance.resize());
	});
	observer.observe(el);
	return {
		instance,
		update(option) {
			el.dataset.chartReady = 'false';
			instance.setOption(option, { replaceMerge: REPLACED_COMPONENTS, lazyUpdate: false });
		},
		dispose() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			instance.dispose();
		}
	};
}
