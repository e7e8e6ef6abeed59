/**
 * Excel files in (issue 14): an .xlsx built here with SheetJS from the same cells as a CSV
 * fixture (illustrative figures, see fixtures/upload/README.md) shows the same import report as
 * the CSV: counts, what was found, the issues with their lines and columns; a workbook with two
 * trade tables becomes two datasets.
 */
import { expect, test, type Browser, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import * as XLSX from '@e965/xlsx';
import Papa from 'papaparse';

const CSV_PATH = fileURLToPath(new URL('./fixtures/upload/comext-kgz-2025.csv', import.meta.url));
const COMTRADE_PATH = fileURLToPath(
	new URL('./fixtures/import/comtrade-plus.csv', import.meta.url)
);

/**
 * The CSVs' cells in a workbook: a cover sheet first, then one sheet per CSV (by default the one
 * file as `Data`), numbers as numbers.
 */
async function workbookOf(
	csvPath: string,
	sheets: Record<string, string> = { Data: csvPath }
): Promise<Buffer> {
	const wb = XLSX.utils.book_new();
	const cover = [['Synthetic test workbook (illustrative figures, not data)'], ['Source', 'test']];
	XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(cover), 'Cover');
	for (const [name, path] of Object.entries(sheets)) {
		const text = await readFile(path, 'utf8');
		const { data } = Papa.parse<string[]>(text, { skipEmptyLines: true });
		const rows = data.map((r) => r.map((f) => (/^-?\d+(\.\d+)?$/.test(f) ? Number(f) : f)));
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), name);
	}
	return XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** A workbook with two trade tables: a Comext extract and a UN Comtrade one. */
const twoTables = () => workbookOf(CSV_PATH, { Comext: CSV_PATH, Comtrade: COMTRADE_PATH });

async function openData(page: Page, query = '') {
	await page.goto(`/data${query}`);
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

/** What the report shows, minus the format label and how the file was read. */
async function report(page: Page) {
	const text = (selector: string) => page.locator(selector).innerText();
	return {
		read: await text('[data-count="read"]'),
		accepted: await text('[data-count="accepted"]'),
		rejected: await text('[data-count="rejected"]'),
		periods: await text('[data-found="periods"]'),
		partners: await text('[data-found="partners"]'),
		reporters: await text('[data-found="reporters"]'),
		currencies: await text('[data-found="currencies"]'),
		columns: await text('[data-columns]'),
		header: await text('[data-dialect-header]'),
		decimal: await text('[data-dialect-decimal]'),
		// The workbook's own notice on its sheets (once its code exists) is the one difference.
		issues: await page.locator('[data-issue]:not([data-issue="workbook-sheets"])').allInnerTexts()
	};
}

async function uploaded(
	browser: Browser,
	file: { name: string; mimeType: string; buffer: Buffer },
	query = ''
) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await openData(page, query);
	await page.locator('input[data-picker="files"]').setInputFiles(file);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	return page;
}

test('an .xlsx upload shows the same report as the same data in CSV', async ({ browser }) => {
	const csv = await uploaded(browser, {
		name: 'comext-kgz-2025.csv',
		mimeType: 'text/csv',
		buffer: await readFile(CSV_PATH)
	});
	const xlsx = await uploaded(browser, {
		name: 'comext-kgz-2025.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		buffer: await workbookOf(CSV_PATH)
	});

	const expected = await report(csv);
	expect(expected.accepted).toBe('3');
	expect(expected.issues.length).toBeGreaterThan(0);
	expect(await report(xlsx)).toEqual(expected);

	// The data sheet was read, past the cover; the dialect says the workbook.
	await expect(xlsx.locator('[data-report-format]')).toHaveText(
		`${await csv.locator('[data-report-format]').innerText()} · Data`
	);
	await expect(xlsx.locator('[data-dialect-encoding]')).toHaveText('XLSX');
	// The unknown partner is on row 5 of the sheet, column B.
	const unknown = xlsx.locator('[data-issue="unknown-country"] td');
	await expect(unknown.nth(0)).toHaveText('5');
	await expect(unknown.nth(1)).toHaveText('2');
	await csv.context().close();
	await xlsx.context().close();
});

test('a damaged workbook is refused with a clear message and nothing changes', async ({ page }) => {
	await openData(page);
	const before = await page.locator('[data-datasets] tbody tr').count();
	const broken = (await workbookOf(CSV_PATH)).subarray(0, 1500);
	await page
		.locator('input[data-picker="files"]')
		.setInputFiles({ name: 'broken.xlsx', mimeType: 'application/octet-stream', buffer: broken });
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'rejected');
	await expect(page.locator('[data-report-outcome]')).toContainText('damaged or incomplete');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(before);
});

test('a workbook with two trade tables becomes two datasets, each with its report', async ({
	page
}) => {
	await openData(page);
	await page.locator('input[data-picker="files"]').setInputFiles({
		name: 'trade-2025.xlsx',
		mimeType: 'application/octet-stream',
		buffer: await twoTables()
	});
	const tasks = page.locator('[data-task]');
	await expect(tasks).toHaveCount(2);
	await expect(tasks.nth(0)).toHaveAttribute('data-task', 'added');
	await expect(tasks.nth(1)).toHaveAttribute('data-task', 'added');
	const names = page.locator('[data-datasets] [data-dataset-name]');
	await expect(names).toHaveText([
		'trade-2025.xlsx › Comtrade',
		'trade-2025.xlsx › Comext',
		// The bundled data, at the bottom.
		/.+/
	]);
	// The report shown is the last sheet's; the first sheet's is a click away.
	await expect(page.locator('[data-report-format]')).toContainText('· Comtrade');
	await tasks.nth(0).getByRole('button').click();
	await expect(page.locator('[data-report-format]')).toContainText('· Comext');
	await expect(page.locator('[data-count="accepted"]')).toHaveText('3');
});

test('screenshots of the Data page after a two-table .xlsx import, in English and Italian', async ({
	browser
}, testInfo) => {
	const buffer = await twoTables();
	for (const [lang, query] of [
		['en', ''],
		['it', '?lang=it']
	] as const) {
		const context = await browser.newContext();
		const page = await context.newPage();
		await openData(page, query);
		await page
			.locator('input[data-picker="files"]')
			.setInputFiles({ name: 'trade-2025.xlsx', mimeType: 'application/octet-stream', buffer });
		await expect(page.locator('[data-task="added"]')).toHaveCount(2);
		await page.setViewportSize({ width: 1366, height: 768 });
		await expect(page.locator('[data-report]')).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath(`data-xlsx-${lang}.png`), fullPage: true });
		await context.close();
	}
});
