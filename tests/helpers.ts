import { expect, type Page } from '@playwright/test';

/**
 * Waits until every chart on the page reports ECharts' `finished` (no fixed sleeps). Charts out
 * of view draw only when they scroll into view (src/lib/charts/echarts/scheduler.ts), so each
 * one still waiting is scrolled to, as a reader scrolling down would; the scroll position is
 * then restored; so is each view still loading its code. A chart with no box on the page (inside
 * a hidden element) is not waited for.
 */
export async function chartsReady(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const charts = [...document.querySelectorAll('[data-chart]')].filter(
						(c) => c.getClientRects().length > 0
					);
					// A view below the fold loads as it comes into view (src/lib/views/LazyView.svelte).
					const waiting = [
						...document.querySelectorAll('[data-view-pending]'),
						...charts.filter((c) => c.getAttribute('data-chart-ready') !== 'true')
					];
					if (charts.length > 0 && waiting.length === 0) return true;
					const frame = () => new Promise((ok) => requestAnimationFrame(ok));
					const [x, y] = [scrollX, scrollY];
					for (const chart of waiting) {
						chart.scrollIntoView({ block: 'center' });
						// The observer reports after the next frame; the chart draws in its callback.
						await frame();
						await frame();
					}
					scrollTo(x, y);
					return false;
				}),
			{ timeout: 30_000 }
		)
		.toBe(true);
}
