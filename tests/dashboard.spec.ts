import { expect, test } from '@playwright/test';
import { chartsReady } from './helpers';

const VIEWS = ['headline', 'volumes', 'growth', 'partners', 'sectors'];

test('every view renders from the bundled data, with source, reporter and currency', async ({
	page
}) => {
	await page.goto('/');
	await chartsReady(page);
	for (const name of VIEWS) {
		await expect(page.locator(`[data-chart="${name}"]`)).toHaveAttribute(
			'data-chart-ready',
			'true'
		);
	}
	const volumes = page.locator('[data-view="volumes"]');
	await expect(volumes.locator('[data-source]')).toContainText('Eurostat Comext');
	await expect(volumes).toContainText('EUR');
	await expect(volumes).toContainText('reported by Italy');
});

test('a headline figure for fewer countries than its heading says which ones', async ({ page }) => {
	// In 2023 Italy's imports are in the bundled data for Kyrgyzstan only (Comext extract).
	await page.goto('/?partners=KAZ,KGZ');
	await chartsReady(page);
	const row = page.locator('[data-chart="headline"] [data-year="2023"]');
	await expect(row.locator('[data-measure="turnover"] .scope')).toHaveText('Kyrgyzstan only');
	await expect(row.locator('[data-measure="exports"] .scope')).toHaveCount(0);
});

test('a click on a country in the comparison filters the other views and the URL', async ({
	page
}) => {
	await page.goto('/');
	await chartsReady(page);
	await page.locator('[data-view="partners"]').getByRole('button', { name: 'Kyrgyzstan' }).click();
	await expect(page).toHaveURL(/focus=KGZ/);
	await chartsReady(page);
	await expect(page.locator('[data-active-filters="1"]')).toContainText('Kyrgyzstan');
	// The time view now shows Kyrgyzstan only; the comparison still shows every country.
	await page.locator('[data-view="volumes"]').getByRole('button', { name: 'Table' }).click();
	const volumesTable = page.locator('[data-table="volumes"]');
	await expect(volumesTable).toContainText('Kyrgyzstan');
	await expect(volumesTable).not.toContainText('Kazakhstan');
	await expect(
		page.locator('[data-view="partners"]').getByRole('button', { name: 'Kazakhstan' })
	).toBeVisible();
	// Esc clears the filter.
	await page.keyboard.press('Escape');
	await expect(page).not.toHaveURL(/focus=/);
});

test('reload and Back reproduce the view from the URL', async ({ page }) => {
	await page.goto('/?flow=import&currency=USD');
	await chartsReady(page);
	await expect(page.locator('select[name="flow"]')).toHaveValue('import');
	await page.locator('select[name="reporter"]').selectOption('partner');
	await expect(page).toHaveURL(/reporter=partner/);
	await page.reload();
	await chartsReady(page);
	await expect(page.locator('select[name="reporter"]')).toHaveValue('partner');
	await expect(page.locator('select[name="currency"]')).toHaveValue('USD');
	await page.goBack();
	await expect(page.locator('select[name="reporter"]')).toHaveValue('ITA');
});

test('the language switch changes labels and number formats', async ({ page }) => {
	await page.goto('/?partners=KGZ');
	await chartsReady(page);
	const exportsFigure = page
		.locator('[data-chart="headline"] [data-measure="exports"] .value')
		.first();
	await expect(exportsFigure).toHaveText(/^€\d+\.\d+m$/);
	await page.locator('[data-lang-switch]').click();
	await expect(page).toHaveURL(/lang=it/);
	await chartsReady(page);
	await expect(page.getByRole('heading', { level: 2, name: 'Andamento nel tempo' })).toBeVisible();
	await expect(exportsFigure).toHaveText(/^\d+,\d+\smln\s€$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	// What a screen reader announces for a chart follows the language too (ECharts' own English
	// description must not replace it).
	await expect(page.locator('[data-chart="volumes"]')).toHaveAttribute(
		'aria-label',
		/^Andamento nel tempo/
	);
});

test('Kyrgyzstan in Italian shows the ninefold rise of Italian exports 2021→2023', async ({
	page
}) => {
	await page.goto('/?lang=it&partners=KGZ&flow=export');
	await chartsReady(page);
	await expect(page.getByText('Kirghizistan').first()).toBeVisible();
	await page.locator('[data-view="volumes"]').getByRole('button', { name: 'Tabella' }).click();
	const table = page.locator('[data-table="volumes"]');
	// Comext monthly sums: 22,529,346 € in 2021 and 213,708,652 € in 2023.
	await expect(table.locator('tr', { hasText: /^Kirghizistan2021/ })).toContainText('22.529.346');
	await expect(table.locator('tr', { hasText: /^Kirghizistan2023/ })).toContainText('213.708.652');
});

test('a partial year is labelled and compared with the same months', async ({ page }) => {
	await page.goto('/?partners=KAZ');
	await chartsReady(page);
	const partial = page.locator('[data-chart="headline"] [data-partial="true"]');
	await expect(partial).toContainText('Jan–Aug 2024');
	await expect(partial).toContainText('partial');
	await expect(partial).toContainText('on Jan–Aug 2023');
});

test('unknown URL values fall back with a notice instead of crashing', async ({ page }) => {
	await page.goto('/?flow=bogus&partners=XXX&from=abc');
	await chartsReady(page);
	await expect(page.locator('[data-url-notice]')).toBeVisible();
	await expect(page.locator('select[name="flow"]')).toHaveValue('export');
});
