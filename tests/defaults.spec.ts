import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** Defaults that answer (issue 10): each seen case, in English and Italian. */

const open = async (page: Page, url: string) => {
	await page.goto(url);
	await chartsReady(page);
};

for (const lang of ['en', 'it'] as const) {
	const q = lang === 'it' ? 'lang=it&' : '';
	const L = {
		en: {
			period: 'Kazakhstan 2021, Uzbekistan 2022',
			latest: 'Latest figure: Jan–Nov 2022',
			other: 'Kazakhstan’s statistics, 2023',
			otherLater: 'Kazakhstan’s statistics, Jan–Aug 2024',
			published: /\$14\.8\s?bn as published/,
			sw: 'Show Kazakhstan’s statistics',
			converted: 'USD converted at ECB rates',
			named: 'Kazakhstan, Jan–Jun 2019',
			sectorsPeriod: 'Kazakhstan Jan–Jun 2019',
			group: /Machinery, generators/,
			old: '(latest figure: 2017)',
			newer: 'Tajikistan’s statistics: latest figure 2023.',
			noData: 'No data for this selection.'
		},
		it: {
			period: 'Kazakistan 2021, Uzbekistan 2022',
			latest: 'Ultimo dato: gen–nov 2022',
			other: 'Statistiche del Kazakistan, 2023',
			otherLater: 'Statistiche del Kazakistan, gen–ago 2024',
			published: /14,8\s?Mrd\s?\$ come pubblicato|14,8\s?mld\s?\$ come pubblicato/i,
			sw: 'Mostra le statistiche del Kazakistan',
			converted: 'USD convertiti ai tassi BCE',
			named: 'Kazakistan, gen–giu 2019',
			sectorsPeriod: 'Kazakistan gen–giu 2019',
			group: /Macchinari, generatori/,
			old: '(ultimo dato: 2017)',
			newer: 'Statistiche del Tagikistan: ultimo dato 2023.',
			noData: 'Nessun dato per questa selezione.'
		}
	}[lang];

	test(`${lang}: the comparison and the map open on each country's latest year of imports`, async ({
		page
	}) => {
		await open(page, `/?${q}partners=KAZ,UZB&flow=import`);
		const partners = page.locator('[data-view="partners"]');
		await expect(partners.locator('.subtitle')).toContainText(L.period);
		await expect(partners.locator('canvas').first()).toBeVisible();
		await expect(partners).not.toContainText(L.noData);
		const map = page.locator('[data-view="map"]');
		await expect(map.locator('.subtitle')).toContainText(L.period);
		// the map's keys are its legend: a value per country, never "no data"
		await expect(map.getByRole('button', { name: /Uzbekistan 2022: .*107,?\.?5/ })).toBeVisible();
		// as a table, each country with its own period
		await partners.getByRole('button', { name: lang === 'en' ? 'Table' : 'Tabella' }).click();
		const table = page.locator('[data-table="partners"]');
		await expect(table).toContainText('2021');
		await expect(table).toContainText('2022');
	});

	test(`${lang}: Kazakhstan's headline points to the latest Italian imports and to Kazakh statistics`, async ({
		page
	}) => {
		await open(page, `/?${q}partners=KAZ`);
		const imports = page.locator(
			'[data-chart="headline"] [data-year="2023"] [data-measure="imports"]'
		);
		await expect(imports.locator('[data-fallback="latest"]')).toHaveText(/3,?\.?2/);
		await expect(imports).toContainText(L.latest);
		await expect(imports).toContainText('Eurostat Comext');
		await expect(imports.locator('[data-fallback="other"]')).toContainText(L.other);
		await expect(imports.locator('[data-fallback="other"]')).toContainText(L.published);
		await expect(page.locator('[data-chart="headline"]')).toContainText(L.converted);
		for (const key of ['turnover', 'balance']) {
			await expect(
				page.locator(`[data-year="2023"] [data-measure="${key}"] [data-fallback="latest"]`)
			).toBeVisible();
		}
		// the later partial row: Kazakhstan's figure of the same months, not a bare "no data"
		const later = page.locator(
			'[data-chart="headline"] [data-year="2024"] [data-measure="imports"]'
		);
		await expect(later.locator('[data-fallback="other"]')).toContainText(L.otherLater);
		// one click switches to Kazakhstan's own statistics
		await imports.getByRole('link', { name: L.sw }).click();
		await expect(page).toHaveURL(/reporter=partner/);
		await expect(page).toHaveURL(/partners=KAZ/);
		await chartsReady(page);
		// Kazakhstan's own statistics hold its imports from Italy's side: a figure, not "no data"
		await expect(
			page.locator('[data-chart="headline"] [data-measure="imports"] .value').first()
		).toHaveText(/\d.*€|€.*\d/);
	});

	test(`${lang}: what we sell to Kazakhstan shows the named product groups, with their period`, async ({
		page
	}) => {
		await open(page, `/?${q}partners=KAZ`);
		const sectors = page.locator('[data-view="sectors"]');
		await expect(sectors.locator('.subtitle')).toContainText(L.sectorsPeriod);
		const named = sectors.locator('[data-named="KAZ"]');
		await expect(named).toContainText(L.named);
		await expect(named.getByRole('button', { name: L.group })).toBeVisible();
		await expect(named).toContainText('314');
	});

	test(`${lang}: key facts use the Growth view's span, and an old fact says so`, async ({
		page
	}) => {
		await open(page, `/?${q}partners=KAZ&growth=cagr`);
		await expect(page.locator('[data-view="growth"] .subtitle')).toContainText('2019–2023');
		const first = page.locator('[data-facts] li').first();
		await expect(first).toContainText('2019');
		await expect(first).toContainText('2023');
		await expect(first).not.toContainText('2021');
		await open(page, `/?${q}partners=TJK`);
		await expect(page.locator('[data-facts] li').first()).toContainText(L.old);
		// the headline says Tajikistan's own statistics reach 2023, with the switch
		await expect(page.locator('[data-newer="partner"]')).toContainText(L.newer);
	});

	test(`${lang}: a chart with nothing to draw shows an empty state, not an axis of zeros`, async ({
		page
	}) => {
		await open(page, `/?${q}partners=KAZ,UZB&flow=import&from=2023&to=2023`);
		const partners = page.locator('[data-view="partners"]');
		await expect(partners.locator('.empty')).toHaveText(L.noData);
		await expect(partners.locator('canvas')).toHaveCount(0);
		await expect(page.locator('[data-view="map"] .empty')).toHaveText(L.noData);
	});
}
