import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** The volumes chart as drawn: it draws every year and shades the chosen ones. */
async function volumesPicture(page: Page) {
	await chartsReady(page);
	const chart = page.locator('[data-chart="volumes"]');
	await chart.scrollIntoViewIfNeeded();
	// The pointer off the chart: a hover highlight is not a filter.
	await page.mouse.move(0, 0);
	return chart.screenshot({ animations: 'disabled' });
}

test('choosing only "From" filters the views and shades the years from there on', async ({
	page
}) => {
	await page.goto('/');
	const before = await volumesPicture(page);
	const partners = page.locator('[data-view="partners"] header');
	const partnersBefore = await partners.innerText();

	await page.locator('select[name="from"]').selectOption('2020');
	await expect(page).toHaveURL(/[?&]from=2020(&|$)/);
	expect(new URL(page.url()).searchParams.has('to')).toBe(false);

	// The filter is said, and can be removed.
	await expect(page.locator('[data-filter="period"]')).toContainText('2020–');
	// The comparison sums the years from 2020 on.
	await expect(partners).toContainText('2020–');
	expect(await partners.innerText()).not.toBe(partnersBefore);
	// The time chart shades the years from 2020 to its last one.
	await expect.poll(async () => (await volumesPicture(page)).equals(before)).toBe(false);

	// Removing the filter brings the first picture back.
	await page.locator('[data-filter="period"] button').click();
	await expect(page).not.toHaveURL(/from=/);
	// (polled: the redraw may still be animating when the chart first reports ready)
	await expect.poll(async () => (await volumesPicture(page)).equals(before)).toBe(true);
});
