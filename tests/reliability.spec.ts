/**
 * The catalogue where the browser matters (anchors L29/L30, A4, A5, B3–B8), through the real Data
 * page, its Web Worker and Chromium's TextDecoder:
 * - our Windows-1252 and ISO-8859-15 tables agree with Chromium's decoders byte for byte (Node's
 *   TextDecoder gets 0x80-0x9F wrong, nodejs/node#60888, so this can only be checked here);
 * - UTF-16 LE/BE, Windows-1252, ISO-8859-15 and mostly-UTF-8 files import with the right text;
 * - a 1 GiB file (sparse, never written) is refused at once, without being read;
 * - a large file is parsed in the worker with progress while the page keeps answering, and an
 *   import can be cancelled with nothing changed.
 */
import { mkdirSync, openSync, closeSync, ftruncateSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { tableFromIPC } from '@uwdata/flechette';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { decodeLatin9, decodeWindows1252 } from '../src/lib/data/import/decode';
import { chartsReady } from './helpers';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const TMP = join(tmpdir(), `ica-reliability-${process.pid}`);

test.beforeAll(() => mkdirSync(TMP, { recursive: true }));
test.afterAll(() => rmSync(TMP, { recursive: true, force: true }));

async function openData(page: Page) {
	await page.goto('/data?lang=en');
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

function utf16(text: string, bigEndian: boolean): Buffer {
	const out = Buffer.alloc((text.length + 1) * 2);
	const put = (i: number, code: number) =>
		bigEndian ? out.writeUInt16BE(code, i * 2) : out.writeUInt16LE(code, i * 2);
	put(0, 0xfeff);
	for (let i = 0; i < text.length; i++) put(i + 1, text.charCodeAt(i));
	return out;
}

const single = (text: string, table: Record<string, number>) =>
	Buffer.from([...text].map((ch) => table[ch] ?? ch.charCodeAt(0)));

test('our single-byte tables match Chromium’s TextDecoder for all 256 bytes', async ({ page }) => {
	await page.goto('/data');
	const all = Array.from({ length: 256 }, (_, i) => i);
	const chromium = await page.evaluate((bytes) => {
		const b = new Uint8Array(bytes);
		return {
			w1252: new TextDecoder('windows-1252').decode(b),
			latin9: new TextDecoder('iso-8859-15').decode(b)
		};
	}, all);
	expect(decodeWindows1252(new Uint8Array(all))).toBe(chromium.w1252);
	expect(decodeLatin9(new Uint8Array(all))).toBe(chromium.latin9);
	expect(chromium.w1252.charAt(0x80)).toBe('€');
});

const NOTE = 'Città – l’anno 5 €';
const CASES: {
	id: string;
	name: string;
	bytes: () => Buffer;
	encoding: RegExp;
	issue?: string;
	note: string;
}[] = [
	{
		id: 'B3',
		name: 'excel-1252.csv',
		bytes: () =>
			single(
				`${HEADER.replaceAll(',', ';')}\r\n2023;KAZ;export;ITA;TOTAL;;1.234,5;EUR;ISTAT;${NOTE};\r\n`,
				{
					'€': 0x80,
					'’': 0x92,
					'–': 0x96
				}
			),
		encoding: /WINDOWS-1252/,
		issue: 'encoding-fallback',
		note: NOTE
	},
	{
		id: 'B4',
		name: 'latin9.csv',
		bytes: () =>
			single(`${HEADER}\n2023,KAZ,export,ITA,TOTAL,,5,EUR,ISTAT,Città 5 €,\n`, { '€': 0xa4 }),
		encoding: /ISO-8859-15/,
		issue: 'encoding-fallback',
		note: 'Città 5 €'
	},
	{
		id: 'B5',
		name: 'unicode-le.txt',
		bytes: () =>
			utf16(
				`${HEADER.replaceAll(',', '\t')}\r\n2023\tKAZ\texport\tITA\tTOTAL\t\t1234,5\tEUR\tISTAT\t${NOTE}\t\r\n`,
				false
			),
		encoding: /UTF-16LE/,
		note: NOTE
	},
	{
		id: 'B6',
		name: 'unicode-be.csv',
		bytes: () => utf16(`${HEADER}\n2023,KAZ,export,ITA,TOTAL,,5,EUR,ISTAT,${NOTE},\n`, true),
		encoding: /UTF-16BE/,
		note: NOTE
	},
	{
		id: 'B8',
		name: 'mostly-utf8.csv',
		bytes: () =>
			Buffer.concat([
				Buffer.from(
					`${HEADER}\n2023,KAZ,export,ITA,TOTAL,,5,EUR,ISTAT,Città è,\n2023,UZB,export,ITA,TOTAL,,6,EUR,ISTAT,Citt`
				),
				Buffer.from([0xe0, 0xff]),
				Buffer.from(',\n')
			]),
		encoding: /UTF-8/,
		issue: 'invalid-utf8',
		note: 'Città è'
	}
];

for (const c of CASES) {
	test(`${c.id}: ${c.name} imports through the worker with the right text`, async ({ page }) => {
		await openData(page);
		await page
			.locator('input[data-picker="files"]')
			.setInputFiles({ name: c.name, mimeType: 'text/csv', buffer: c.bytes() });
		await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');
		await expect(page.locator('[data-dialect-encoding]')).toHaveText(c.encoding);
		if (c.issue) await expect(page.locator(`[data-issue="${c.issue}"]`)).toBeVisible();
		// The text as the dashboard will show it: read back from this device's storage.
		// Each stored version is an Arrow IPC stream (storage/arrow.ts): read its note column.
		const stored = await page.evaluate(
			() =>
				new Promise<number[][]>((resolve, reject) => {
					const open = indexedDB.open('ica-datasets');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const all = open.result.transaction('versions').objectStore('versions').getAll();
						all.onsuccess = () =>
							Promise.all(
								(all.result as { arrow: Blob }[]).map(async (v) => [
									...new Uint8Array(await v.arrow.arrayBuffer())
								])
							).then(resolve, reject);
						all.onerror = () => reject(all.error);
					};
				})
		);
		const notes = stored.flatMap((bytes) =>
			tableFromIPC(new Uint8Array(bytes)).getChild('note').toArray()
		);
		expect(notes).toContain(c.note);
	});
}

test('A4: a 1 GiB file is refused at once, without being read', async ({ page }) => {
	const path = join(TMP, 'comext-everything.csv');
	const fd = openSync(path, 'w');
	ftruncateSync(fd, 1024 ** 3); // sparse: no data written
	closeSync(fd);
	await openData(page);
	const t0 = Date.now();
	await page.locator('input[data-picker="files"]').setInputFiles(path);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'rejected');
	const ms = Date.now() - t0;
	await expect(page.locator('[data-report-outcome], [data-report]').first()).toContainText(
		'256 MB'
	);
	console.log(`[reliability] 1 GiB file refused in ${ms} ms (including the upload round trip)`);
	expect(ms).toBeLessThan(5000);
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(1);
});

/** Writes a template file of `rows` rows, one figure per cell (synthetic); returns its path and size. */
function bigFile(name: string, rows: number) {
	const path = join(TMP, name);
	const partners = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
	const chunks: string[] = [`${HEADER}\n`];
	for (let i = 0; i < rows; i++) {
		chunks.push(
			`${1900 + Math.floor(i / 5820)}-${String(1 + (i % 12)).padStart(2, '0')},${partners[i % 5]},${i % 2 ? 'import' : 'export'},ITA,${String(i % 97).padStart(2, '0')},,${i}.5,EUR,Eurostat Comext,,\n`
		);
	}
	const text = chunks.join('');
	writeFileSync(path, text);
	return { path, size: text.length };
}

test('A5: a large file is parsed in the worker with progress, the page keeps answering', async ({
	page
}) => {
	test.setTimeout(300_000);
	const rows = 400_000;
	const { path, size } = bigFile('large.csv', rows);
	await openData(page);
	// Long tasks on the main thread, and a heartbeat that must keep ticking while the worker parses.
	await page.evaluate(() => {
		const w = window as unknown as { __long: number[]; __beats: number };
		w.__long = [];
		w.__beats = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
		}).observe({ type: 'longtask', buffered: false });
		setInterval(() => w.__beats++, 50);
	});
	const t0 = Date.now();
	await page.locator('input[data-picker="files"]').setInputFiles(path);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'importing');
	const seen = new Set<string>();
	const beatsAtStart = await page.evaluate(
		() => (window as unknown as { __beats: number }).__beats
	);
	while ((await page.locator('[data-task]').getAttribute('data-task')) === 'importing') {
		seen.add((await page.locator('[data-task-status]').textContent()) ?? '');
		await page.waitForTimeout(100);
	}
	const parsedMs = Date.now() - t0;
	const beats =
		(await page.evaluate(() => (window as unknown as { __beats: number }).__beats)) - beatsAtStart;
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added', {
		timeout: 240_000
	});
	const totalMs = Date.now() - t0;
	const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
	await expect(page.locator('[data-count="accepted"]')).toHaveText(rows.toLocaleString('en-GB'));
	console.log(
		`[reliability] ${(size / 1e6).toFixed(0)} MB, ${rows.toLocaleString('en')} rows: parsed in the worker in ${parsedMs} ms ` +
			`(${seen.size} progress texts, ${beats} heartbeats of 50 ms), added after ${totalMs} ms; ` +
			`main-thread long tasks: ${long.length}, longest ${Math.max(0, ...long)} ms`
	);
	// Progress was shown, and the page answered while the worker parsed.
	expect(seen.size).toBeGreaterThan(1);
	expect(beats).toBeGreaterThan(parsedMs / 50 / 4);

	await page.goto('/?partners=KAZ&tables=volumes');
	await chartsReady(page);
});

test('an import can be cancelled: nothing changes', async ({ page }) => {
	test.setTimeout(120_000);
	const { path } = bigFile('cancel.csv', 1_000_000);
	await openData(page);
	await page.locator('input[data-picker="files"]').setInputFiles(path);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'importing');
	await page.locator('[data-cancel]').click();
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'cancelled');
	await expect(page.locator('[data-datasets] tbody tr')).toHaveCount(1);
});
