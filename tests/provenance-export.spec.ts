/**
 * Every figure says where it comes from, in the downloads too: the partners' own statistics
 * (published in US dollars) shown in euro carry, in the "as shown" and the full CSV, the value as
 * published, its currency and "converted at ECB rates", in English and in Italian.
 */
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
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

/** Rows of a CSV we wrote (RFC 4180 quoting), after the `#` line. */
function rowsOf(text: string, delimiter: string): Record<string, string>[] {
	const lines: string[][] = [];
	let row: string[] = [];
	let field = '';
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const ch = body[i] as string;
		if (quoted) {
			if (ch === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (ch === '"') quoted = false;
			else field += ch;
		} else if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) {
			row.push(field);
			field = '';
		} else if (ch === '\r') continue;
		else if (ch === '\n') {
			row.push(field);
			lines.push(row);
			row = [];
			field = '';
		} else field += ch;
	}
	const [header, ...rest] = lines.filter((l) => !(l[0] ?? '').startsWith('#'));
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
