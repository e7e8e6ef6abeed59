/**
 * When charts draw (issue 13, "draw only what is seen, once"). A cross-filter click changes the
 * option of every chart on the dashboard, but only the few on screen need drawing at once:
 *
 * - a chart out of the viewport (plus a margin, so the next one down is ready before it is seen)
 *   is only marked stale, and draws when it scrolls into view (IntersectionObserver);
 * - an option structurally equal to the one drawn (or already waiting) is skipped;
 * - the updates of one click are drawn together in one animation frame: the charts on screen
 *   first, those in the margin two frames later (once the ones on screen are shown).
 *
 * `flush` draws a stale chart at once (exports), `print` every chart (before printing); `eager` charts (embeds, presenter slides)
 * draw in the next frame wherever they are. The class is pure of ECharts and of the DOM: the clock
 * and the observer are passed in, so the rules are unit-tested with fakes.
 */
import { optionsEqual } from './equal';

/** What the scheduler asks of one chart. */
export interface ChartSink<O> {
	/** Draw this option now. */
	draw(option: O): void;
	/** An option is waiting: what is on screen is out of date. */
	stale(): void;
	/** Nothing waits any more: the option drawn last is the current one again. */
	current(): void;
}

export interface FrameClock {
	request(callback: () => void): number;
}

export interface VisibilityEntry {
	target: Element;
	isIntersecting: boolean;
}

export interface VisibilityObserver {
	observe(el: Element): void;
	unobserve(el: Element): void;
}

/** Makes the observer; `null` where there is none (every chart then counts as visible). */
export type ObserverFactory = (
	callback: (entries: readonly VisibilityEntry[]) => void
) => VisibilityObserver | null;

export interface ScheduledChart<O> {
	/** A new option from the component: skipped, queued for the next frame, or left stale. */
	request(option: O): void;
	/** Draws the waiting option now, if any (an export or print needs the chart current). */
	flush(): void;
	/** True while an option waits to be drawn. */
	readonly stale: boolean;
	remove(): void;
}

interface Entry<O> {
	el: Element;
	sink: ChartSink<O>;
	eager: boolean;
	/** null until the observer has reported on this element. */
	visible: boolean | null;
	pending: { option: O } | null;
	drawn: { option: O } | null;
}

export interface SchedulerOptions {
	clock: FrameClock;
	observer: ObserverFactory;
	equal?: (a: unknown, b: unknown) => boolean;
	/** Whether `el` is inside the viewport itself, not only its margin (all are, by default). */
	onScreen?: (el: Element) => boolean;
}

export class RenderScheduler<O = unknown> {
	#entries = new Map<Element, Entry<O>>();
	#queue = new Set<Entry<O>>();
	#frameRequested = false;
	/** Charts in the margin, drawn after those on screen. */
	#near = new Set<Entry<O>>();
	#nearRequested = false;
	#printing = false;
	#clock: FrameClock;
	#observer: VisibilityObserver | null;
	#equal: (a: unknown, b: unknown) => boolean;
	#onScreen: (el: Element) => boolean;

	constructor({ clock, observer, equal = optionsEqual, onScreen = () => true }: SchedulerOptions) {
		this.#clock = clock;
		this.#equal = equal;
		this.#onScreen = onScreen;
		this.#observer = observer((entries) => this.#onVisibility(entries));
	}

	/** Starts scheduling the chart drawn in `el`. */
	add(el: Element, sink: ChartSink<O>, { eager = false } = {}): ScheduledChart<O> {
		const entry: Entry<O> = {
			el,
			sink,
			eager,
			visible: this.#observer ? null : true,
			pending: null,
			drawn: null
		};
		this.#entries.set(el, entry);
		this.#observer?.observe(el);
		return {
			request: (option) => this.#request(entry, option),
			flush: () => this.#flush(entry),
			get stale() {
				return entry.pending !== null;
			},
			remove: () => {
				this.#queue.delete(entry);
				this.#near.delete(entry);
				this.#entries.delete(el);
				this.#observer?.unobserve(el);
			}
		};
	}

	/**
	 * Draws every stale chart now, and while `printing` every update at once wherever the chart
	 * is (a chart mounted while the page prints, e.g. the map once its code has loaded).
	 */
	print(printing = true): void {
		this.#printing = printing;
		if (printing) for (const entry of this.#entries.values()) this.#flush(entry);
	}

	/** Draws the chart in `el` now if it is stale; false when `el` is not a scheduled chart. */
	flushElement(el: Element): boolean {
		const entry = this.#entries.get(el);
		if (entry) this.#flush(entry);
		return entry !== undefined;
	}

	#request(entry: Entry<O>, option: O): void {
		if (entry.pending) {
			if (this.#equal(option, entry.pending.option)) return;
		} else if (entry.drawn && this.#equal(option, entry.drawn.option)) return;
		if (entry.pending && entry.drawn && this.#equal(option, entry.drawn.option)) {
			// Back to what is drawn before the waiting option was: nothing to draw after all.
			entry.pending = null;
			this.#queue.delete(entry);
			this.#near.delete(entry);
			entry.sink.current();
			return;
		}
		const wasStale = entry.pending !== null;
		entry.pending = { option };
		if (!wasStale) entry.sink.stale();
		if (this.#printing) this.#draw(entry);
		else if (entry.eager || entry.visible) this.#enqueue(entry);
	}

	#enqueue(entry: Entry<O>): void {
		this.#queue.add(entry);
		if (this.#frameRequested) return;
		this.#frameRequested = true;
		this.#clock.request(() => this.#drawFrame());
	}

	#drawFrame(): void {
		this.#frameRequested = false;
		const batch = [...this.#queue];
		this.#queue.clear();
		for (const entry of batch) {
			// A chart that left the viewport since it was queued stays stale until it is back.
			if (!(entry.eager || entry.visible)) continue;
			if (entry.eager || this.#onScreen(entry.el)) this.#draw(entry);
			else this.#near.add(entry);
		}
		if (this.#near.size === 0 || this.#nearRequested) return;
		// Two frames on: the charts on screen have been painted and reported `finished`.
		this.#nearRequested = true;
		this.#clock.request(() => this.#clock.request(() => this.#drawNear()));
	}

	#drawNear(): void {
		this.#nearRequested = false;
		const batch = [...this.#near];
		this.#near.clear();
		for (const entry of batch) if (entry.visible) this.#draw(entry);
	}

	#onVisibility(entries: readonly VisibilityEntry[]): void {
		for (const { target, isIntersecting } of entries) {
			const entry = this.#entries.get(target);
			if (!entry) continue;
			entry.visible = isIntersecting;
			// Drawn in this callback, before the frame that shows the chart is painted.
			if (isIntersecting) this.#flush(entry);
		}
	}

	#flush(entry: Entry<O>): void {
		this.#queue.delete(entry);
		this.#near.delete(entry);
		if (entry.pending) this.#draw(entry);
	}

	#draw(entry: Entry<O>): void {
		const pending = entry.pending;
		if (!pending) return;
		entry.pending = null;
		entry.drawn = pending;
		entry.sink.draw(pending.option);
	}
}

/** Charts this close below (or above) the viewport draw as if they were in it. */
export const VIEWPORT_MARGIN = '200px 0px';

let shared: RenderScheduler | null = null;

/** Inside the viewport itself (a forced layout is due anyway: the chart is about to draw). */
function inViewport(el: Element): boolean {
	const r = el.getBoundingClientRect();
	return r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
}

/** The page's scheduler: requestAnimationFrame, one IntersectionObserver, draw all before print. */
export function pageScheduler(): RenderScheduler {
	if (shared) return shared;
	const scheduler = new RenderScheduler({
		clock: { request: (callback) => requestAnimationFrame(callback) },
		onScreen: inViewport,
		observer: (callback) =>
			typeof IntersectionObserver === 'function'
				? new IntersectionObserver(callback, { rootMargin: VIEWPORT_MARGIN })
				: null
	});
	if (typeof addEventListener === 'function') {
		addEventListener('beforeprint', () => scheduler.print());
		addEventListener('afterprint', () => scheduler.print(false));
	}
	shared = scheduler;
	return scheduler;
}
