/**
 * The imperative ECharts boundary: init once, replace the option on every update (notMerge, so
 * removed series never linger), resize on container changes, dispose on teardown, and expose a
 * ready signal (`data-chart-ready`) set when ECharts reports `finished`.
 */
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { echarts } from './registry';

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
			instance.setOption(option, { notMerge: true, lazyUpdate: false });
		},
		dispose() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			instance.dispose();
		}
	};
}
