import { expect, test } from '@playwright/test';
import { chartsReady } from './helpers';

test('pin views, present them, move with the keyboard, Esc back to the dashboard', async ({
	page
}) => {
	await page.goto('/?partners=KAZ,UZB,KGZ');
	await chartsReady(page);
	await expect(page.locator('[data-deck]')).toHaveCount(0);

	await page.locator('[data-pin="volumes"]').click();
	await expect(page).toHaveURL(/deck=volumes!partners\.KAZ,UZB,KGZ$/);
	await expect(page.locator('[data-deck]')).toContainText('Deck (1)');
	// the deck survives other changes of the view
	await page.getByLabel('Measure').selectOption('import');
	await expect(page).toHaveURL(/flow=import.*deck=/);
	await page.locator('[data-pin="partners"]').click();
	await expect(page.locator('[data-deck]')).toContainText('Deck (2)');
	await expect(page).toHaveURL(
		/deck=volumes!partners\.KAZ,UZB,KGZ~partners!partners\.KAZ,UZB,KGZ!flow\.import$/
	);

	await page.locator('[data-present-link]').click();
	await expect(page).toHaveURL(
		/\/present\?slides=volumes!partners\.KAZ,UZB,KGZ~partners!partners\.KAZ,UZB,KGZ!flow\.import$/
	);
	await chartsReady(page);
	const counter = page.locator('[data-counter]');
	await expect(counter).toHaveText('1 / 2');
	await expect(page.locator('[data-chart="volumes"]')).toBeVisible();
	await expect(page.locator('h2')).toHaveText('Trade over time');

	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('2 / 2');
	await expect(page.locator('[data-chart="partners"]')).toBeVisible();
	await expect(page.locator('.subtitle')).toContainText('Italian imports');
	await expect(page).toHaveURL(/#2$/);
	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('2 / 2');
	await page.keyboard.press('PageUp');
	await expect(counter).toHaveText('1 / 2');
	await page.keyboard.press(' ');
	await expect(counter).toHaveText('2 / 2');
	await page.keyboard.press('ArrowLeft');
	await expect(counter).toHaveText('1 / 2');
	await page.keyboard.press('PageDown');
	await expect(counter).toHaveText('2 / 2');
	await chartsReady(page);

	await page.keyboard.press('Escape');
	// back on the dashboard, on the view of the last slide, with the deck still pinned
	await expect(page).toHaveURL(/\/\?partners=KAZ,UZB,KGZ&flow=import&deck=volumes/);
	await chartsReady(page);
	await expect(page.locator('[data-deck]')).toContainText('Deck (2)');
});

test('a deck is shared by its URL, in the language of the link, from any slide', async ({
	page
}) => {
	await page.goto(
		'/present?slides=growth!growth.cagr!partners.KGZ~partners!partners.KAZ,KGZ&lang=it#2'
	);
	await chartsReady(page);
	await expect(page.locator('[data-counter]')).toHaveText('2 / 2');
	await expect(page.locator('h2')).toHaveText('Confronto tra paesi');
	await expect(page.locator('[data-vintage]')).toContainText('Aggiornamento dei dati');
	await page.keyboard.press('Home');
	await expect(page.locator('h2')).toHaveText('Crescita');
	await expect(page.locator('.subtitle')).toContainText('Tasso di crescita annuo composto');
	await expect(page.getByRole('button', { name: 'Schermo intero' })).toBeVisible();
});

test('slides that cannot be read are left out, and the page says so', async ({ page }) => {
	await page.goto('/present?slides=chart~volumes!flow.nonsense~headline');
	await chartsReady(page);
	await expect(page.locator('[role="status"]').first()).toContainText('not understood');
	await expect(page.locator('[data-counter]')).toHaveText('1 / 2');
	await page.keyboard.press('End');
	await expect(page.locator('[data-chart="headline"]')).toBeVisible();
});

test('an empty deck explains how to pin views', async ({ page }) => {
	await page.goto('/present');
	await expect(page.locator('.empty-deck')).toContainText('Pin to deck');
	await expect(page.locator('[data-counter]')).toHaveText('0 / 0');
});

test('a deck with mirror and map slides moves with the keyboard', async ({ page }) => {
	await page.goto('/present?slides=mirror!flow.import!focus.KAZ~map!partners.KAZ,UZB,KGZ~events');
	await chartsReady(page);
	const counter = page.locator('[data-counter]');
	await expect(counter).toHaveText('1 / 3');
	await expect(page.locator('[data-chart="mirror"] canvas')).toBeVisible();
	await expect(page.locator('h2')).toHaveText('Mirror statistics: two sides of the same trade');
	await expect(page.locator('.subtitle')).toContainText('Italian imports');

	await page.keyboard.press('ArrowRight');
	await expect(counter).toHaveText('2 / 3');
	await expect(page).toHaveURL(/#2$/);
	await chartsReady(page);
	await expect(page.locator('[data-chart="map"] canvas')).toBeVisible();
	await expect(page.locator('h2')).toHaveText('Map');

	await page.keyboard.press('End');
	await expect(counter).toHaveText('3 / 3');
	await chartsReady(page);
	await expect(page.locator('[data-view="events"]')).toBeVisible();
	await page.keyboard.press('PageUp');
	await expect(counter).toHaveText('2 / 3');
	await page.keyboard.press('Home');
	await expect(counter).toHaveText('1 / 3');
	await expect(page.locator('[data-chart="mirror"]')).toBeVisible();

	// Esc leaves to the dashboard on the state of the slide, the deck kept
	await page.keyboard.press('Escape');
	await expect(page).toHaveURL(/\/\?flow=import&focus=KAZ&deck=mirror/);
});
