/**
 * Issue 16: figures as published reach the dashboard from the bundled data (real figures, each
 * with its source): January-to-month spans, turnover published as such, growth as published.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

async function open(page: Page, query: string) {
	await page.goto(query);
	await chartsReady(page);
}

const card = (page: Page, measure: string) =>
	page.locator(`[data-chart="headline"] [data-measure="${measure}"]`);

/** The row of a view's table whose period cell reads `period` exactly. */
const rowOf = (page: Page, table: string, period: string) =>
	page
		.locator(`[data-table="${table}"] tr`)
		.filter({ has: page.locator('td, th', { hasText: new RegExp(`^${period}$`) }) });

test('ISTAT’s H1 2023 imports from Uzbekistan show as Jan–Jun 2023, in both languages', async ({
	page
}) => {
	await open(page, '/?partners=UZB&flow=import');
	await expect(card(page, 'imports').first()).toContainText('€43.0m');
	await expect(card(page, 'imports').first()).toContainText('Jan–Jun 2023');
	await open(page, '/?lang=it&partners=UZB&flow=import');
	await expect(card(page, 'imports').first()).toContainText(/43,0\s*mln\s*€/);
	await expect(card(page, 'imports').first()).toContainText(/gen[–-]giu 2023/);
});

test('Kazakh exports to Italy Jan–Aug 2024: +36% as published, since Jan–Aug 2023 is not in the data', async ({
	page
}) => {
	await open(page, '/?partners=KAZ&reporter=partner&currency=USD&flow=import&tables=growth');
	const row = rowOf(page, 'growth', '2024');
	await expect(row).toContainText('+36');
	await expect(row).toContainText('as published by the source');
	await expect(row).toContainText('Jan–Aug 2023');
	await open(
		page,
		'/?lang=it&partners=KAZ&reporter=partner&currency=USD&flow=import&tables=growth'
	);
	await expect(rowOf(page, 'growth', '2024')).toContainText('come pubblicato dalla fonte');
});

test('a turnover published as such shows as turnover, compared with the same months it was published for', async ({
	page
}) => {
	await open(page, '/?partners=KAZ&reporter=partner&currency=USD');
	const turnover = page.locator(
		'[data-chart="headline"] [data-year="2025"] [data-measure="turnover"]'
	);
	// Jan–Aug 2025 (USD 11.3 bn) against Jan–Aug 2024 (USD 13.8 bn), both as Kazakhstan published them.
	await expect(turnover).toContainText('$11.3bn');
	await expect(turnover).toContainText('published as turnover');
	await expect(turnover).toContainText('−18.1% on Jan–Aug 2024');
	// Never added to the flows: the balance of that row has no figure.
	await expect(
		page.locator('[data-chart="headline"] [data-year="2025"] [data-measure="balance"]')
	).not.toContainText('$');
	await open(page, '/?lang=it&partners=KAZ&reporter=partner&currency=USD');
	await expect(
		page.locator('[data-chart="headline"] [data-year="2025"] [data-measure="turnover"]')
	).toContainText('pubblicato come interscambio');
});
