/**
 * Datasets saved by an earlier release (rows as typed columns in IndexedDB, before Arrow IPC)
 * still load after the upgrade, and reach the dashboard.
 */
import { expect, test } from '@playwright/test';
import { chartsReady } from './helpers';

/** Italy → Kyrgyzstan exports in 2025 in the seeded record (synthetic value). */
const VALUE = 1_234_567;

test('a dataset saved in the earlier format loads and is shown on the dashboard', async ({
	page
}) => {
	await page.goto('/data');
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'indexeddb');
	await page.evaluate(
		(value) =>
			new Promise<void>((resolve, reject) => {
				const dict = (v: string | null) =>
					v === null
						? { values: [], codes: Int8Array.of(-1) }
						: { values: [v], codes: Int8Array.of(0) };
				const open = indexedDB.open('ica-datasets');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const tx = db.transaction(['datasets', 'versions'], 'readwrite');
					const meta = {
						id: 'up-old',
						name: 'saved before Arrow',
						fileName: 'old.csv',
						size: 100,
						sha256: null,
						loadedAt: '2026-01-01T00:00:00.000Z',
						rowCount: 1,
						active: true,
						format: 'template',
						order: 1,
						version: 1,
						summary: {
							read: 1,
							accepted: 1,
							rejected: 0,
							countUnit: 'rows',
							periods: ['2025'],
							partners: ['KGZ'],
							reporters: ['ITA'],
							currencies: ['EUR'],
							units: null
						}
					};
					tx.objectStore('datasets').put({ id: 'up-old', current: 'up-old@1', meta });
					// The earlier format: packed columns, year and month per period.
					tx.objectStore('versions').put({
						key: 'up-old@1',
						id: 'up-old',
						version: 1,
						rows: {
							length: 1,
							value: Float64Array.of(value),
							period: dict('2025'),
							periodYear: Int32Array.of(2025),
							periodMonth: Int8Array.of(0),
							freq: dict('A'),
							partner: dict('KGZ'),
							flow: dict('export'),
							reporter: dict('ITA'),
							sector: dict('TOTAL'),
							sectorLabel: dict(null),
							currency: dict('EUR'),
							source: dict('synthetic'),
							note: dict(''),
							flag: dict(''),
							dataset: dict('up-old')
						},
						investment: []
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		VALUE
	);
	await page.reload();
	await expect(page.locator('tr[data-dataset="up-old"]')).toBeVisible();
	await page.goto('/?partners=KGZ&tables=volumes');
	await chartsReady(page);
	await expect(page.locator('[data-table="volumes"]')).toContainText('€1,234,567');
});
