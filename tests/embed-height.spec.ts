import { SLIDE_VIEWS } from '../src/lib/url/deck';
import { expect, test, type Frame, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/**
 * The share dialog's iframe snippet has a fixed height: a host page without our script shows the
 * embed at that height. It must hold the whole content (no inner scroll, nothing cut) at the
 * widths an article column has, 640 to 1200 px, in both languages; narrower hosts (phones) need
 * the host script (docs/EMBEDDING.md, "Auto-height").
 */
const WIDTHS = [640, 720, 800, 880, 960, 1040, 1120, 1200];
// Every view of the registry (the deck's list is the registry's names).
const VIEWS = SLIDE_VIEWS;

/** The snippet the share dialog gives for a view of the default dashboard. */
async function snippet(page: Page, view: string) {
	await page.goto('/');
	await chartsReady(page);
	await page.locator(`[data-share="${view}"]`).click();
	const code = await page
		.locator(`dialog[data-share-dialog="${view}"] textarea[data-embed-code]`)
		.inputValue();
	const src = /src="([^"]+)"/.exec(code)?.[1] ?? '';
	const height = Number(/height="(\d+)"/.exec(code)?.[1]);
	expect(src).toContain(`/embed/${view}`);
	expect(height).toBeGreaterThan(0);
	return { src: src.replaceAll('&amp;', '&'), height };
}

/**
 * Once the frame's charts are drawn and its content has stopped changing: the content's height,
 * and whether the frame scrolls (its document is taller than the frame).
 */
async function settled(frame: Frame): Promise<{ content: number; scrolls: boolean }> {
	let last = -1;
	for (;;) {
		await expect
			.poll(() =>
				frame.evaluate(() =>
					[...document.querySelectorAll('[data-chart]')].every(
						(c) => c.getAttribute('data-chart-ready') === 'true'
					)
				)
			)
			.toBe(true);
		const now = await frame.evaluate(async () => {
			await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
			const body = document.body;
			return {
				content: Math.ceil(
					body.getBoundingClientRect().bottom + parseFloat(getComputedStyle(body).marginBottom)
				),
				scrolls: document.documentElement.scrollHeight > innerHeight
			};
		});
		if (now.content === last) return now;
		last = now.content;
	}
}

for (const view of VIEWS) {
	test(`the ${view} snippet's height holds the embed from 640 to 1200 px`, async ({ page }) => {
		test.setTimeout(90_000);
		const { src, height } = await snippet(page, view);
		const measured: { lang: string; width: number; content: number; scrolls: boolean }[] = [];
		for (const lang of ['en', 'it']) {
			const url = new URL(src);
			url.searchParams.set('lang', lang);
			await page.setContent(
				`<!doctype html><body style="margin:0"><iframe src="${url}" title="embed" style="border:0;width:${WIDTHS[0]}px;height:${height}px"></iframe></body>`
			);
			const frame = page.frame({ url: (u) => u.pathname.startsWith('/embed/') });
			expect(frame).not.toBeNull();
			for (const width of WIDTHS) {
				await page.evaluate((w) => {
					(document.querySelector('iframe') as HTMLIFrameElement).style.width = `${w}px`;
				}, width);
				measured.push({ lang, width, ...(await settled(frame as Frame)) });
			}
		}
		const tallest = Math.max(...measured.map((m) => m.content));
		// Every width shows everything without an inner scrollbar...
		expect(
			measured.filter((m) => m.scrolls || m.content > height),
			`snippet height ${height} px; content ${JSON.stringify(measured)}`
		).toEqual([]);
		// ...and the snippet is not much taller than the tallest content (no big empty band).
		expect(height, `tallest content ${tallest} px`).toBeLessThanOrEqual(Math.ceil(tallest * 1.12));
	});
}
