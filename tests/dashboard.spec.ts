import { expect, test } from '@playwright/test';
import { chartsReady } from './helpers';

test('every view renders from the bundled data with its source', async ({ page }) => {
	await page.goto('/');
	await chartsReady(page);
	for (const name of ['headline', 'volumes', 'growth', 'partners', 'sectors']) {
		await expect(page.locator(`[data-chart="${name}"]`)).toHaveAttribute('data-chart-ready', 'true');
	}
	const sources = page.locator('[data-source]');
	await expect(sources.first()).toContainText('Eurostat Comext');
});
