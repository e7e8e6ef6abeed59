import { describe, expect, it } from 'vitest';
import { nothingLeftToDraw, readySink, replaceOption, type SignalledChart } from './attach';
import { echarts, useSvgRenderer } from './registry';

const stack = (ids: string[]) => ({
	xAxis: { type: 'value' },
	yAxis: { type: 'category', data: ['KAZ'] },
	tooltip: { trigger: 'item' },
	series: ids.map((id) => ({ id, type: 'bar', stack: 'share', data: [1] }))
});

describe('replaceOption', () => {
	it('draws the series in the order of the new option when the list changes', async () => {
		await useSvgRenderer();
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
		try {
			// Another country's sectors: one series id survives (the remainder), the others are new.
			let drawn = replaceOption(chart, stack(['sector-27', 'sector-rest']), null);
			drawn = replaceOption(chart, stack(['sector-84', 'sector-85', 'sector-rest']), drawn);
			const ids = () => (chart.getOption().series as { id: string }[]).map((s) => s.id);
			expect(ids()).toEqual(['sector-84', 'sector-85', 'sector-rest']);
			// The same list again: merged in place, same order.
			replaceOption(chart, stack(['sector-84', 'sector-85', 'sector-rest']), drawn);
			expect(ids()).toEqual(['sector-84', 'sector-85', 'sector-rest']);
		} finally {
			chart.dispose();
		}
	});
});

describe('nothingLeftToDraw', () => {
	it("reads ECharts' own state: true once a static option is drawn", async () => {
		// If an ECharts upgrade renames what this reads, this fails: the charts would then wait
		// for `finished` a frame later (never ready too early), and the check needs updating.
		await useSvgRenderer();
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
		try {
			chart.setOption({ animation: false, ...stack(['a', 'b']) });
			expect(nothingLeftToDraw(chart)).toBe(true);
		} finally {
			chart.dispose();
		}
	});
});

/**
 * An ECharts instance as the ready signal sees it: a non-lazy `setOption` paints (`rendered`) and
 * reports `finished` in that paint unless told otherwise; `left` is drawing still to come.
 */
function fakeChart({ finishedInPaint = true, left = false } = {}) {
	const handlers = new Map<string, () => void>();
	const state = { _scheduler: { unfinished: left }, lazyCalls: 0 };
	const chart = {
		...state,
		on: (name: string, fn: () => void) => void handlers.set(name, fn),
		setOption: (_option: unknown, opts?: { lazyUpdate?: boolean }) => {
			if (opts?.lazyUpdate) return void state.lazyCalls++;
			handlers.get('rendered')?.();
			if (finishedInPaint && !left) handlers.get('finished')?.();
		},
		getZr: () => ({ animation: { isFinished: () => true } })
	};
	const emit = (name: string) => handlers.get(name)?.();
	return { chart: chart as unknown as SignalledChart, state, emit };
}

const bars = (ids: string[]) => ({ series: ids.map((id) => ({ id, type: 'bar', data: [1] })) });

describe('readySink', () => {
	it('is ready once the option is painted, also when the series were cleared first', () => {
		const { chart, state } = fakeChart({ finishedInPaint: false });
		const box = { dataset: {} as DOMStringMap };
		const sink = readySink(chart, box, () => false);
		sink.draw(bars(['sector-27']));
		expect(box.dataset).toEqual({ chartReady: 'true', chartDraws: '1' });
		// Another country's sectors: cleared first (ECharts says `finished` only a frame later).
		sink.draw(bars(['sector-84', 'sector-85']));
		expect(state.lazyCalls).toBe(1);
		expect(box.dataset).toEqual({ chartReady: 'true', chartDraws: '2' });
	});

	it('waits for `finished` while ECharts has drawing left (progressive rendering)', () => {
		const { chart, emit } = fakeChart({ left: true });
		const box = { dataset: {} as DOMStringMap };
		readySink(chart, box, () => false).draw(bars(['a']));
		expect(box.dataset.chartReady).toBe('false');
		emit('finished');
		expect(box.dataset.chartReady).toBe('true');
	});

	it('is not ready while a newer option waits, and ready again when it is dropped', () => {
		const { chart, emit } = fakeChart();
		const box = { dataset: {} as DOMStringMap };
		let stale = false;
		const sink = readySink(chart, box, () => stale);
		sink.draw(bars(['a']));
		stale = true;
		sink.stale();
		emit('finished');
		expect(box.dataset.chartReady).toBe('false');
		stale = false;
		sink.current();
		expect(box.dataset.chartReady).toBe('true');
	});
});
