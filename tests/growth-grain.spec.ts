import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** The cells of a column of the growth table on screen (every row: "show all" when offered). */
async function tableColumn(page: Page, header: RegExp) {
	const table = page.locator('[data-table="growth"]');
	await expect(table).toBeVisible();
	const all = page.locator('[data-view="growth"] button', { hasText: /Show all|Mostra tutt/ });
	if (await all.count()) await all.first().click();
	const headers = await table.locator('thead th').allTextContents();
	const col = headers.findIndex((h) => header.test(h));
	expect(col).toBeGreaterThanOrEqual(0);
	return table.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();
}

test('grain=month shows months on the growth chart and in its table', async ({ page }) => {
	await page.goto('/?partners=KAZ&grain=month');
	const frame = page.locator('[data-view="growth"] [data-grain]');
	await expect(frame).toHaveAttribute('data-grain', 'month');
	// Comext months 2019-01..2024-08: a rate from the first month with a month a year earlier
	await expect(frame).toHaveAttribute('data-periods', '2020-01..2024-08');
	await expect(page.locator('[data-view="growth"]')).toContainText(
		'Change on the same month a year earlier'
	);
	await page.goto('/?partners=KAZ&grain=month&tables=growth');
	const periods = await tableColumn(page, /Period/);
	expect(periods).toContain('2024-03');
	expect(periods.every((p) => /^\d{4}-\d{2}$/.test(p.trim()))).toBe(true);
	await expect(
		page.locator('[data-control="growth-grain"] button[aria-pressed="true"]')
	).toHaveText('Months');
});

test('grain=quarter in Italian: the partial quarter is marked and compared with the same months', async ({
	page
}) => {
	await page.goto('/?lang=it&partners=KAZ&grain=quarter&tables=growth');
	const periods = await tableColumn(page, /Periodo/);
	expect(periods).toContain('2024-Q3');
	const q3 = page.locator('[data-table="growth"] tbody tr', { hasText: '2024-Q3' });
	await expect(q3).toContainText('trimestre parziale: lug–ago 2024');
});

test('the growth grain is disabled with its reason where the data is annual only', async ({
	page
}) => {
	await page.goto('/?partners=TJK');
	const months = page.locator('[data-control="growth-grain"] button', { hasText: 'Months' });
	await expect(months).toBeDisabled();
	await expect(page.locator('[data-growth-grain-reason]')).toContainText('monthly data');
});

test('index and CAGR stay by year, and say so', async ({ page }) => {
	await page.goto('/?partners=KAZ&grain=month&growth=index');
	await expect(page.locator('[data-view="growth"] [data-grain]')).toHaveAttribute(
		'data-grain',
		'year'
	);
	await expect(page.locator('[data-view="growth"]')).toContainText('year-on-year growth only');
});

test('choosing months on the growth view puts the grain in the URL; the embed reproduces it', async ({
	page
}) => {
	await page.goto('/?partners=KAZ,UZB');
	// the page is live (hydrated) once its charts are drawn
	await chartsReady(page);
	await page.locator('[data-control="growth-grain"] button', { hasText: 'Quarters' }).click();
	await expect(page).toHaveURL(/grain=quarter/);
	await expect(page.locator('[data-view="growth"] [data-grain]')).toHaveAttribute(
		'data-grain',
		'quarter'
	);
	await page.goto('/embed/growth?partners=KAZ&grain=month');
	await chartsReady(page);
	await expect(page.locator('[data-grain]')).toHaveAttribute('data-grain', 'month');
	await expect(page.locator('[data-grain]')).toHaveAttribute('data-periods', '2020-01..2024-08');
});
