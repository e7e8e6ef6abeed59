/**
 * The products drill-down (issue 14): a synthetic HS6 upload (every figure made up, labelled
 * synthetic in its source column) draws as a treemap; a click on a chapter filters the other
 * views (`sector=` in the URL); the bundled data, chapters only, says so in one sentence.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/**
 * Italy's exports to Kazakhstan in 2023 in our template: a total of 1000, chapter 27 (700: two
 * subheadings) and chapter 84 (200: two subheadings), 100 not broken down.
 */
const HS6 = [
	'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag',
	...[
		['TOTAL', 1_000_000_000],
		['27', 700_000_000],
		['270900', 500_000_000],
		['271019', 200_000_000],
		['84', 200_000_000],
		['847130', 150_000_000],
		['841810', 50_000_000]
	].map(
		([sector, value]) =>
			`2023,KAZ,export,ITA,${sector},,${value},EUR,Synthetic HS6 test data (not real),synthetic,`
	)
].join('\n');

async function uploadHs6(page: Page) {
	await page.goto('/data');
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
	await page.locator('input[data-picker="files"]').setInputFiles({
		name: 'synthetic-hs6.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(HS6)
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
}

/** Opens the dashboard and waits until the products treemap has drawn. */
async function openProducts(page: Page, query: string) {
	await page.goto(`/${query}`);
	const card = page.locator('[data-view="products"]');
	await card.scrollIntoViewIfNeeded();
	await chartsReady(page);
	await expect(card.locator('[data-chart="products"]')).toHaveAttribute('data-chart-ready', 'true');
	return card;
}

test('a synthetic HS6 upload draws the treemap; a click on a chapter filters the other views', async ({
	page
}, info) => {
	// An upload and three dashboards, each scrolled through to load the views below the fold.
	test.setTimeout(60_000);
	await page.setViewportSize({ width: 1366, height: 900 });
	await uploadHs6(page);
	const card = await openProducts(page, '?partners=KAZ');
	await expect(card.locator('[data-products-state]')).toHaveCount(0);
	await expect(card).toContainText('Kazakhstan, 2023');
	await expect(card).toContainText('Synthetic HS6 test data (not real)');
	await card.screenshot({ path: info.outputPath('products-en.png') });

	// Chapter 27 is 70 % of the total: the left part of the treemap, under its section's title bar.
	const chart = card.locator('[data-chart="products"]');
	const box = (await chart.boundingBox())!;
	await chart.click({ position: { x: box.width * 0.3, y: box.height * 0.55 } });
	await expect(page).toHaveURL(/[?&]sector=27(&|$)/);
	await expect(page.locator('[data-filter="sector"]')).toContainText('Mineral fuels');
	// the products view ignores the sector: still the whole tree, zoomed into the chapter
	await chartsReady(page);
	// zoomed: subheading 270900 (half the total) fills the left; its tooltip says codes have no names
	await chart.hover({ position: { x: box.width * 0.3, y: box.height * 0.55 } });
	await expect(card).toContainText('Code only: the dashboard names HS sections and chapters');
	await card.screenshot({ path: info.outputPath('products-en-zoomed.png') });

	// the table: code, level, name, value and share of the total, in Italian too
	await page.goto('/?partners=KAZ&tables=products&lang=it');
	const table = page.locator('[data-table="products"]');
	await expect(table).toContainText('Totale dichiarato');
	await expect(table).toContainText('sottovoce (6 cifre)');
	await expect(table.locator('tr', { hasText: '270900' })).toContainText('50');
	await expect(table.locator('tr', { hasText: 'Non ripartito' }).first()).toContainText('10');

	const it = await openProducts(page, '?partners=KAZ&lang=it');
	await expect(it).toContainText('Prodotti nel dettaglio');
	await it.screenshot({ path: info.outputPath('products-it.png') });
});

test('with the bundled data (chapters only) the view says so in one sentence', async ({
	page
}, info) => {
	await page.setViewportSize({ width: 1366, height: 900 });
	const card = await openProducts(page, '?partners=KAZ');
	await expect(card.locator('[data-products-state="chapters"]')).toHaveText(
		'Product detail below chapter level is not in the loaded data; upload a Comext CN8 or Comtrade HS6 file.'
	);
	await card.screenshot({ path: info.outputPath('products-chapters-en.png') });
	const it = await openProducts(page, '?partners=KAZ&lang=it');
	await expect(it.locator('[data-products-state="chapters"]')).toContainText(
		'Il dettaglio sotto il capitolo non è nei dati caricati'
	);
	await it.screenshot({ path: info.outputPath('products-chapters-it.png') });
});

test('the products view has an embed', async ({ page }) => {
	await page.goto('/embed/products?partners=KAZ');
	await chartsReady(page);
	await expect(page.locator('[data-chart="products"]')).toHaveAttribute('data-chart-ready', 'true');
});
