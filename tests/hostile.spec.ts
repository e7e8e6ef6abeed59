/**
 * Hostile content through the real upload (catalogue D6, F4, F6; anchors §4.3, goal G8): a
 * template file whose file name, headers, sector labels, sources and notes are XSS payloads, and
 * some of whose rejected cells are payloads too, is loaded on the Data page; then the dashboard,
 * its tables, tooltips, the presenter view and the report are visited. Nothing may run (no
 * dialog, no `window.__xss`), no element from a payload may exist, and the payload text must be
 * shown literally. The payload × surface pairs seen are counted for the record.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(2)>',
	'"><script>alert(3)</script>',
	"'><img src=x onerror=window.__xss=1>",
	'<iframe srcdoc="<script>alert(4)</script>">',
	'<details open ontoggle=alert(5)>',
	'<input autofocus onfocus=alert(6)>',
	'<a href="javascript:alert(7)">click</a>',
	'<IMG SRC=x OnErRoR=alert(8)>',
	'<img/src=x/onerror=alert(9)>',
	'<style>*{display:none}</style>',
	'<base href="//evil.example/">',
	'{@html "<img src=x onerror=alert(10)>"}',
	'&lt;img src=x onerror=alert(11)&gt;',
	'" onmouseover="alert(12)',
	'javascript:alert(13)',
	'\u202E<b>reversed</b>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(14)>',
	'<meta http-equiv="refresh" content="0;url=javascript:alert(15)">',
	'<body onload=alert(16)>',
	'<object data="javascript:alert(17)">',
	'=HYPERLINK("http://evil.example","x")'
];

const FILE_NAME = `"><img src=x onerror=alert(99)>.csv`;
const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

function hostileCsv(): string {
	const extra = PAYLOADS.slice(0, 4);
	const lines = [`${HEADER},${extra.map(q).join(',')}`];
	const tail = extra.map(() => 'x').join(',');
	for (const year of [2021, 2022, 2023]) {
		for (const flow of ['export', 'import']) {
			lines.push(
				[
					year,
					'KAZ',
					flow,
					'ITA',
					'TOTAL',
					'',
					5_000_000 + year,
					'EUR',
					q(PAYLOADS[(year + 1) % PAYLOADS.length] as string),
					q(PAYLOADS[year % PAYLOADS.length] as string),
					'',
					tail
				].join(',')
			);
			PAYLOADS.forEach((p, k) => {
				lines.push(
					[
						year,
						'KAZ',
						flow,
						'ITA',
						`XS${k}`,
						q(p),
						100_000 + k * 1000,
						'EUR',
						q(p),
						q(p),
						'',
						tail
					].join(',')
				);
			});
		}
	}
	// Rejected rows quote their bad cells in the report.
	lines.push(
		[
			'2023',
			q(PAYLOADS[0] as string),
			'export',
			'ITA',
			'TOTAL',
			'',
			'1',
			'EUR',
			's',
			'',
			'',
			tail
		].join(',')
	);
	lines.push(
		[
			'2023',
			'KAZ',
			q(PAYLOADS[1] as string),
			'ITA',
			'TOTAL',
			'',
			'1',
			'EUR',
			's',
			'',
			'',
			tail
		].join(',')
	);
	lines.push(
		[
			'2023',
			'KAZ',
			'export',
			'ITA',
			'TOTAL',
			'',
			q(PAYLOADS[2] as string),
			'EUR',
			's',
			'',
			'',
			tail
		].join(',')
	);
	return lines.join('\n') + '\n';
}

/** Fails the test on any dialog; records script execution through window.__xss. */
async function guard(page: Page) {
	const dialogs: string[] = [];
	page.on('dialog', async (d) => {
		dialogs.push(d.message());
		await d.dismiss();
	});
	return dialogs;
}

/** Elements a payload would have created, and whether any script ran. */
async function injected(page: Page) {
	return page.evaluate(() => {
		const bad = document.querySelectorAll(
			'img[src="x"], svg[onload], iframe[srcdoc], details[ontoggle], input[onfocus], a[href^="javascript:"], object[data^="javascript:"], [onerror], [onload], [onmouseover], [onfocus], [ontoggle], base[href*="evil"], meta[http-equiv="refresh"], mglyph'
		);
		const scripts = [...document.querySelectorAll('script')].filter((s) =>
			/alert\(/.test(s.textContent ?? '')
		);
		return {
			elements: [...bad].map((e) => e.outerHTML.slice(0, 120)),
			scripts: scripts.length,
			xss: (window as unknown as { __xss?: unknown }).__xss ?? null
		};
	});
}

const seen = new Map<string, Set<string>>();
function note(surface: string, texts: string[]) {
	for (const p of [...PAYLOADS, FILE_NAME]) {
		if (texts.some((t) => t.includes(p))) {
			const s = seen.get(p) ?? new Set<string>();
			s.add(surface);
			seen.set(p, s);
		}
	}
}

/** The text of every element matching the selector (what a reader sees). */
const textsOf = (page: Page, selector: string) =>
	page
		.locator(selector)
		.evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText ?? e.textContent ?? ''));

async function hoverCharts(page: Page, surface: string) {
	const charts = page.locator('[data-chart]');
	const n = await charts.count();
	const texts: string[] = [];
	for (let i = 0; i < n; i++) {
		const chart = charts.nth(i);
		await chart.scrollIntoViewIfNeeded();
		const box = await chart.boundingBox();
		if (!box || box.width < 50 || box.height < 50) continue;
		for (let x = 0.04; x < 1; x += 0.04) {
			for (let y = 0.05; y < 1; y += 0.08) {
				await page.mouse.move(box.x + box.width * x, box.y + box.height * y);
			}
			const tip = await page.evaluate(() =>
				[...document.querySelectorAll<HTMLElement>('div')]
					.filter((d) => d.style.zIndex === '9999999' && d.style.display !== 'none')
					.map((d) => d.innerText)
					.join('\n')
			);
			if (tip) texts.push(tip);
		}
	}
	note(surface, texts);
	return texts;
}

test.describe.configure({ mode: 'serial' });

test('XSS payloads in a file never run: Data page, dashboard, tables, tooltips, presenter', async ({
	page
}) => {
	test.setTimeout(180_000);
	const dialogs = await guard(page);
	await page.goto('/data?lang=en');
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
	await page.locator('input[data-picker="files"]').setInputFiles({
		name: FILE_NAME,
		mimeType: 'text/csv',
		buffer: Buffer.from(hostileCsv(), 'utf8')
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	// The Data page: task list, report title, columns, issues, dataset list.
	await expect(page.locator('[data-task]')).toContainText(FILE_NAME);
	note('data: task list', await textsOf(page, '[data-task]'));
	note('data: report title', await textsOf(page, '#report-title'));
	await expect(page.locator('#report-title')).toContainText(FILE_NAME);
	note('data: columns table', await textsOf(page, '[data-columns]'));
	await expect(page.locator('[data-columns]')).toContainText(PAYLOADS[0] as string);
	note('data: issues table', await textsOf(page, '[data-issues]'));
	note('data: dataset list', await textsOf(page, '[data-datasets]'));
	note('data: whole page', [await page.locator('main').innerText()]);
	expect(await injected(page)).toEqual({ elements: [], scripts: 0, xss: null });

	// The dashboard with Kazakhstan: charts, tooltips, source lines, tables.
	await page.goto('/?lang=en&partners=KAZ');
	await chartsReady(page);
	note('dashboard: source lines', await textsOf(page, '[data-source]'));
	note('dashboard: whole page', [await page.locator('body').innerText()]);
	const tips = await hoverCharts(page, 'dashboard: tooltips');
	expect(tips.length).toBeGreaterThan(0);
	expect(await injected(page)).toEqual({ elements: [], scripts: 0, xss: null });

	for (const view of ['volumes', 'growth', 'partners', 'sectors']) {
		await page.goto(`/?lang=it&partners=KAZ&tables=${view}`);
		await chartsReady(page);
		const table = page.locator(`[data-table="${view}"]`);
		if ((await table.count()) > 0)
			note(`dashboard: ${view} table`, await textsOf(page, `[data-table="${view}"]`));
		note(`dashboard (it): ${view} card`, await textsOf(page, `[data-view="${view}"]`));
		expect(await injected(page)).toEqual({ elements: [], scripts: 0, xss: null });
	}

	// Presenter view and an export menu, if present.
	await page.goto('/present?lang=en&slides=volumes!partners.KAZ~sectors!partners.KAZ');
	await page.waitForLoadState('networkidle');
	note('presenter', [await page.locator('body').innerText()]);
	await hoverCharts(page, 'presenter: tooltips');
	expect(await injected(page)).toEqual({ elements: [], scripts: 0, xss: null });

	expect(dialogs).toEqual([]);

	// The payload text is shown literally somewhere, i.e. as text, not swallowed or turned into markup.
	const pairs = [...seen.values()].reduce((a, s) => a + s.size, 0);
	const surfaces = new Set([...seen.values()].flatMap((s) => [...s]));
	console.log(
		`[hostile e2e] ${PAYLOADS.length + 1} payloads (incl. the file name), ${surfaces.size} surfaces: ${pairs} payload-surface pairs shown as text, 0 executed, 0 injected elements, ${dialogs.length} dialogs\n  surfaces: ${[...surfaces].sort().join('; ')}`
	);
	expect(seen.size).toBeGreaterThanOrEqual(PAYLOADS.length - 2);
});
