/**
 * Every figure says where it comes from, in the downloads too: the partners' own statistics
 * (published in US dollars) shown in euro carry, in the "as shown" and the full CSV, the value as
 * published, its currency and "converted at ECB rates", in English and in Italian.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import Papa from 'papaparse';
import { chartsReady } from './helpers';

/** Opens the share dialog of a view and downloads one of its CSV files. */
async function csvOf(page: Page, view: string, kind: 'csv-shown' | 'csv-full') {
	await page.locator(`[data-share="${view}"]`).click();
	const dialog = page.locator(`dialog[data-share-dialog="${view}"]`);
	await expect(dialog).toBeVisible();
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		dialog.locator(`[data-download="${kind}"]`).click()
	]);
	const text = (await readFile(await file.path())).toString('utf8');
	await page.keyboard.press('Escape');
	return { name: file.suggestedFilename(), text };
}

/** Rows of a CSV we wrote (RFC 4180 quoting, read by PapaParse), after the `#` line. */
function rowsOf(text: string, delimiter: string): Record<string, string>[] {
	const { data } = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
		delimiter,
		skipEmptyLines: true
	});
	const [header, ...rest] = data.filter((l) => !(l[0] ?? '').startsWith('#'));
	return rest.map((l) => Object.fromEntries((header ?? []).map((h, i) => [h, l[i] ?? ''])));
}

test('partner statistics in euro: the CSV says what was published, in which currency, and that it was converted', async ({
	page
}) => {
	await page.goto('/?partners=KAZ&reporter=partner');
	await chartsReady(page);

	const shown = await csvOf(page, 'volumes', 'csv-shown');
	expect(shown.name).toMatch(/-en\.csv$/);
	const header = shown.text.split('\r\n')[1] ?? '';
	expect(header).toContain('Value (EUR),Value as published,Published currency,Conversion');
	expect(header).toMatch(/,Reporter,.*,Source,Dataset,Flag$/);
	const rows = rowsOf(shown.text, ',');
	const y2023 = rows.find((r) => r.Period === '2023');
	expect(y2023).toMatchObject({
		Country: 'Kazakhstan',
		'Published currency': 'USD',
		Conversion: 'converted at ECB rates (USD → EUR)',
		Reporter: 'Kazakhstan',
		Currency: 'EUR',
		Dataset: 'Bundled data'
	});
	// the figure as the Kazakh bureau published it, beside the euro figure shown
	expect(Number(y2023?.['Value as published'])).toBe(1_242_193_222);
	expect(Number(y2023?.['Value (EUR)'])).not.toBe(1_242_193_222);
	expect(y2023?.Source).toContain('Bureau of National Statistics of Kazakhstan');
	// every converted figure says so
	for (const r of rows.filter((x) => x['Value (EUR)'] !== ''))
		expect(r.Conversion).toBe('converted at ECB rates (USD → EUR)');

	const full = rowsOf((await csvOf(page, 'volumes', 'csv-full')).text, ',');
	const published = full.find((r) => r.Period === '2023' && r.Flow === 'export');
	expect(published).toMatchObject({
		Currency: 'EUR',
		'Value as published': '1242193222',
		'Published currency': 'USD',
		Conversion: 'converted at ECB rates (USD → EUR)',
		Dataset: 'Bundled data'
	});
});

test('in Italian: the same columns, labels and note in Italian, semicolons and decimal commas', async ({
	page
}) => {
	await page.goto('/?lang=it&partners=KAZ&reporter=partner');
	await chartsReady(page);

	const shown = await csvOf(page, 'volumes', 'csv-shown');
	expect(shown.name).toMatch(/-it\.csv$/);
	const header = shown.text.replace(/^\uFEFF/, '').split('\r\n')[1] ?? '';
	expect(header).toContain('Valore (EUR);Valore pubblicato;Valuta pubblicata;Conversione');
	expect(header).toMatch(/;Insieme di dati;Segnalazione$/);
	const rows = rowsOf(shown.text, ';');
	expect(rows.find((r) => r.Periodo === '2023')).toMatchObject({
		Paese: 'Kazakistan',
		'Valore pubblicato': '1242193222',
		'Valuta pubblicata': 'USD',
		Conversione: 'convertito ai tassi BCE (USD → EUR)',
		Dichiarante: 'Kazakistan',
		'Insieme di dati': 'Dati inclusi'
	});
	// euro figures converted from dollars have decimals: written with a comma
	expect(rows.some((r) => /^\d+,\d+$/.test(r['Valore (EUR)'] ?? ''))).toBe(true);

	const full = rowsOf((await csvOf(page, 'volumes', 'csv-full')).text, ';');
	expect(full.find((r) => r.Periodo === '2023' && r.Flusso === 'export')).toMatchObject({
		'Valuta pubblicata': 'USD',
		Conversione: 'convertito ai tassi BCE (USD → EUR)'
	});
});

test('Italian statistics in euro: published as shown, no conversion', async ({ page }) => {
	await page.goto('/?partners=KGZ');
	await chartsReady(page);
	const rows = rowsOf((await csvOf(page, 'volumes', 'csv-shown')).text, ',');
	const figures = rows.filter((r) => r['Value (EUR)'] !== '');
	expect(figures.length).toBeGreaterThan(3);
	for (const r of figures) {
		expect(r['Value as published']).toBe(r['Value (EUR)']);
		expect(r['Published currency']).toBe('EUR');
		expect(r.Conversion).toBe('');
	}
});

/** The rows of a view's table on screen, by column header (sort arrows left out). */
async function screenRows(page: Page, view: string): Promise<Record<string, string>[]> {
	const table = page.locator(`[data-table="${view}"]`);
	await expect(table).toBeVisible();
	return table.evaluate((el) => {
		const headers = [...el.querySelectorAll('thead th')].map((th) =>
			(th.querySelector('button')?.firstChild?.textContent ?? '').trim()
		);
		return [...el.querySelectorAll('tbody tr')].map((tr) =>
			Object.fromEntries(
				[...tr.querySelectorAll('td')].map((td, i) => [
					headers[i] ?? String(i),
					(td.textContent ?? '').replace(/\s+/g, ' ').trim()
				])
			)
		);
	});
}

const SCREEN = {
	en: {
		q: '',
		country: 'Country',
		period: 'Period',
		value: 'Value (EUR)',
		published: 'Value as published',
		currency: 'Published currency',
		conversion: 'Conversion',
		reporter: 'Reporter',
		source: 'Source',
		dataset: 'Dataset',
		kaz: 'Kazakhstan',
		uzb: 'Uzbekistan',
		usd: '$1,242,193,222',
		converted: 'converted at ECB rates (USD → EUR)',
		bundled: 'Bundled data',
		delimiter: ','
	},
	it: {
		q: 'lang=it&',
		country: 'Paese',
		period: 'Periodo',
		value: 'Valore (EUR)',
		published: 'Valore pubblicato',
		currency: 'Valuta pubblicata',
		conversion: 'Conversione',
		reporter: 'Dichiarante',
		source: 'Fonte',
		dataset: 'Insieme di dati',
		kaz: 'Kazakistan',
		uzb: 'Uzbekistan',
		usd: '1.242.193.222 $',
		converted: 'convertito ai tassi BCE (USD → EUR)',
		bundled: 'Dati inclusi',
		delimiter: ';'
	}
} as const;

for (const lang of ['en', 'it'] as const) {
	const L = SCREEN[lang];

	test(`${lang}: the table on screen shows what the CSV says of each figure: as published, converted, reporter, source, dataset`, async ({
		page
	}) => {
		await page.goto(`/?${L.q}partners=KAZ&reporter=partner&tables=volumes,partners`);
		await chartsReady(page);
		const rows = await screenRows(page, 'volumes');
		const headers = Object.keys(rows[0] ?? {});
		expect(headers).toEqual(
			expect.arrayContaining([
				L.country,
				L.period,
				L.value,
				L.published,
				L.currency,
				L.conversion,
				L.reporter,
				L.source,
				L.dataset
			])
		);
		// codes and the flag spelled out are the CSV's only (the name and the mark say them)
		expect(headers).not.toContain('ISO3');
		const y2023 = rows.find((r) => r[L.period] === '2023');
		expect(y2023).toMatchObject({
			[L.country]: L.kaz,
			[L.published]: L.usd,
			[L.currency]: 'USD',
			[L.conversion]: L.converted,
			[L.reporter]: L.kaz,
			[L.dataset]: L.bundled
		});
		expect(y2023?.[L.source]).toContain('Bureau of National Statistics of Kazakhstan');

		// the table and the "as shown" CSV are one: same rows, same provenance
		const csv = rowsOf((await csvOf(page, 'volumes', 'csv-shown')).text, L.delimiter);
		expect(csv.length).toBe(rows.length);
		csv.forEach((c, i) => {
			const s = rows[i] ?? {};
			for (const key of [L.country, L.period, L.currency, L.conversion, L.reporter, L.dataset])
				expect(s[key], key).toBe(c[key]);
			const digits = (x: string | undefined) => (x ?? '').replace(/\D/g, '');
			expect(digits(s[L.published])).toBe(digits(c[L.published]));
		});

		// the comparison: the bar's figure as published, in dollars, converted
		const bars = await screenRows(page, 'partners');
		expect(bars.find((r) => r[L.country] === L.kaz)).toMatchObject({
			[L.currency]: 'USD',
			[L.conversion]: L.converted,
			[L.reporter]: L.kaz,
			[L.dataset]: L.bundled
		});
	});

	test(`${lang}: the comparison table and its CSV give each country its own latest year`, async ({
		page
	}) => {
		await page.goto(`/?${L.q}partners=KAZ,UZB&flow=import&tables=partners`);
		await chartsReady(page);
		const rows = await screenRows(page, 'partners');
		expect(rows.find((r) => r[L.country] === L.kaz)?.[L.period]).toBe('2021');
		expect(rows.find((r) => r[L.country] === L.uzb)?.[L.period]).toBe('2022');
		const csv = rowsOf((await csvOf(page, 'partners', 'csv-shown')).text, L.delimiter);
		expect(csv.find((r) => r.ISO3 === 'KAZ')?.[L.period]).toBe('2021');
		expect(csv.find((r) => r.ISO3 === 'UZB')?.[L.period]).toBe('2022');
	});
}
