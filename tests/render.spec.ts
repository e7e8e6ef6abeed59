import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/**
 * The render scheduler (src/lib/charts/echarts/scheduler.ts) on the dashboard: charts out of view
 * wait, are drawn when scrolled to, and a cross-filter click draws only the charts on screen.
 * `data-chart-draws` counts the options a chart has drawn.
 */

interface ChartState {
	name: string;
	/** An ECharts box (not an HTML view such as investment, an empty state or the map's "loading"). */
	echart: boolean;
	ready: boolean;
	draws: number;
	/** How far outside the viewport, in px (0 when on screen). */
	away: number;
}

/** Every `[data-chart]` on the page except the headline (an HTML view, always drawn). */
function chartStates(page: Page): Promise<ChartState[]> {
	return page.evaluate(() =>
		[...document.querySelectorAll<HTMLElement>('[data-chart]:not([data-chart="headline"])')]
			.filter((el) => el.getClientRects().length > 0)
			.map((el) => {
				const r = el.getBoundingClientRect();
				return {
					name: el.dataset.chart ?? '',
					echart: el.classList.contains('echart'),
					ready: el.dataset.chartReady === 'true',
					draws: Number(el.dataset.chartDraws ?? 0),
					away: Math.max(0, r.top - innerHeight, -r.bottom)
				};
			})
	);
}

const byName = (states: ChartState[]) => new Map(states.map((s) => [s.name, s]));

/** Waits until every chart on screen is ready. */
async function onScreenReady(page: Page) {
	await expect
		.poll(async () => (await chartStates(page)).every((c) => c.away > 0 || c.ready))
		.toBe(true);
}

test.use({ viewport: { width: 1280, height: 720 } });

test('charts below the fold wait, and draw when scrolled to', async ({ page }) => {
	await page.goto('/');
	await onScreenReady(page);
	// The page reaches well below the fold (past the scheduler's margin)…
	const cardsFarBelow = await page.evaluate(
		() =>
			[...document.querySelectorAll('[data-view], [data-view-pending]')].filter(
				(el) => el.getBoundingClientRect().top > innerHeight + 400
			).length
	);
	expect(cardsFarBelow).toBeGreaterThan(0);
	// …and no chart there has drawn (a view loaded lazily has no chart yet at all).
	const far = (await chartStates(page)).filter((c) => c.echart && c.away > 400);
	for (const chart of far) expect(chart, chart.name).toMatchObject({ ready: false, draws: 0 });

	// A reader scrolling down with the wheel, looking at each screen: every chart is drawn
	// once, and ready (the map too, its code loaded on the way).
	const atBottom = () =>
		page.evaluate(() => innerHeight + scrollY >= document.documentElement.scrollHeight - 1);
	for (let k = 0; k < 30 && !(await atBottom()); k++) {
		await page.mouse.wheel(0, 400);
		await onScreenReady(page);
	}
	await expect
		.poll(async () =>
			(await chartStates(page)).filter((c) => !c.ready || (c.echart && c.draws !== 1))
		)
		.toEqual([]);
});

test('a cross-filter click draws only the charts on screen; the others when scrolled to', async ({
	page
}) => {
	await page.goto('/');
	await chartsReady(page);
	// The partners chart at the top of the screen, partly scrolled past: the first row of views
	// (volumes, growth) is then well above the viewport, beyond the scheduler's margin.
	await page.evaluate(() => {
		document.querySelector('[data-chart="partners"]')?.scrollIntoView({ block: 'start' });
		scrollBy(0, 150);
	});
	await onScreenReady(page);
	const before = byName(await chartStates(page));

	// The first partner's key button (the keyboard twin of a click on its bar).
	await page.locator('[data-chart="partners"] ~ [role="group"] button').first().click();
	// The clicked chart redraws (the other partners fade), once.
	const partnersBefore = before.get('partners')?.draws ?? 0;
	await expect
		.poll(async () => byName(await chartStates(page)).get('partners')?.draws)
		.toBe(partnersBefore + 1);
	await onScreenReady(page);
	// Give a redraw of the charts out of view (there must be none) time to happen.
	await page.waitForTimeout(300);
	const after = await chartStates(page);
	expect(after.find((c) => c.name === 'partners')?.draws).toBe(partnersBefore + 1);
	// Beyond the scheduler's 200 px margin: not drawn.
	const far = after.filter((c) => c.away > 250);
	expect(far.length).toBeGreaterThan(0);
	for (const chart of far) expect(chart.draws, chart.name).toBe(before.get(chart.name)?.draws);
	// The click changed charts out of view: they wait, not ready.
	const waiting = far.filter((c) => !c.ready);
	expect(waiting.length).toBeGreaterThan(0);

	// Scrolled through: each waiting chart is drawn once more, none more than once per click.
	await chartsReady(page);
	const drawn = byName(await chartStates(page));
	for (const chart of waiting)
		expect(drawn.get(chart.name)?.draws, chart.name).toBe((before.get(chart.name)?.draws ?? 0) + 1);
	for (const [name, chart] of drawn)
		expect(chart.draws - (before.get(name)?.draws ?? 0), name).toBeLessThanOrEqual(1);
});

test('printing draws every chart first', async ({ page }) => {
	await page.goto('/');
	await onScreenReady(page);
	// every view's code loaded (in idle time after the first screen)
	await expect(page.locator('[data-view-pending]')).toHaveCount(0);
	expect((await chartStates(page)).some((c) => !c.ready)).toBe(true);
	await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
	await expect.poll(async () => (await chartStates(page)).filter((c) => !c.ready)).toEqual([]);
});

test('with reduced motion every chart still draws as it scrolls in', async ({ page }) => {
	await page.emulateMedia({ reducedMotion: 'reduce' });
	await page.goto('/');
	await chartsReady(page);
	const notDrawnOnce = (await chartStates(page)).filter(
		(c) => !c.ready || (c.echart && c.draws !== 1)
	);
	expect(notDrawnOnce).toEqual([]);
});
