/**
 * Security headers and CSP (docs/SECURITY.md, goal G9):
 * - every built page carries the CSP meta tag as configured (no third-party origin, no
 *   `frame-ancestors` in the meta, where it would be inert);
 * - the build writes the host header files; the header CSP agrees with every page's meta policy;
 * - served with those headers (as Cloudflare reads `_headers`), the app pages cannot be framed by
 *   another site at any path (trailing slash, unknown path) and the embeds can; Trusted Types are
 *   measured in report-only mode;
 * - the production build has no /bench page;
 * - using the dashboard (charts, tooltips, tables, language, Data page upload, presenter, embeds)
 *   reports no `securitypolicyviolation` event.
 */
import { existsSync, readFileSync } from 'node:fs';
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
		expect(d.get('base-uri'), path).toEqual(["'none'"]);
		expect(d.get('form-action'), path).toEqual(["'none'"]);
		expect(d.get('connect-src'), path).toEqual(["'self'"]);
		// Inert in a meta tag: framing is the host's job (static/_headers, vercel.json).
		expect(d.has('frame-ancestors'), path).toBe(false);
		// No third-party origin anywhere.
		for (const values of d.values())
			for (const v of values) expect(v, path).not.toMatch(/^https?:|^\*$/);
	}
});

/** The headers `build/_headers` gives a path, read as Cloudflare Pages does (`!` detaches). */
function hostHeaders(path: string): Map<string, string> {
	const text = readFileSync(new URL('../build/_headers', import.meta.url), 'utf8');
	const out = new Map<string, string>();
	let matches = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const re = line
				.trim()
				.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
				.replace(/\*/g, '.*');
			matches = new RegExp(`^${re}$`).test(path);
		} else if (matches) {
			const detach = /^\s+!\s*(\S+)$/.exec(line);
			const set = /^\s+([^:]+):\s*(.*)$/.exec(line);
			if (detach) out.delete(detach[1] as string);
			else if (set) {
				const before = out.get(set[1] as string);
				out.set(set[1] as string, before ? `${before}, ${set[2]}` : (set[2] as string));
			}
		}
	}
	return out;
}

const APP_PATHS = ['/', '/data', '/data/', '/present/', '/bench', '/no-such-page', '/a/b/'];

test('the build writes the host files; the header CSP agrees with every page’s meta policy', () => {
	for (const file of ['_headers', '.htaccess', 'nginx-security-headers.conf'])
		expect(existsSync(new URL(`../build/${file}`, import.meta.url)), file).toBe(true);
	for (const path of [...PAGES, '/404.html']) {
		// The built file itself (the preview server answers /404.html with its own 404).
		const file = path === '/' ? 'index.html' : path.endsWith('.html') ? path : `${path}.html`;
		const html = readFileSync(
			new URL(`../build/${file.replace(/^\//, '')}`, import.meta.url),
			'utf8'
		);
		const meta = directives(
			/<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(html)?.[1] ?? ''
		);
		const header = directives(hostHeaders(path).get('Content-Security-Policy') ?? '');
		expect(header.get('frame-ancestors'), path).toEqual(
			path.startsWith('/embed/') ? ['*'] : ["'none'"]
		);
		header.delete('frame-ancestors');
		// The same directives and values; the header's script-src holds every page's hash.
		expect([...header.keys()].sort(), path).toEqual([...meta.keys()].sort());
		for (const [name, values] of meta) {
			if (name === 'script-src')
				expect(header.get(name), path).toEqual(expect.arrayContaining(values));
			else expect(header.get(name), path).toEqual(values);
		}
	}
	for (const path of APP_PATHS) {
		const h = hostHeaders(path);
		expect(h.get('Content-Security-Policy'), path).toContain("frame-ancestors 'none'");
		expect(h.get('X-Frame-Options'), path).toBe('DENY');
		expect(h.get('Cross-Origin-Opener-Policy'), path).toBe('same-origin');
	}
	const embed = hostHeaders('/embed/volumes');
	expect(embed.get('Content-Security-Policy')).toContain('frame-ancestors *');
	expect(embed.get('Content-Security-Policy')).not.toContain("'none', ");
	expect(embed.has('X-Frame-Options')).toBe(false);
	for (const h of ['X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy'])
		expect(embed.has(h), h).toBe(true);
});

test('the production build has no benchmark page', async ({ request }) => {
	expect(existsSync(new URL('../build/bench.html', import.meta.url))).toBe(false);
	const html = await (await request.get('/bench')).text();
	expect(html).not.toContain('data-bench-file');
});

/**
 * Serves the site with the headers of `build/_headers` (as a host would), plus `extra` on every
 * HTML page.
 */
async function serveWithHostHeaders(page: Page, extra: Record<string, string> = {}) {
	await page.route('http://127.0.0.1:4173/**', async (route) => {
		// Pages only: the policy of a page governs what it loads (scripts and styles need none).
		if (route.request().resourceType() !== 'document') return route.continue();
		const response = await route.fetch();
		const path = new URL(route.request().url()).pathname;
		const headers = { ...response.headers() };
		for (const [k, v] of hostHeaders(path)) headers[k.toLowerCase()] = v;
		if ((headers['content-type'] ?? '').includes('text/html'))
			for (const [k, v] of Object.entries(extra)) headers[k.toLowerCase()] = v;
		await route.fulfill({ response, headers });
	});
}

test('served with the host headers, only the embeds can be framed by another site', async ({
	page
}) => {
	await serveWithHostHeaders(page);
	const targets = [...APP_PATHS, '/embed/volumes', '/embed/volumes/'];
	await page.route('http://framer.test/', (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><title>framer</title>${targets
				.map((p) => `<iframe src="http://127.0.0.1:4173${p}" width="400" height="300"></iframe>`)
				.join('')}`
		})
	);
	await page.goto('http://framer.test/');
	// A frame the browser refused shows Chromium's error page, never the app.
	const shown = async (i: number) => {
		const frame = await (await page.locator('iframe').nth(i).elementHandle())?.contentFrame();
		if (!frame || !frame.url().startsWith('http://127.0.0.1:4173')) return false;
		return frame
			.locator('main')
			.first()
			.isVisible()
			.catch(() => false);
	};
	await expect.poll(() => shown(targets.indexOf('/embed/volumes')), { timeout: 20_000 }).toBe(true);
	// Give the refused frames the same time to (not) appear.
	await page.waitForTimeout(1000);
	const framed: string[] = [];
	for (const [i, path] of targets.entries()) if (await shown(i)) framed.push(path);
	console.log(
		`[headers] framed by another origin: ${framed.join(', ')} (of ${targets.join(', ')})`
	);
	expect(framed.filter((p) => !p.startsWith('/embed/'))).toEqual([]);
	expect(framed).toContain('/embed/volumes');
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
	// The header policy of build/_headers as well as the meta tag: both are enforced.
	await serveWithHostHeaders(page);
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

/**
 * Trusted Types, measured: the pages are used with `require-trusted-types-for 'script'` in
 * report-only mode and every report is counted (docs/SECURITY.md). They stay off while anything
 * reports; this test fails when nothing does any more, the sign to turn them on.
 */
test('Trusted Types: what would break, measured in report-only mode', async ({ page }) => {
	test.setTimeout(120_000);
	await serveWithHostHeaders(page, {
		'Content-Security-Policy-Report-Only': "require-trusted-types-for 'script'; report-uri /__csp"
	});
	await page.route('**/__csp', (route) => route.fulfill({ status: 204 }));
	await page.addInitScript(() => {
		const w = window as unknown as { __tt: string[] };
		w.__tt = [];
		document.addEventListener('securitypolicyviolation', (e) => {
			if (e.violatedDirective.startsWith('require-trusted-types-for'))
				w.__tt.push(`${e.sourceFile.replace(/^.*\//, '')} ${e.sample.slice(0, 40)}`);
		});
	});
	const reports = new Map<string, string[]>();
	const take = async (label: string) => {
		const found = await page.evaluate(() => (window as unknown as { __tt?: string[] }).__tt ?? []);
		reports.set(label, [...(reports.get(label) ?? []), ...found]);
	};
	await page.goto('/?partners=KAZ,UZB,KGZ');
	await chartsReady(page);
	await hoverAll(page);
	await take('/');
	await page.goto('/data');
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
	await page.locator('input[data-picker="files"]').setInputFiles({
		name: 'kaz.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(
			'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag\n2025-01,KAZ,export,ITA,TOTAL,,1000,EUR,test,,\n'
		)
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await take('/data');
	await page.goto('/present?slides=volumes~partners');
	await chartsReady(page);
	await page.keyboard.press('ArrowRight');
	await chartsReady(page);
	await take('/present');
	await page.goto('/embed/volumes');
	await chartsReady(page);
	await hoverAll(page);
	await take('/embed/volumes');
	const total = [...reports.values()].reduce((a, r) => a + r.length, 0);
	for (const [label, found] of reports) {
		const bySource = new Map<string, number>();
		for (const f of found) bySource.set(f, (bySource.get(f) ?? 0) + 1);
		console.log(
			`[trusted-types] ${label}: ${found.length} reports${found.length ? ` (${[...bySource].map(([k, n]) => `${n}× ${k}`).join('; ')})` : ''}`
		);
	}
	expect(total).toBeGreaterThan(0);
});
