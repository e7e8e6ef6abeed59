/**
 * Accessibility (A1): axe-core on every route, in both languages, with the charts drawn. No
 * serious or critical violation is allowed; the counts by route are printed for the record.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';
import { SLIDE_VIEWS } from '../src/lib/url/deck';

/** Every embeddable view has an /embed/<view> page (prerendered from this list). */
const VIEWS: readonly string[] = SLIDE_VIEWS;
const ROUTES: { path: string; query: string; charts: boolean }[] = [
	{ path: '/', query: '', charts: true },
	{ path: '/', query: 'tables=volumes,partners,sectors,growth', charts: true },
	{ path: '/data', query: '', charts: false },
	{ path: '/present', query: 'slides=volumes~partners', charts: true },
	...VIEWS.map((v) => ({ path: `/embed/${v}`, query: '', charts: true }))
];

/** Charts draw when scrolled into view: `chartsReady` scrolls each one in and waits for it. */
async function settle(page: Page, charts: boolean) {
	if (charts) await chartsReady(page);
	await page.waitForLoadState('networkidle');
}

for (const lang of ['en', 'it'] as const) {
	for (const route of ROUTES) {
		const url = `${route.path}?${[`lang=${lang}`, route.query].filter(Boolean).join('&')}`;
		test(`axe: ${url}`, async ({ page }) => {
			// axe walks the whole dashboard (eight charts, their tables): 15-25 s on two busy
			// cores, too close to the default 30 s.
			test.setTimeout(90_000);
			const response = await page.goto(url);
			// A view added to the list but not built yet (stale build/): nothing to check.
			test.skip(response?.status() === 404, `${route.path} is not in this build`);
			await settle(page, route.charts);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
				.analyze();
			const serious = results.violations.filter(
				(v) => v.impact === 'serious' || v.impact === 'critical'
			);
			const summary = results.violations.map(
				(v) =>
					`${v.impact} ${v.id} ×${v.nodes.length}: ${v.nodes
						.map((n) => n.target.join(' '))
						.slice(0, 3)
						.join(' | ')}`
			);
			console.log(
				`[axe] ${url}: ${serious.length} serious/critical, ${results.violations.length} in all${summary.length ? `\n  ${summary.join('\n  ')}` : ''}`
			);
			expect(summary.filter((s) => /^(serious|critical)/.test(s))).toEqual([]);
		});
	}
}
