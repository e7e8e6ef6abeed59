/**
 * Security headers and CSP (docs/SECURITY.md, goal G9):
 * - every built page carries the CSP meta tag as configured (no third-party origin, no
 *   `frame-ancestors` in the meta, where it would be inert);
 * - the host header files ship with the build and set framing per route;
 * - using the dashboard (charts, tooltips, tables, language, Data page upload, presenter, embeds)
 *   reports no `securitypolicyviolation` event.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { SLIDE_VIEWS } from '../src/lib/url/deck';
import { chartsReady } from './helpers';

const PAGES = ['/', '/data', '/present', ...SLIDE_VIEWS.map((v) => `/embed/${v}`)];

function directives(policy: string): Map<string, string[]> {
	return new Map(
		policy
			.split(';')
			.map((d) => d.trim().split(/\s+/))
			.filter((d) => d[0])
			.map(([name, ...values]) => [name as string, values])
	);
}

test('every built page carries the CSP meta tag', async ({ request }) => {
	for (const path of PAGES) {
		const response = await request.get(path);
		// A view added to the list but not built yet (stale build/) falls back to the 404 page,
		// which carries the same policy: checked like the others.
		const html = await response.text();
		const m = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html);
		expect(m, path).not.toBeNull();
		const d = directives(m?.[1] ?? '');
		expect(d.get('default-src'), path).toEqual(["'self'"]);
		expect(d.get('script-src')?.slice(0, 1), path).toEqual(["'self'"]);
		expect(
			d
				.get('script-src')
				?.slice(1)
				.every((v) => /^'sha256-[A-Za-z0-9+/=]+'$/.test(v)),
			path
		).toBe(true);
		expect(d.get('object-src'), path).toEqual(["'none'"]);
		expect(d.get('base-uri'), path).toEqual(["'self'"]);
		expect(d.get('connect-src'), path).toEqual(["'self'"]);
		// Inert in a meta tag: framing is the host's job (static/_headers, vercel.json).
		expect(d.has('frame-ancestors'), path).toBe(false);
		// No third-party origin anywhere.
		for (const values of d.values())
			for (const v of values) expect(v, path).not.toMatch(/^https?:|^\*$/);
	}
});

test('the host header files set framing per route', () => {
	const headers = readFileSync(new URL('../build/_headers', import.meta.url), 'utf8');
	const blocks = new Map<string, string>();
	let current = '';
	for (const line of headers.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			current = line.trim();
			blocks.set(current, '');
		} else blocks.set(current, `${blocks.get(current)}${line.trim()}\n`);
	}
	for (const path of ['/', '/data', '/present']) {
		expect(blocks.get(path), path).toContain("frame-ancestors 'none'");
		expect(blocks.get(path), path).toContain('X-Frame-Options: DENY');
	}
	expect(blocks.get('/embed/*')).toContain('frame-ancestors *');
	expect(blocks.get('/embed/*')).not.toContain('X-Frame-Options');
	expect(blocks.get('/*')).not.toContain('frame-ancestors');
	expect(blocks.get('/*')).toContain('X-Content-Type-Options: nosniff');
	expect(blocks.get('/*')).toContain('Referrer-Policy: no-referrer');
	expect(blocks.get('/*')).toContain('Permissions-Policy:');
	const vercel = JSON.parse(readFileSync(new URL('../vercel.json', import.meta.url), 'utf8')) as {
		headers: { source: string; headers: { key: string; value: string }[] }[];
	};
	const csp = (source: string) =>
		vercel.headers
			.find((h) => h.source === source)
			?.headers.find((h) => h.key === 'Content-Security-Policy')?.value;
	expect(csp('/((?!embed/).*)')).toContain("frame-ancestors 'none'");
	expect(csp('/embed/(.*)')).toContain('frame-ancestors *');
});

/** Collects CSP violations from the first script of every document of the page. */
async function watchCsp(page: Page) {
	await page.addInitScript(() => {
		const w = window as unknown as { __csp: string[] };
		w.__csp = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
		});
	});
	const all: string[] = [];
	page.on('console', (m) => {
		if (/Content Security Policy/i.test(m.text())) all.push(`console: ${m.text()}`);
	});
	return async () => {
		const found = await page.evaluate(
			() => (window as unknown as { __csp?: string[] }).__csp ?? []
		);
		all.push(...found);
		return all;
	};
}

async function hoverAll(page: Page) {
	const charts = page.locator('[data-chart]');
	for (let i = 0; i < (await charts.count()); i++) {
		await charts.nth(i).scrollIntoViewIfNeeded();
		const box = await charts.nth(i).boundingBox();
		if (!box) continue;
		for (let x = 0.1; x < 1; x += 0.1)
			await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.6);
	}
}

test('the violation collector works (an inline script is blocked and reported)', async ({
	page
}) => {
	const collect = await watchCsp(page);
	await page.goto('/');
	await page.evaluate(() => {
		const s = document.createElement('script');
		s.textContent = 'window.__ran = 1';
		document.head.append(s);
	});
	await expect.poll(async () => (await collect()).length).toBeGreaterThan(0);
	expect(
		await page.evaluate(() => (window as unknown as { __ran?: number }).__ran)
	).toBeUndefined();
});

test('using the dashboard reports no CSP violation', async ({ page }) => {
	test.setTimeout(120_000);
	const violations: string[] = [];
	const collect = await watchCsp(page);

	await page.goto('/?partners=KAZ,UZB,KGZ');
	await chartsReady(page);
	await hoverAll(page);
	await page.locator('[data-view="volumes"]').getByRole('button', { name: 'Table' }).click();
	await page.locator('[data-lang-switch]').click();
	await chartsReady(page);
	await hoverAll(page);
	violations.push(...(await collect()));

	await page.goto('/data');
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
	await page.locator('input[data-picker="files"]').setInputFiles({
		name: 'kaz.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag\n2025-01,KAZ,export,ITA,TOTAL,,1000,EUR,test,,\n2025-02,KAZ,export,ITA,27,Fuels,2000,EUR,test,,\n'
		)
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	violations.push(...(await collect()));

	await page.goto('/?partners=KAZ&tables=sectors');
	await chartsReady(page);
	await hoverAll(page);
	violations.push(...(await collect()));

	await page.goto('/present?slides=volumes~partners~sectors');
	await chartsReady(page);
	await page.keyboard.press('ArrowRight');
	await chartsReady(page);
	violations.push(...(await collect()));

	for (const view of SLIDE_VIEWS) {
		const response = await page.goto(`/embed/${view}?lang=it`);
		if (response?.status() === 404) continue;
		// Some views are tables or lists: wait for the charts there are.
		await expect
			.poll(() =>
				page.evaluate(() =>
					[...document.querySelectorAll('[data-chart]')].every(
						(c) => c.getAttribute('data-chart-ready') === 'true'
					)
				)
			)
			.toBe(true);
		await page.waitForLoadState('networkidle');
		await hoverAll(page);
		violations.push(...(await collect()));
	}
	console.log(
		`[csp] ${violations.length} violations over the dashboard, Data page upload, presenter and ${SLIDE_VIEWS.length} embeds`
	);
	expect(violations).toEqual([]);
});
