/**
 * The imperative ECharts boundary: init once, replace the option when the render scheduler says
 * so (./scheduler.ts: on screen, changed, once a frame), resize on container changes, dispose on
 * teardown, and expose a ready signal (`data-chart-ready`): true once the canvas shows the current
 * option (ECharts' `finished`, or the check after a draw below); false while an option waits (a
 * chart out of view is not ready until it is drawn). `data-chart-draws` counts the options drawn,
 * for tests and the benchmark.
 *
 * Updates replace every component type our options use (so removed series, axes or overlays
 * never linger) except the tooltip, which is merged: with `notMerge` ECharts re-created the
 * tooltip's view on every update, and its set-up forces a page layout (`offsetLeft`), about a
 * third of a cross-filter click's time with eight charts on the page.
 *
 * A replace-merge keeps a series whose id survives at its old index and puts new series in the
 * gaps, so when the list of series changes (the sectors of another country) a stack would come
 * out in the wrong order: the series are then cleared first, in the same update.
 */
import type { EChartsCoreOption, ECharts } from 'echarts/core';
import { echarts } from './registry';
import { pageScheduler, type ChartSink } from './scheduler';

/**
 * Component main types replaced on update (a type missing from the new option is removed). Only
 * types registered in ./registry.ts: ECharts' development build throws on any other (the map's
 * `geo` lives inside its series, registered on demand).
 */
export const REPLACED_COMPONENTS = [
	'series',
	'xAxis',
	'yAxis',
	'grid',
	'title',
	'legend',
	'graphic',
	'dataset'
];

/** What the ready signal needs of an ECharts instance (a fake one in the unit tests). */
export type SignalledChart = Pick<ECharts, 'on' | 'setOption' | 'getZr'>;

/** The ids of an option's series, in order, as one comparable string. */
function seriesKey(option: EChartsCoreOption): string {
	const series = (option as { series?: unknown }).series;
	const list = Array.isArray(series) ? series : series ? [series] : [];
	return list.map((s) => String((s as { id?: unknown } | null)?.id ?? '')).join('\u0000');
}

/**
 * Sets `option` on `instance` as described above; `previous` is what the last call returned.
 * @returns the key of the series now drawn
 */
export function replaceOption(
	instance: Pick<ECharts, 'setOption'>,
	option: EChartsCoreOption,
	previous: string | null
): string {
	const key = seriesKey(option);
	if (previous !== null && key !== previous) {
		// No drawing in between: the lazy update is superseded by the next, immediate one.
		instance.setOption({ series: [] }, { replaceMerge: ['series'], lazyUpdate: true });
	}
	instance.setOption(option, { replaceMerge: REPLACED_COMPONENTS, lazyUpdate: false });
	return key;
}

/**
 * Whether nothing of the option just set is left to draw: no animation running and no
 * progressive rendering still to come (ECharts' own test before `finished`, less its "no update
 * pending", which a `setOption` without `lazyUpdate` has just cleared). The scheduler's flag is
 * ECharts' internal: if a later version drops it, this says false and the chart waits for
 * `finished` as before.
 */
export function nothingLeftToDraw(instance: SignalledChart): boolean {
	const scheduler = (instance as unknown as { _scheduler?: { unfinished?: unknown } })._scheduler;
	return (
		scheduler !== undefined &&
		'unfinished' in scheduler &&
		!scheduler.unfinished &&
		instance.getZr().animation.isFinished()
	);
}

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

export interface MountOptions {
	/** Draw in the next frame wherever the chart is (embeds, presenter slides). */
	eager?: boolean;
}

/**
 * The scheduler's sink for one chart: draws an option and keeps the box's `data-chart-ready` and
 * `data-chart-draws` honest. `isStale` says whether another option waits (then not ready).
 */
export function readySink(
	instance: SignalledChart,
	box: { dataset: DOMStringMap },
	isStale: () => boolean
): ChartSink<unknown> {
	let drawn: string | null = null;
	let draws = 0;
	/** ECharts has finished drawing the option drawn last. */
	let finished = false;
	/** ECharts painted the canvas during the current draw. */
	let painted = false;
	const markFinished = () => {
		finished = true;
		if (!isStale()) box.dataset.chartReady = 'true';
	};
	instance.on('rendered', () => {
		painted = true;
	});
	instance.on('finished', markFinished);
	return {
		draw(option) {
			finished = false;
			box.dataset.chartReady = 'false';
			painted = false;
			drawn = replaceOption(instance, option as EChartsCoreOption, drawn);
			box.dataset.chartDraws = String(++draws);
			// setOption painted the canvas before returning. ECharts reports `finished` in that
			// paint, except after the series were cleared first (an update was still pending
			// during the paint): it then reports it a frame later, with nothing left to draw.
			if (!finished && painted && nothingLeftToDraw(instance)) markFinished();
		},
		stale() {
			box.dataset.chartReady = 'false';
		},
		current() {
			box.dataset.chartReady = String(finished);
		}
	};
}

export function mountChart(
	el: HTMLElement,
	events: ChartEvents = {},
	{ eager = false }: MountOptions = {}
): ChartHandle {
	const instance = echarts.init(el, null, { renderer: 'canvas' });
	const scheduled = pageScheduler().add(
		el,
		readySink(instance, el, () => scheduled.stale),
		{ eager }
	);
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
			scheduled.request(option);
		},
		dispose() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			scheduled.remove();
			instance.dispose();
		}
	};
}
