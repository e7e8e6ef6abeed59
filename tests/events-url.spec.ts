import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** Not the event the view picks by default for Kazakhstan (that is the newer Tokayev visit). */
const TAJANI = "Italy's Deputy Prime Minister and Foreign Minister Tajani visits Astana";

/** Picks the Tajani visit in the events view of the dashboard. */
async function pickTajani(page: Page) {
	await page.goto('/?partners=KAZ');
	await chartsReady(page);
	const events = page.locator('[data-view="events"]');
	const byDefault = await events.locator('.current').textContent();
	expect(byDefault).not.toBe(TAJANI);
	await events.getByRole('button', { name: /Tajani/ }).click();
	await expect(page).toHaveURL(/[?&]event=2023-09%7CItaly%27s\+Deputy/);
	await chartsReady(page);
	await expect(events.locator('.current')).toHaveText(TAJANI);
	return events;
}

test('the chosen event is in the link: a reload or a shared link shows it', async ({ page }) => {
	const events = await pickTajani(page);
	// the subtitle (the title line of its pictures) names the event and its date
	await expect(events.locator('.subtitle')).toContainText(
		new RegExp(`${TAJANI} \\((Sep|September) 2023\\)`)
	);
	const link = page.url();

	await page.goto('/');
	await chartsReady(page);
	await expect(page.locator('[data-view="events"] .current')).not.toHaveText(TAJANI);

	await page.goto(link);
	await chartsReady(page);
	await expect(page.locator('[data-view="events"] .current')).toHaveText(TAJANI);
	await expect(
		page.locator('[data-view="events"] .list button[aria-pressed="true"]')
	).toContainText('Tajani');
	// the table of the view is that event's, in Italian too
	await page.goto(link.replace('?', '?lang=it&') + '&tables=events');
	await expect(page.locator('[data-view="events"] .table-event')).toContainText(
		'Il vicepremier e ministro degli Esteri Tajani in visita ad Astana'
	);
});

test('an embed and a slide of the events view show the chosen event', async ({ page }) => {
	await pickTajani(page);
	const search = new URL(page.url()).search;

	// the embed code of the share dialog carries it
	await page.locator('[data-share="events"]').click();
	await expect(page.locator('[data-embed-code]')).toHaveValue(/event=2023-09%7CItaly%27s/);
	await page.keyboard.press('Escape');

	await page.goto(`/embed/events${search}`);
	await chartsReady(page);
	await expect(page.locator('[data-view="events"] .current')).toHaveText(TAJANI);
	await expect(page.locator('[data-view="events"] .subtitle')).toContainText(TAJANI);

	// pinned, then presented: the slide keeps it
	await page.goto(`/${search}`);
	await chartsReady(page);
	await page.locator('[data-pin="events"]').click();
	await expect(page).toHaveURL(/deck=events!.*event\.2023-09/);
	await page.locator('[data-present-link]').click();
	await expect(page).toHaveURL(/\/present\?slides=events!/);
	await chartsReady(page);
	await expect(page.locator('[data-view="events"] .current')).toHaveText(TAJANI);
});
