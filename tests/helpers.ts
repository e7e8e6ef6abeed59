import { expect, type Page } from '@playwright/test';

/**
 * Waits until every chart on the page reports ECharts' `finished` (no fixed sleeps). Charts out
 * of view draw only when they scroll into view (src/lib/charts/echarts/scheduler.ts), and views
 * below the fold load their code as they come into view (src/lib/views/LazyView.svelte), so each
 * one still waiting is scrolled to, as a reader scrolling down would, views first; the scroll
 * position is restored once everything is drawn (not between rounds: a view that loads changes
 * the page's height, and restoring in between sent each round back to charts not yet drawn). A
 * chart with no box on the page (inside a hidden element) is not waited for.
 */
export async function chartsReady(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(async () => {
					const w = window as unknown as { __chartsReadyFrom?: [number, number] };
					w.__chartsReadyFrom ??= [scrollX, scrollY];
					const charts = [...document.querySelectorAll('[data-chart]')].filter(
						(c) => c.getClientRects().length > 0
					);
					const waiting = [
						...document.querySelectorAll('[data-view-pending]'),
						...charts.filter((c) => c.getAttribute('data-chart-ready') !== 'true')
					];
					if (charts.length > 0 && waiting.length === 0) {
						scrollTo(...w.__chartsReadyFrom);
						delete w.__chartsReadyFrom;
						return true;
					}
					const frame = () => new Promise((ok) => requestAnimationFrame(ok));
					for (const el of waiting) {
						el.scrollIntoView({ block: 'center' });
						// The observer reports after the next frame; the chart draws in its callback.
						await frame();
						await frame();
					}
					return false;
				}),
			{ timeout: 50_000 }
		)
		.toBe(true);
}
