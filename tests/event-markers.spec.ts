import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** The texts of a view's SVG download (share dialog), with whether each is drawn bold. */
async function svgTexts(page: Page, view: string) {
	await page.locator(`[data-share="${view}"]`).click();
	await expect(page.locator(`dialog[data-share-dialog="${view}"]`)).toBeVisible();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('dialog[open] [data-download="svg"]').click()
	]);
	const source = (await readFile(await file.path())).toString('utf8');
	return page.evaluate((svg) => {
		const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
		return [...doc.querySelectorAll('text')].map((t) => ({
			text: t.textContent ?? '',
			bold: /bold/.test(t.getAttribute('style') ?? '')
		}));
	}, source);
}

const TOKAYEV = '2024-01|President Tokayev of Kazakhstan visits Italy';

test('event markers carry their label in the growth picture; the chosen event is bold', async ({
	page
}) => {
	await page.goto(`/?partners=KAZ&event=${encodeURIComponent(TOKAYEV)}`);
	await chartsReady(page);
	const texts = await svgTexts(page, 'growth');
	// data/events.csv: the Tokayev visit (2024-01) and the Milan forum (2024) share 2024: "+1"
	const chosen = texts.find((t) => t.text.startsWith('President Tokayev'));
	expect(chosen?.text).toMatch(/\+1$/);
	expect(chosen?.bold).toBe(true);
	// Tajani's visit (2023-09), another marker, not bold
	const other = texts.find(
		(t) => t.text.startsWith('Italy’s Deputy') || t.text.startsWith("Italy's Deputy")
	);
	expect(other).toBeDefined();
	expect(other?.bold).toBe(false);
});

test('event labels in Italian on the volumes picture', async ({ page }) => {
	await page.goto('/?lang=it&partners=KAZ');
	await chartsReady(page);
	const texts = await svgTexts(page, 'volumes');
	expect(texts.some((t) => t.text.startsWith('Il presidente kazako'))).toBe(true);
});

test('growth by month: the marker of a month-dated event is labelled', async ({ page }) => {
	await page.goto('/?partners=KAZ&grain=month');
	await chartsReady(page);
	const texts = await svgTexts(page, 'growth');
	expect(texts.some((t) => t.text.startsWith('President Tokayev'))).toBe(true);
	// the Milan forum is dated by year only: no marker pinned to a month
	expect(texts.some((t) => /Milan/.test(t.text))).toBe(false);
});
