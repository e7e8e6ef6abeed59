/**
 * Storage shared by tabs (issue 11): the database deleted by another tab while /data is open, and
 * the same file uploaded in two tabs at once. Each test also records the longest main-thread task
 * of the Data page (PerformanceObserver `longtask`) while it happens: bounded by 50 ms for the
 * deletion and the save again; reported for the two-tab upload (two imports render at once).
 */
import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

const KGZ = fileURLToPath(new URL('./fixtures/upload/comext-kgz-2025.csv', import.meta.url));

async function openData(page: Page, query = '') {
	await page.goto(`/data${query}`);
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

/** Starts recording main-thread long tasks (over 50 ms) of the page. */
async function watchLongTasks(page: Page) {
	await page.evaluate(() => {
		const w = window as unknown as { __long: number[] };
		w.__long = [];
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w.__long.push(Math.round(e.duration));
		}).observe({ type: 'longtask', buffered: false });
	});
	return async () => {
		const long = await page.evaluate(() => (window as unknown as { __long: number[] }).__long);
		return { count: long.length, longest: Math.max(0, ...long) };
	};
}

/** The names in IndexedDB, as another page of the site sees them (opening nothing). */
const databases = (page: Page) =>
	page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));

/** The datasets stored in IndexedDB (opened read-only from the given page). */
const storedNames = (page: Page) =>
	page.evaluate(
		() =>
			new Promise<string[]>((resolve, reject) => {
				const open = indexedDB.open('ica-datasets');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const all = db.transaction('datasets').objectStore('datasets').getAll();
					all.onsuccess = () => {
						resolve((all.result as { meta: { name: string } }[]).map((r) => r.meta.name));
						db.close();
					};
					all.onerror = () => reject(all.error);
				};
			})
	);

const uploadRow = (page: Page) => page.locator('[data-datasets] tbody tr[data-saved]');

test('the database deleted by another tab: the page says so at once and saves it again', async ({
	context
}) => {
	test.setTimeout(90_000);
	const a = await context.newPage();
	await openData(a);
	await a.locator('input[data-picker="files"]').setInputFiles(KGZ);
	await expect(a.locator('[data-task]')).toHaveAttribute('data-task', 'added');
	await expect(uploadRow(a)).toHaveAttribute('data-saved', 'true');
	await expect(a.locator('[data-storage-best-effort], [data-storage-persistent]')).toBeVisible();
	const longTasks = await watchLongTasks(a);

	// Another page of the site (no app code holding the database) deletes it.
	const b = await context.newPage();
	await b.goto('/favicon.svg');
	const outcome = await b.evaluate(
		() =>
			new Promise<string>((resolve) => {
				const t0 = performance.now();
				const req = indexedDB.deleteDatabase('ica-datasets');
				req.onsuccess = () => resolve(`deleted in ${Math.round(performance.now() - t0)} ms`);
				req.onerror = () => resolve('error');
				req.onblocked = () => resolve('blocked');
			})
	);
	expect(outcome).toMatch(/^deleted in \d+ ms$/);
	expect(await databases(b)).not.toContain('ica-datasets');

	// Page A tells the user at once, and no longer lists the dataset as saved.
	const notice = a.locator('[data-storage-lost="deleted"]');
	await expect(notice).toBeVisible();
	await expect(notice).toContainText('deleted by another tab');
	await expect(notice).toContainText('will be gone after a reload');
	await expect(uploadRow(a)).toHaveAttribute('data-saved', 'false');
	await expect(uploadRow(a).locator('.badge.warn')).toHaveText('not saved');
	await expect(a.locator('[data-storage-best-effort], [data-storage-persistent]')).toHaveCount(0);
	// The data is still in the page (the dashboard can still use it) and nothing was recreated.
	await expect(uploadRow(a).locator('[data-dataset-rows]')).not.toHaveText('0');
	expect(await databases(b)).not.toContain('ica-datasets');

	// "Save again" writes what the page holds into a fresh database.
	await a.locator('[data-save-again]').click();
	await expect(notice).toHaveCount(0);
	await expect(uploadRow(a)).toHaveAttribute('data-saved', 'true');
	expect(await storedNames(b)).toEqual(['comext-kgz-2025']);
	const tasks = await longTasks();

	// After a reload it is back, saved.
	await a.reload();
	await expect(a.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
	await expect(uploadRow(a)).toHaveAttribute('data-saved', 'true');
	await expect(uploadRow(a).locator('[data-dataset-name]')).toHaveText('comext-kgz-2025');
	console.log(
		`[storage-tabs] deletion by another tab: ${outcome}; Data page long tasks from the deletion to the save again: ${tasks.count}, longest ${tasks.longest} ms`
	);
	expect(tasks.longest).toBeLessThan(50);
});

test('the notice speaks Italian', async ({ context }) => {
	const a = await context.newPage();
	await openData(a, '?lang=it');
	const b = await context.newPage();
	await b.goto('/favicon.svg');
	await b.evaluate(() => indexedDB.deleteDatabase('ica-datasets'));
	const notice = a.locator('[data-storage-lost="deleted"]');
	await expect(notice).toContainText('cancellati da un’altra scheda');
	await expect(a.locator('[data-save-again]')).toHaveText('Salvali di nuovo su questo dispositivo');
});

test('the same file uploaded in two tabs at once is stored once', async ({ context }) => {
	test.setTimeout(90_000);
	const a = await context.newPage();
	const b = await context.newPage();
	await openData(a);
	await openData(b);
	const [longA, longB] = await Promise.all([watchLongTasks(a), watchLongTasks(b)]);
	await Promise.all([
		a.locator('input[data-picker="files"]').setInputFiles(KGZ),
		b.locator('input[data-picker="files"]').setInputFiles(KGZ)
	]);
	const done = /^(added|duplicate)$/;
	await expect(a.locator('[data-task]')).toHaveAttribute('data-task', done, { timeout: 60_000 });
	await expect(b.locator('[data-task]')).toHaveAttribute('data-task', done, { timeout: 60_000 });
	const statuses = [
		await a.locator('[data-task]').getAttribute('data-task'),
		await b.locator('[data-task]').getAttribute('data-task')
	];
	expect([...statuses].sort()).toEqual(['added', 'duplicate']);
	const second = statuses[0] === 'duplicate' ? a : b;
	await expect(second.locator('[data-task-status]')).toHaveText(
		/^Already (saved on this device|loaded) as “comext-kgz-2025”/
	);

	// Stored once, and listed once (saved) in both tabs.
	expect(await storedNames(a)).toEqual(['comext-kgz-2025']);
	for (const page of [a, b]) {
		await expect(uploadRow(page)).toHaveCount(1);
		await expect(uploadRow(page)).toHaveAttribute('data-saved', 'true');
	}
	const [ta, tb] = [await longA(), await longB()];
	const [added, duplicate] = second === a ? [tb, ta] : [ta, tb];
	console.log(
		`[storage-tabs] two-tab upload: ${statuses.join(' + ')} (duplicate said: "${await second.locator('[data-task-status]').textContent()}"); long tasks of the tab that stored it: ${added.count} (longest ${added.longest} ms), of the tab that found the duplicate: ${duplicate.count} (longest ${duplicate.longest} ms)`
	);
	// Not bounded: both tabs parse and render an import report at the same moment on a shared
	// machine (measured 0–167 ms, the same tasks as a one-tab upload); the figures are reported.
});
