import { expect, test, type Page } from '@playwright/test';
import { dashboardViews, VIEW_NAMES } from '../src/lib/views/registry';
import { chartsReady } from './helpers';

/**
 * A lighter first page (issue 13): the dashboard's first screen loads only its own views' code;
 * every other view is a chunk of its own that loads as it comes into view or in idle time
 * (src/lib/views/components.ts, LazyView.svelte, approach.ts), and is then drawn with its figures.
 */

/** The views outside the first screen (the registry's `top` place). */
const LATER = VIEW_NAMES.filter((name) => !dashboardViews('top').includes(name));

/** Strings found only in one view's compiled component (its template attributes). */
const BELOW_THE_FOLD: Record<string, string> = {
	volumes: 'data-grain-reason',
	growth: 'data-growth-grain-reason',
	sectors: 'data-named',
	products: 'data-products-state'
};

/** The scripts the page requested before its first screen was drawn (the page's own mark). */
async function firstScreenScripts(page: Page): Promise<string[]> {
	await page.waitForFunction(
		() => performance.getEntriesByName('ica:first-screen-drawn').length > 0
	);
	return page.evaluate(() => {
		const mark = performance.getEntriesByName('ica:first-screen-drawn')[0]?.startTime ?? 0;
		return performance
			.getEntriesByType('resource')
			.filter((e) => e.startTime <= mark && /\.m?js$/.test(new URL(e.name).pathname))
			.map((e) => new URL(e.name).pathname);
	});
}

test('the first screen loads no code of the views below it', async ({ page, request }) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	await page.goto('/');
	const scripts = await firstScreenScripts(page);
	expect(scripts.length).toBeGreaterThan(0);
	const code = await Promise.all(scripts.map(async (p) => (await request.get(p)).text()));
	for (const [view, marker] of Object.entries(BELOW_THE_FOLD)) {
		expect(
			code.some((c) => c.includes(marker)),
			view
		).toBe(false);
	}
	// …and they load without a scroll or a click, then draw when scrolled to.
	await expect(page.locator('[data-view-pending]')).toHaveCount(0);
	await expect(page.locator('[data-view="products"] [data-products-state]')).toBeAttached();
});

for (const lang of ['en', 'it'] as const) {
	test(`scrolled to the bottom, every view is drawn with its figures (${lang})`, async ({
		page
	}) => {
		await page.goto(lang === 'it' ? '/?lang=it' : '/');
		// every view loads in idle time, with no scroll
		await expect(page.locator('[data-view-pending]')).toHaveCount(0);
		await chartsReady(page);
		await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
		await chartsReady(page);
		for (const name of LATER) {
			const view = page.locator(`[data-view="${name}"]`);
			await expect(view, name).toHaveCount(1);
			await expect(view.locator('[data-chart]').first(), name).toHaveAttribute(
				'data-chart-ready',
				'true'
			);
			// a source line under every view: its figures come from somewhere
			await expect(view.locator('[data-source]').first(), name).not.toBeEmpty();
		}
		// the views that loaded later speak the page's language
		const title = page.locator('[data-view="investment"] h2');
		await expect(title).toHaveText(lang === 'it' ? /Investimenti/ : /investment/);
	});
}

test('switching to Italian after the first load shows the later views in Italian', async ({
	page
}) => {
	await page.goto('/');
	await chartsReady(page);
	await page.getByRole('link', { name: 'Italiano' }).click();
	await expect(page).toHaveURL(/lang=it/);
	await chartsReady(page);
	await expect(page.locator('[data-view="investment"] h2')).toHaveText(/Investimenti/);
	await expect(page.locator('[data-view="products"] h2')).toHaveText(/Prodotti/);
});
