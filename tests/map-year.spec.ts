/**
 * The map's year slider (issue 14): it picks the year the map shows, through the URL, so a reload
 * (a link, an embed) reproduces it; a partial year is said as such, a country without a figure
 * that year is "no data", never zero; the slider is labelled in both languages and works from
 * the keyboard.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

async function openMap(page: Page, query: string) {
	await page.goto(`/${query}`);
	const card = page.locator('[data-view="map"]');
	await card.scrollIntoViewIfNeeded();
	await chartsReady(page);
	return card;
}

/** The map's legend keys (each country's shade and value), as read. */
const keys = (page: Page) =>
	page.locator('[data-view="map"] button[aria-pressed]').filter({ hasText: ':' }).allTextContents();

test('the slider picks the map’s year, in the URL; the keyboard moves it; a reload keeps it', async ({
	page
}, info) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	const card = await openMap(page, '');
	const slider = card.getByRole('slider', { name: 'Year shown' });
	await expect(slider).toBeVisible();
	await expect(card.locator('[data-map-year-label]')).toHaveText('each country’s latest year');
	const canvas = card.locator('[data-chart="map"] canvas').first();
	const before = await canvas.screenshot();
	const keysBefore = await keys(page);

	await slider.fill('2019');
	await expect(page).toHaveURL(/[?&]mapyear=2019(&|$)/);
	await expect(card.locator('[data-map-year-label]')).toHaveText('2019');
	await chartsReady(page);
	await expect.poll(() => keys(page)).not.toEqual(keysBefore);
	// every country has 2019: the subtitle says the year, the keys give the 2019 figures
	await expect(card).toContainText('Italian exports, 2019');
	// the shading is the 2019 figures'
	await expect.poll(async () => (await canvas.screenshot()).equals(before)).toBe(false);

	// keyboard: one step right is the next year
	await slider.focus();
	await page.keyboard.press('ArrowRight');
	await expect(page).toHaveURL(/[?&]mapyear=2020(&|$)/);

	// the last year, partial: marked with its months; a country without a figure: no data
	await page.keyboard.press('End');
	await expect(page).toHaveURL(/[?&]mapyear=2024(&|$)/);
	const partial = (await keys(page)).join(' | ');
	await expect(card).toContainText('Italian exports, Jan–Aug 2024, EUR');
	expect(partial).toMatch(/Kazakhstan: €/);
	expect(partial).toMatch(/Turkmenistan: no data/);
	expect(partial).not.toMatch(/Turkmenistan: €0/);
	await card.screenshot({ path: info.outputPath('map-2024-en.png') });

	// a reload (a shared link) shows the same year, slider and keys
	await page.reload();
	await chartsReady(page);
	await expect(page.getByRole('slider', { name: 'Year shown' })).toHaveValue('2024');
	expect((await keys(page)).join(' | ')).toBe(partial);

	// the table and the embed show the same year
	await page.goto('/?mapyear=2019&tables=map');
	await expect(page.locator('[data-table="map"]')).toContainText('2019');
	await page.goto('/embed/map?mapyear=2024');
	await chartsReady(page);
	await expect(page.locator('body')).toContainText('Jan–Aug 2024');

	// back to each country's latest year
	const again = await openMap(page, '?mapyear=2019');
	await again.getByRole('button', { name: 'Latest year per country' }).click();
	await expect(page).not.toHaveURL(/mapyear=/);
	await expect(again.locator('[data-map-year-label]')).toHaveText('each country’s latest year');
});

test('the slider in Italian', async ({ page }, info) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	const card = await openMap(page, '?lang=it&mapyear=2024');
	await expect(card.getByRole('slider', { name: 'Anno mostrato' })).toHaveValue('2024');
	expect((await keys(page)).join(' | ')).toMatch(/Turkmenistan: nessun dato/i);
	await expect(card).toContainText('Esportazioni italiane, gen–ago 2024');
	await card.screenshot({ path: info.outputPath('map-2024-it.png') });
});
