import { describe, expect, it } from 'vitest';
import {
	RenderScheduler,
	type ChartSink,
	type VisibilityEntry,
	type VisibilityObserver
} from './scheduler';

/** A requestAnimationFrame that runs only when the test says a frame has come. */
class FakeFrames {
	callbacks: (() => void)[] = [];
	request = (callback: () => void) => this.callbacks.push(callback);
	frame() {
		const due = this.callbacks;
		this.callbacks = [];
		for (const callback of due) callback();
	}
}

/** An IntersectionObserver whose reports the test sends. */
class FakeObserver implements VisibilityObserver {
	observed = new Set<Element>();
	constructor(private callback: (entries: readonly VisibilityEntry[]) => void) {}
	observe(el: Element) {
		this.observed.add(el);
	}
	unobserve(el: Element) {
		this.observed.delete(el);
	}
	report(...entries: [Element, boolean][]) {
		this.callback(entries.map(([target, isIntersecting]) => ({ target, isIntersecting })));
	}
}

/** A chart that records what it was told, in order. */
function recordingSink() {
	const log: string[] = [];
	const drawn: unknown[] = [];
	const sink: ChartSink<unknown> = {
		draw: (option) => {
			drawn.push(option);
			log.push('draw');
		},
		stale: () => log.push('stale'),
		current: () => log.push('current')
	};
	return { sink, log, drawn };
}

function setup() {
	const frames = new FakeFrames();
	let observer: FakeObserver | null = null;
	/** Charts in the observer's margin but not on screen. */
	const inMargin = new Set<Element>();
	const scheduler = new RenderScheduler({
		clock: frames,
		observer: (callback) => (observer = new FakeObserver(callback)),
		onScreen: (el) => !inMargin.has(el)
	});
	const chart = (eager = false) => {
		const el = { id: Math.random() } as unknown as Element;
		const rec = recordingSink();
		return { el, ...rec, handle: scheduler.add(el, rec.sink, { eager }) };
	};
	return { frames, observer: observer as unknown as FakeObserver, scheduler, chart, inMargin };
}

const euros = (v: number) => `${v} €`;
const bars = (values: number[], formatter = euros) => ({
	xAxis: { type: 'category', data: values.map((_, i) => `y${i}`) },
	tooltip: { formatter },
	series: [{ id: 'a', type: 'bar', data: values.map((value) => ({ value })) }]
});

describe('RenderScheduler', () => {
	it('skips an option structurally equal to the one drawn, new closures included', () => {
		const { frames, observer, chart } = setup();
		const c = chart();
		observer.report([c.el, true]);
		c.handle.request(bars([1, 2, 3]));
		frames.frame();
		expect(c.drawn).toHaveLength(1);
		// Rebuilt from the same figures: new objects, new formatter closure, same chart.
		c.handle.request(bars([1, 2, 3], (v) => `${v} €`));
		frames.frame();
		expect(c.drawn).toHaveLength(1);
		expect(c.handle.stale).toBe(false);
		// One figure differs: drawn.
		c.handle.request(bars([1, 2, 4]));
		frames.frame();
		expect(c.drawn).toHaveLength(2);
		expect(c.drawn[1]).toEqual(bars([1, 2, 4]));
	});

	it('a chart out of view is marked stale and drawn when it scrolls into view', () => {
		const { frames, observer, chart } = setup();
		const seen = chart();
		const below = chart();
		observer.report([seen.el, true], [below.el, false]);
		seen.handle.request(bars([1]));
		below.handle.request(bars([2]));
		frames.frame();
		expect(seen.drawn).toEqual([bars([1])]);
		expect(below.drawn).toEqual([]);
		expect(below.log).toEqual(['stale']);
		expect(below.handle.stale).toBe(true);
		// Two more updates while out of view: only the last is drawn, once, on the way in.
		below.handle.request(bars([3]));
		below.handle.request(bars([4]));
		frames.frame();
		expect(below.drawn).toEqual([]);
		observer.report([below.el, true]);
		expect(below.drawn).toEqual([bars([4])]);
		expect(below.handle.stale).toBe(false);
		// Scrolled out and in again with nothing new: no redraw.
		observer.report([below.el, false]);
		observer.report([below.el, true]);
		expect(below.drawn).toHaveLength(1);
	});

	it('draws every update of one click in one animation frame, the last option of each chart', () => {
		const { frames, observer, chart } = setup();
		const charts = [chart(), chart(), chart()];
		observer.report(...charts.map((c): [Element, boolean] => [c.el, true]));
		charts.forEach((c, i) => c.handle.request(bars([i])));
		charts[0]!.handle.request(bars([10]));
		// Nothing drawn before the frame, one frame requested for all of them.
		expect(charts.flatMap((c) => c.drawn)).toEqual([]);
		expect(frames.callbacks).toHaveLength(1);
		frames.frame();
		expect(charts.map((c) => c.drawn)).toEqual([[bars([10])], [bars([1])], [bars([2])]]);
		expect(frames.callbacks).toHaveLength(0);
	});

	it('charts in the margin draw two frames after the charts on screen', () => {
		const { frames, observer, chart, inMargin } = setup();
		const seen = chart();
		const near = chart();
		inMargin.add(near.el);
		observer.report([seen.el, true], [near.el, true]);
		seen.handle.request(bars([1]));
		near.handle.request(bars([2]));
		frames.frame();
		expect(seen.drawn).toHaveLength(1);
		expect(near.drawn).toHaveLength(0);
		frames.frame();
		expect(near.drawn).toHaveLength(0);
		frames.frame();
		expect(near.drawn).toEqual([bars([2])]);
	});

	it('a chart that leaves the viewport before its frame stays stale', () => {
		const { frames, observer, chart } = setup();
		const c = chart();
		observer.report([c.el, true]);
		c.handle.request(bars([1]));
		observer.report([c.el, false]);
		frames.frame();
		expect(c.drawn).toEqual([]);
		expect(c.handle.stale).toBe(true);
	});

	it('an option back to the one drawn cancels the waiting one: current, nothing drawn', () => {
		const { frames, observer, chart } = setup();
		const c = chart();
		observer.report([c.el, true]);
		c.handle.request(bars([1]));
		frames.frame();
		observer.report([c.el, false]);
		c.handle.request(bars([2]));
		c.handle.request(bars([1]));
		expect(c.log).toEqual(['stale', 'draw', 'stale', 'current']);
		expect(c.handle.stale).toBe(false);
		observer.report([c.el, true]);
		expect(c.drawn).toHaveLength(1);
	});
});

describe('RenderScheduler: exports, embeds and charts not yet observed', () => {
	it('flush draws a stale chart at once (exports), print every one and every update', () => {
		const { observer, scheduler, chart } = setup();
		const a = chart();
		const b = chart();
		observer.report([a.el, false], [b.el, false]);
		a.handle.request(bars([1]));
		b.handle.request(bars([2]));
		expect(scheduler.flushElement(a.el)).toBe(true);
		expect(a.drawn).toEqual([bars([1])]);
		expect(b.drawn).toEqual([]);
		scheduler.print();
		expect(b.drawn).toEqual([bars([2])]);
		expect(scheduler.flushElement({} as Element)).toBe(false);
		// While printing, a chart mounted or updated out of view draws at once, without a frame.
		const late = chart();
		late.handle.request(bars([3]));
		expect(late.drawn).toEqual([bars([3])]);
		scheduler.print(false);
		late.handle.request(bars([4]));
		expect(late.drawn).toHaveLength(1);
	});

	it('eager charts (embeds, slides) draw in the next frame wherever they are', () => {
		const { frames, observer, chart } = setup();
		const c = chart(true);
		observer.report([c.el, false]);
		c.handle.request(bars([1]));
		frames.frame();
		expect(c.drawn).toEqual([bars([1])]);
	});

	it('a chart not yet reported on waits for the observer; a removed chart is forgotten', () => {
		const { frames, observer, chart } = setup();
		const c = chart();
		c.handle.request(bars([1]));
		frames.frame();
		expect(c.drawn).toEqual([]);
		observer.report([c.el, true]);
		expect(c.drawn).toEqual([bars([1])]);
		c.handle.request(bars([2]));
		c.handle.remove();
		frames.frame();
		observer.report([c.el, true]);
		expect(c.drawn).toHaveLength(1);
		expect(observer.observed.has(c.el)).toBe(false);
	});

	it('without IntersectionObserver every chart counts as visible', () => {
		const frames = new FakeFrames();
		const scheduler = new RenderScheduler({ clock: frames, observer: () => null });
		const rec = recordingSink();
		const handle = scheduler.add({} as Element, rec.sink);
		handle.request(bars([1]));
		frames.frame();
		expect(rec.drawn).toEqual([bars([1])]);
	});
});
