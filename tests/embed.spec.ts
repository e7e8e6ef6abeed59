import { expect, test, type Frame, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** Makes every frame of the page throw on storage access, as a third-party iframe may. */
async function denyStorage(page: Page) {
	await page.addInitScript(() => {
		const deny = () => {
			throw new DOMException('storage denied by the test', 'SecurityError');
		};
		for (const name of ['localStorage', 'sessionStorage', 'indexedDB']) {
			Object.defineProperty(window, name, { configurable: true, get: deny });
		}
	});
}

/** A host page (not our origin) with one iframe, recording the height messages it receives. */
async function hostPage(page: Page, src: string, width = 700) {
	await page.setContent(`<!doctype html>
		<html><body style="margin:0">
		<script>
			window.heights = [];
			window.addEventListener('message', (e) => {
				if (e.data && e.data.type === 'ica-embed-height') {
					window.heights.push(e.data);
					document.querySelector('iframe').style.height = e.data.height + 'px';
				}
			});
		</script>
		<iframe src="${src}" title="embed" style="border:0;width:${width}px;height:300px"></iframe>
		</body></html>`);
	const frame = page.frame({ url: (u) => u.pathname.startsWith('/embed/') });
	expect(frame).not.toBeNull();
	return frame as Frame;
}

async function frameChartsReady(frame: Frame) {
	await expect
		.poll(
			() =>
				frame.evaluate(() => {
					const charts = [...document.querySelectorAll('[data-chart]')];
					return (
						charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-ready') === 'true')
					);
				}),
			{ timeout: 15_000 }
		)
		.toBe(true);
}

test('an embed in an iframe renders its chart and reports its height, with storage denied', async ({
	page,
	baseURL
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await denyStorage(page);
	const frame = await hostPage(page, `${baseURL}/embed/volumes?partners=KAZ,UZB,KGZ&flow=import`);
	await page.waitForLoadState('load');
	await frameChartsReady(frame);

	await expect(frame.locator('[data-chart="volumes"]')).toHaveAttribute('data-chart-ready', 'true');
	await expect(frame.locator('h2')).toHaveText('Trade over time');
	await expect(frame.locator('[data-source]')).toContainText('Eurostat Comext');
	await expect(frame.locator('[data-vintage]')).toContainText('Data vintage');
	// no dashboard chrome: no header, controls, share tools or table toggle
	await expect(frame.locator('header.site, [data-share], [aria-pressed]')).toHaveCount(0);

	await expect
		.poll(() => page.evaluate(() => (window as never as { heights: unknown[] }).heights.length))
		.toBeGreaterThan(0);
	const bodyHeight = await frame.evaluate(() =>
		Math.ceil(document.body.getBoundingClientRect().height)
	);
	const last = await page.evaluate(() =>
		(window as never as { heights: { view: string; height: number }[] }).heights.at(-1)
	);
	expect(last?.view).toBe('volumes');
	expect(Math.abs((last?.height ?? 0) - bodyHeight)).toBeLessThanOrEqual(1);
	// the host sized the iframe from the message: no inner scrollbar
	await expect
		.poll(() =>
			frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
		)
		.toBe(true);

	// a narrower frame re-flows the text and reports again
	const before = await page.evaluate(
		() => (window as never as { heights: unknown[] }).heights.length
	);
	await page.evaluate(() => {
		(document.querySelector('iframe') as HTMLIFrameElement).style.width = '320px';
	});
	await expect
		.poll(() => page.evaluate(() => (window as never as { heights: unknown[] }).heights.length))
		.toBeGreaterThan(before);
	expect(errors).toEqual([]);
});

test('the link back opens the same view of the full dashboard in a new tab', async ({ page }) => {
	const query = '?partners=KGZ&flow=import&from=2019&to=2023';
	await page.goto(`/embed/partners${query}`);
	await chartsReady(page);
	const link = page.locator('[data-dashboard-link]');
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', /noopener/);
	expect(await link.getAttribute('href')).toBe(`/${query}`);
});

for (const width of [320, 768, 1600]) {
	test(`every embed fits ${width} px: no sideways scroll, nothing cut`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		for (const view of [
			'headline',
			'volumes',
			'growth',
			'partners',
			'sectors',
			'mirror',
			'map',
			'events',
			'investment',
			'products'
		]) {
			await page.goto(`/embed/${view}`);
			await chartsReady(page);
			const box = await page.evaluate(() => ({
				scroll: document.documentElement.scrollWidth,
				client: document.documentElement.clientWidth,
				title: document.querySelector('h2')?.getBoundingClientRect().right ?? 0,
				chart: document.querySelector('[data-chart]')?.getBoundingClientRect().width ?? 0
			}));
			expect(box.scroll, view).toBeLessThanOrEqual(box.client);
			expect(box.title, view).toBeLessThanOrEqual(width);
			expect(box.chart, view).toBeGreaterThan(width * 0.75);
			await expect(page.locator('[data-source]'), view).toBeVisible();
			await expect(page.locator('[data-vintage]'), view).toBeVisible();
		}
	});
}

test('an embed with lang=it speaks Italian and formats numbers the Italian way', async ({
	page
}) => {
	await page.goto('/embed/headline?lang=it&partners=KGZ');
	await chartsReady(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'it');
	await expect(page.locator('h2')).toHaveText('Dati principali');
	await expect(page.locator('[data-source]')).toContainText('Fonte:');
	await expect(page.locator('[data-vintage]')).toContainText(
		'Aggiornamento dei dati: estrazione Eurostat Comext di novembre 2024'
	);
	await expect(page.locator('[data-dashboard-link]')).toHaveText(/Apri nel cruscotto completo/);
	// Kyrgyzstan 2023, Italian exports: 213,7 mln € (Eurostat Comext)
	await expect(page.locator('[data-year="2023"] [data-measure="exports"] .value')).toHaveText(
		'213,7\u00a0mln\u00a0€'
	);

	await page.goto('/embed/partners?lang=it&partners=KAZ,KGZ&tables=partners');
	await expect(page.locator('[data-table="partners"]')).toContainText('1.067.165.356\u00a0€');
	await expect(page.locator('h2')).toHaveText('Confronto tra paesi');
});

test('an unknown view is not an embed, and says so in the chosen language', async ({ page }) => {
	const response = await page.goto('/embed/chart?lang=it');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'A questo indirizzo non c’è nessuna pagina'
	);
	await expect(page.getByRole('link', { name: 'Apri il cruscotto' })).toHaveAttribute(
		'href',
		'/?lang=it'
	);
});

for (const [src, view, title] of [
	[
		'/embed/mirror?flow=import&focus=KAZ',
		'mirror',
		'Mirror statistics: two sides of the same trade'
	],
	['/embed/map', 'map', 'Map']
] as const) {
	test(`${src} renders in an iframe and reports its height`, async ({ page, baseURL }) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		await denyStorage(page);
		const frame = await hostPage(page, `${baseURL}${src}`);
		await page.waitForLoadState('load');
		await frameChartsReady(frame);
		await expect(frame.locator(`[data-chart="${view}"]`)).toHaveAttribute(
			'data-chart-ready',
			'true'
		);
		await expect(frame.locator(`[data-chart="${view}"] canvas`)).toHaveCount(1);
		await expect(frame.locator('h2')).toHaveText(title);
		await expect(frame.locator('[data-source]')).toContainText('Eurostat Comext');
		await expect(frame.locator('[data-vintage]')).toContainText('Data vintage');
		await expect(frame.locator('header.site, [data-share], [data-pin]')).toHaveCount(0);
		if (view === 'mirror') {
			await expect(frame.locator('.subtitle')).toContainText('Italian imports');
			await expect(frame.locator('[data-source]')).toContainText('Kazakhstan');
		}

		await expect
			.poll(() => page.evaluate(() => (window as never as { heights: unknown[] }).heights.length))
			.toBeGreaterThan(0);
		const bodyHeight = await frame.evaluate(() =>
			Math.ceil(document.body.getBoundingClientRect().height)
		);
		await expect
			.poll(async () => {
				const last = await page.evaluate(() =>
					(window as never as { heights: { view: string; height: number }[] }).heights.at(-1)
				);
				return last?.view === view && Math.abs(last.height - bodyHeight) <= 1;
			})
			.toBe(true);
		// the host sized the iframe from the message: no inner scrollbar
		await expect
			.poll(() =>
				frame.evaluate(() => document.documentElement.scrollHeight <= window.innerHeight + 1)
			)
			.toBe(true);
		expect(errors).toEqual([]);
	});
}
