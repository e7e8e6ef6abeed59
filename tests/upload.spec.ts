import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { chartsReady } from './helpers';

const fixture = (name: string) =>
	fileURLToPath(new URL(`./fixtures/upload/${name}`, import.meta.url));

const KGZ = fixture('comext-kgz-2025.csv');
const KGZ_REVISED = fixture('comext-kgz-2025-revised.csv');
/** Italy → Kyrgyzstan exports Jan–Mar 2025 in the fixtures (illustrative values). */
const KGZ_TOTAL = '€75,457,750';
const KGZ_REVISED_TOTAL = '€76,950,500';
const VOLUMES = '/?partners=KGZ&tables=volumes';

/** Opens the Data page once the browser storage is ready. */
async function openData(page: Page, query = '') {
	await page.goto(`/data${query}`);
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

async function upload(page: Page, files: string | string[] | Parameters<Page['setInputFiles']>[1]) {
	await page.locator('input[data-picker="files"]').setInputFiles(files);
}

/** The `active` flags of the datasets stored in IndexedDB. */
function storedActive(page: Page): Promise<boolean[]> {
	return page.evaluate(
		() =>
			new Promise<boolean[]>((resolve, reject) => {
				const open = indexedDB.open('ica-datasets');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction('datasets').objectStore('datasets').getAll();
					all.onsuccess = () => {
						resolve((all.result as { meta: { active: boolean } }[]).map((r) => r.meta.active));
						db.close();
					};
					all.onerror = () => reject(all.error);
				};
			})
	);
}

async function volumesTable(page: Page) {
	await page.goto(VOLUMES);
	await chartsReady(page);
	return page.locator('[data-table="volumes"]');
}

test('a Comext file is reported, shown on the dashboard and kept after a reload', async ({
	page
}) => {
	await openData(page);
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'indexeddb');
	await upload(page, KGZ);

	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await expect(page.locator('[data-count="read"]')).toHaveText('5');
	await expect(page.locator('[data-count="accepted"]')).toHaveText('3');
	await expect(page.locator('[data-count="rejected"]')).toHaveText('2');
	await expect(page.locator('[data-report-format]')).toContainText('Comext');
	await expect(page.locator('[data-found="periods"]')).toHaveText('Jan 2025, Feb 2025, Mar 2025');
	await expect(page.locator('[data-found="partners"]')).toHaveText('Kyrgyzstan (KGZ)');
	await expect(page.locator('[data-found="reporters"]')).toHaveText('Italy (ITA)');
	await expect(page.locator('[data-found="currencies"]')).toHaveText('EUR');
	await expect(page.locator('[data-columns]')).toContainText('VALUE_IN_EUR');
	await expect(page.locator('[data-dialect-delimiter]')).toHaveText('comma (,)');
	await expect(page.locator('[data-dialect-header]')).toHaveText('1');

	const unknown = page.locator('[data-issue="unknown-country"]');
	await expect(unknown).toContainText('Atlantis');
	await expect(unknown.locator('td').first()).toHaveText('5');
	await expect(page.locator('[data-issue="missing-value"] td').first()).toHaveText('6');

	// A new upload goes to the top of the list (it takes precedence over the bundled data).
	const row = page.locator('[data-datasets] tbody tr').nth(0);
	await expect(row.locator('[data-dataset-name]')).toHaveText('comext-kgz-2025');
	await expect(row.locator('[data-dataset-file]')).toHaveText('comext-kgz-2025.csv');
	await expect(row.locator('[data-dataset-rows]')).toHaveText('3');
	await expect(row.locator('[data-sha]')).toHaveAttribute('data-sha', /^[0-9a-f]{64}$/);

	// Back to the dashboard with the view's query string: the uploaded months are there.
	await page.goto('/data?lang=en&partners=KGZ&tables=volumes');
	await page.locator('[data-back]').click();
	await expect(page).toHaveURL(/\/\?partners=KGZ&tables=volumes$/);
	await chartsReady(page);
	await expect(page.locator('[data-table="volumes"]')).toContainText(KGZ_TOTAL);
	await expect(page.locator('[data-table="volumes"]')).toContainText('Jan–Mar 2025');

	// A reload restores the dataset from IndexedDB.
	await page.reload();
	await chartsReady(page);
	await expect(page.locator('[data-table="volumes"]')).toContainText(KGZ_TOTAL);
	await openData(page);
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
	await expect(page.locator('[data-dataset-name]').nth(0)).toHaveText('comext-kgz-2025');
});

test('a broken file gets a clear error and the data loaded before stays', async ({ page }) => {
	await openData(page);
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	await upload(page, {
		name: 'figures.xlsx',
		mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
		// A ZIP local header naming an `xl/` part: what an .xlsx file starts with.
		buffer: Buffer.concat([
			Buffer.from([0x50, 0x4b, 0x03, 0x04]),
			Buffer.alloc(26),
			Buffer.from('xl/workbook.xml')
		])
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'rejected');
	await expect(page.locator('[data-report-outcome]')).toContainText('Nothing was loaded');
	await expect(page.locator('[data-report-outcome]')).toContainText('damaged or incomplete');

	await upload(page, {
		name: 'garbage.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from('hello\nworld\n')
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'rejected');
	await expect(page.locator('[data-report-outcome]')).toContainText('match no supported format');

	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
	await expect(await volumesTable(page)).toContainText(KGZ_TOTAL);
});

test('nothing is fetched during or after an upload but the worker script', async ({ page }) => {
	const requests: { url: string; afterStart: boolean }[] = [];
	let started = false;
	page.on('request', (r) => requests.push({ url: r.url(), afterStart: started }));
	await openData(page);
	await page.waitForLoadState('networkidle');

	started = true;
	await upload(page, [KGZ, fixture('uzstat-table.csv')]);
	await expect(page.locator('[data-task]').nth(1)).toHaveAttribute('data-task', 'rejected');
	await expect(page.locator('[data-task]').first()).toHaveAttribute('data-task', 'added');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
	// The re-run with the table's flow is an upload too.
	await page.locator('[data-needs-flow] button').first().click();
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(3);

	const origin = new URL(page.url()).origin;
	expect(requests.filter((r) => new URL(r.url).origin !== origin)).toEqual([]);
	const after = requests.filter((r) => r.afterStart).map((r) => new URL(r.url).pathname);
	expect(after.length).toBeGreaterThan(0);
	for (const path of after)
		// The import worker and the chunks it loads on demand (the Arrow writer for the save).
		expect(path).toMatch(/\/_app\/immutable\/workers\/(import\.worker-[\w-]+|chunks\/[\w-]+)\.js$/);
});

test('a stat.uz table asks for its flow and imports with it', async ({ page }) => {
	await openData(page);
	await upload(page, fixture('uzstat-table.csv'));
	await expect(page.locator('[data-needs-flow]')).toBeVisible();
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(1);
	await page.getByRole('button', { name: 'Exports of the reporting country' }).click();
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await expect(page.locator('[data-found="reporters"]')).toContainText('UZB');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
});

test('replace, deactivate and remove a dataset', async ({ page }) => {
	await openData(page);
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	const row = page.locator('[data-datasets] tbody tr').nth(0);

	await row.locator('input[type="file"]').setInputFiles(KGZ_REVISED);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'replaced');
	await expect(row.locator('[data-dataset-file]')).toHaveText('comext-kgz-2025-revised.csv');
	await expect(row.locator('[data-dataset-name]')).toHaveText('comext-kgz-2025');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
	await expect(await volumesTable(page)).toContainText(KGZ_REVISED_TOTAL);

	await openData(page);
	await row.locator('[data-active]').uncheck();
	await expect.poll(() => storedActive(page)).toEqual([false]);
	await page.reload();
	await expect(
		page.locator('[data-datasets] tbody tr').nth(0).locator('[data-active]')
	).not.toBeChecked();
	await expect(await volumesTable(page)).not.toContainText('2025');

	await openData(page);
	await row.locator('[data-remove]').click();
	await row.locator('[data-confirm-remove]').click();
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(1);
	await page.reload();
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(1);
});

test('without IndexedDB, uploads work in memory and the page says so', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
	});
	await openData(page, '?partners=KGZ&tables=volumes');
	await expect(page.locator('[data-storage-memory]')).toBeVisible();
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await expect(page.locator('[data-datasets] tbody tr').nth(0)).toContainText('not saved');
	// The dashboard, reached without a reload, shows it.
	await page.locator('[data-back]').click();
	await chartsReady(page);
	await expect(page.locator('[data-table="volumes"]')).toContainText(KGZ_TOTAL);
});

test('a full disk keeps the stored data and says why', async ({ page, context }) => {
	await openData(page);
	// Storage limited to 1 MB (set before the first write: Chromium reads the quota once).
	const origin = new URL(page.url()).origin;
	const cdp = await context.newCDPSession(page);
	await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize: 1 << 20 });
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	// 150,000 rows of hard-to-compress values: about 1.2 MB of numbers alone once packed.
	const lines = [
		'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag'
	];
	let seed = 42;
	for (let i = 0; i < 150_000; i++) {
		seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
		// One figure per cell: 8,000 sectors × 12 months × years.
		const period = `${1900 + Math.floor(i / 96_000)}-${String(1 + (Math.floor(i / 8000) % 12)).padStart(2, '0')}`;
		lines.push(
			`${period},KAZ,export,ITA,${1000 + (i % 8000)},,${seed / 1000},EUR,large test file,,`
		);
	}
	await upload(page, {
		name: 'large.csv',
		mimeType: 'text/csv',
		buffer: Buffer.from(lines.join('\n'))
	});
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'failed', {
		timeout: 20_000
	});
	await expect(page.locator('[data-count="accepted"]')).toHaveText('150,000');
	await expect(page.locator('[data-storage-error]')).toContainText('not enough storage space');
	await expect(page.locator('[data-report-outcome]')).toContainText('Nothing was loaded');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);

	await cdp.send('Storage.overrideQuotaForOrigin', { origin });
	await page.reload();
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(2);
	await expect(page.locator('[data-dataset-file]')).toHaveText('comext-kgz-2025.csv');
});

test('downloads: the current data in the template format, and all the issues', async ({ page }) => {
	await openData(page);
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	const [current] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-download-current]').click()
	]);
	const text = (await readFile(await current.path())).toString('utf8').replace(/^\uFEFF/, '');
	const lines = text.split('\r\n');
	expect(lines[0]).toBe(
		'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag'
	);
	expect(
		lines.filter((l) => l.startsWith('2025-0') && l.includes(',KGZ,export,ITA,TOTAL,'))
	).toHaveLength(3);
	expect(text).toContain('2025-03,KGZ,export,ITA,TOTAL,,30007250,EUR,');
	// The bundled rows are there too (it is shown), once each.
	expect(lines.length).toBeGreaterThan(700);

	const [issues] = await Promise.all([
		page.waitForEvent('download'),
		page.locator('[data-download-issues]').click()
	]);
	expect(issues.suggestedFilename()).toBe('comext-kgz-2025-issues.csv');
	const csv = (await readFile(await issues.path())).toString('utf8');
	expect(csv).toContain('5,2,PARTNER,unknown-country,');
	expect(csv).toContain('Atlantis');
});

test('another tab sees an upload and a removal', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openData(a);
	await openData(b);
	await upload(a, KGZ);
	await expect(b.locator('[data-datasets] tbody tr')).toHaveCount(2);
	await expect(b.locator('[data-dataset-name]').nth(0)).toHaveText('comext-kgz-2025');
	await b.locator('[data-remove]').click();
	await b.locator('[data-confirm-remove]').click();
	await expect(a.locator('[data-datasets] tbody tr')).toHaveCount(1);
});

test('the Data page speaks Italian', async ({ page }) => {
	await openData(page, '?lang=it');
	await expect(page.locator('h2#upload-title')).toHaveText('Carica dati aggiornati');
	await upload(page, KGZ);
	await expect(page.locator('[data-count="rejected"]')).toHaveText('2');
	await expect(page.locator('[data-found="periods"]')).toHaveText('gen 2025, feb 2025, mar 2025');
	await expect(page.locator('[data-issue="unknown-country"]')).toContainText('Atlantis');
	await expect(page.locator('[data-back]')).toHaveAttribute('href', '/?lang=it');
	await expect(page.locator('[data-nav="dashboard"]')).toHaveAttribute('href', '/?lang=it');
});
