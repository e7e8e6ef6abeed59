/**
 * When a view below the dashboard's first screen is wanted: as soon as it enters the viewport,
 * or in idle time once the charts of the first screen are drawn (so that its code never
 * competes with them and is there before the user scrolls or prints). Never on a click.
 */

/** How long the first screen may take before the other views load anyway. */
const SETTLE_LIMIT_MS = 5000;
const POLL_MS = 50;
/** The performance mark set when the first screen is drawn, before any other view loads. */
export const FIRST_SCREEN_MARK = 'ica:first-screen-drawn';

function inViewport(el: Element): boolean {
	const r = el.getBoundingClientRect();
	return r.height > 0 && r.bottom > 0 && r.top < innerHeight;
}

let settled: Promise<void> | null = null;

/**
 * Resolves once every view in the viewport has loaded and every chart there has been drawn
 * (`data-chart-ready`), once a page.
 */
export function firstScreenDrawn(): Promise<void> {
	settled ??= new Promise((resolve) => {
		const start = performance.now();
		const check = () => {
			const charts = [...document.querySelectorAll('[data-chart]')].filter(inViewport);
			const waiting = [...document.querySelectorAll('[data-view-pending]')].some(inViewport);
			const drawn = !waiting && charts.every((c) => c.getAttribute('data-chart-ready') === 'true');
			if (drawn || performance.now() - start > SETTLE_LIMIT_MS) {
				// The benchmark counts the first view's JavaScript up to this mark (bench/run.mjs, M6).
				performance.mark(FIRST_SCREEN_MARK);
				resolve();
			} else setTimeout(check, POLL_MS);
		};
		check();
	});
	return settled;
}

function idle(): Promise<void> {
	return new Promise((resolve) => {
		if (typeof requestIdleCallback === 'function')
			requestIdleCallback(() => resolve(), { timeout: 1000 });
		else setTimeout(resolve, 100);
	});
}

/** The views waiting for idle time take turns, one idle period each, in the order they asked. */
let turns: Promise<void> | null = null;
function idleTurn(): Promise<void> {
	turns = (turns ?? firstScreenDrawn()).then(idle);
	return turns;
}

/** Resolves when `el` enters the viewport (or at once without an IntersectionObserver). */
function entering(el: Element, signal: AbortSignal): Promise<void> {
	if (typeof IntersectionObserver !== 'function') return Promise.resolve();
	return new Promise((resolve) => {
		const observer = new IntersectionObserver((entries) => {
			if (entries.some((e) => e.isIntersecting)) {
				observer.disconnect();
				resolve();
			}
		});
		observer.observe(el);
		signal.addEventListener('abort', () => observer.disconnect());
	});
}

/** Resolves when the view in `el` is wanted (see above); `signal` stops watching. */
export function wanted(el: Element, signal: AbortSignal): Promise<void> {
	const printing = new Promise<void>((resolve) => {
		addEventListener('beforeprint', () => resolve(), { once: true, signal });
	});
	return Promise.race([entering(el, signal), idleTurn(), printing]);
}
