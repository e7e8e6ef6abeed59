import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** The period cells of the volumes table on screen (every row: "show all" when offered). */
async function tablePeriods(page: Page) {
	const table = page.locator('[data-table="volumes"]');
	await expect(table).toBeVisible();
	const all = page.locator('[data-view="volumes"] button', { hasText: /Show all|Mostra tutt/ });
	if (await all.count()) await all.first().click();
	const header = await table.locator('thead th').allTextContents();
	const col = header.findIndex((h) => /Period|Periodo/.test(h));
	expect(col).toBeGreaterThanOrEqual(0);
	return table.locator(`tbody tr td:nth-child(${col + 1})`).allTextContents();
}

test('grain=month shows months on the volumes chart and in its table', async ({ page }) => {
	await page.goto('/?partners=KAZ&grain=month');
	const frame = page.locator('[data-view="volumes"] [data-grain]');
	await expect(frame).toHaveAttribute('data-grain', 'month');
	// Comext months of Italian exports to Kazakhstan (data/trade.csv)
	await expect(frame).toHaveAttribute('data-periods', '2019-01..2024-08');
	// the same view as a table: one row per month
	await page.goto('/?partners=KAZ&grain=month&tables=volumes');
	const periods = await tablePeriods(page);
	expect(periods).toContain('2024-03');
	expect(periods.every((p) => /^\d{4}-\d{2}$/.test(p.trim()))).toBe(true);
	await expect(page.locator('[data-control="grain"] button[aria-pressed="true"]')).toHaveText(
		'Months'
	);
});

test('grain=quarter shows quarters, the partial one marked', async ({ page }) => {
	await page.goto('/?lang=it&partners=KAZ&grain=quarter');
	await expect(page.locator('[data-view="volumes"] [data-grain]')).toHaveAttribute(
		'data-periods',
		'2019-Q1..2024-Q3'
	);
	await page.goto('/?lang=it&partners=KAZ&grain=quarter&tables=volumes');
	const periods = await tablePeriods(page);
	expect(periods).toContain('2024-Q3');
	const q3 = page.locator('[data-table="volumes"] tbody tr', { hasText: '2024-Q3' });
	await expect(q3).toContainText('trimestre parziale');
});

test('the grain control is disabled with its reason where the data is annual only', async ({
	page
}) => {
	await page.goto('/?partners=TJK');
	const months = page.locator('[data-control="grain"] button', { hasText: 'Months' });
	await expect(months).toBeDisabled();
	await expect(page.locator('[data-grain-reason]')).toContainText('monthly data');
});

test('choosing months and quarters puts the grain in the URL', async ({ page }) => {
	await page.goto('/?partners=KAZ,UZB');
	await page.locator('[data-control="grain"] button', { hasText: 'Quarters' }).click();
	await expect(page).toHaveURL(/grain=quarter/);
	await expect(page.locator('[data-view="volumes"] [data-grain]')).toHaveAttribute(
		'data-grain',
		'quarter'
	);
});

test('the embed reproduces the grain', async ({ page }) => {
	await page.goto('/embed/volumes?partners=KAZ&grain=month');
	await chartsReady(page);
	await expect(page.locator('[data-grain]')).toHaveAttribute('data-grain', 'month');
	await expect(page.locator('[data-grain]')).toHaveAttribute('data-periods', '2019-01..2024-08');
});

test('the log toggle changes the value axis, and says what it cannot draw', async ({ page }) => {
	await page.goto('/?partners=KAZ,UZB,KGZ,RUS&flow=balance');
	await chartsReady(page);
	const chart = page.locator('[data-chart="volumes"]');
	await chart.scrollIntoViewIfNeeded();
	const before = await chart.screenshot();
	await page.locator('[data-control="scale"] button', { hasText: 'Log' }).click();
	await expect(page).toHaveURL(/scale=log/);
	await expect(page.locator('[data-view="volumes"] [data-scale]')).toHaveAttribute(
		'data-scale',
		'log'
	);
	await chartsReady(page);
	// negative balances are gaps on a log axis, said in a note, still in the table
	await expect(page.locator('[data-view="volumes"]')).toContainText(
		'cannot be drawn on a log scale'
	);
	const after = await chart.screenshot();
	expect(after.equals(before)).toBe(false);
});
