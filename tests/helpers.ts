import { expect, type Page } from '@playwright/test';

/** Waits until every chart on the page reports ECharts' `finished` (no fixed sleeps). */
export async function chartsReady(page: Page) {
	await expect
		.poll(
			() =>
				page.evaluate(() => {
					const charts = [...document.querySelectorAll('[data-chart]')];
					return (
						charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-ready') === 'true')
					);
				}),
			{ timeout: 15_000 }
		)
		.toBe(true);
}
