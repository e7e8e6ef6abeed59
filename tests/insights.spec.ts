import { expect, test } from '@playwright/test';
import { chartsReady } from './helpers';

test('a click on a country on the map selects it in every view', async ({ page }) => {
	await page.goto('/');
	await chartsReady(page);
	const map = page.locator('[data-chart="map"]');
	await expect(map).toHaveAttribute('data-chart-ready', 'true');
	// ECharts draws on canvas: find a pixel of the darkest shade (the largest partner,
	// Kazakhstan, in 2023 exports) and click there, as a user would.
	const point = await map.evaluate((el) => {
		const canvas = el.querySelector('canvas') as HTMLCanvasElement;
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
		const { width, height } = canvas;
		const data = ctx.getImageData(0, 0, width, height).data;
		const ratio = width / canvas.getBoundingClientRect().width;
		let sx = 0;
		let sy = 0;
		let n = 0;
		for (let y = 0; y < height; y += 3) {
			for (let x = 0; x < width; x += 3) {
				const k = (y * width + x) * 4;
				if (
					Math.abs(data[k]! - 11) < 6 &&
					Math.abs(data[k + 1]! - 79) < 6 &&
					Math.abs(data[k + 2]! - 108) < 6
				) {
					sx += x;
					sy += y;
					n++;
				}
			}
		}
		// The centre of the shaded area, a little off the label in its middle.
		return n ? { x: sx / n / ratio - 30, y: sy / n / ratio + 12 } : null;
	});
	expect(point).not.toBeNull();
	await map.scrollIntoViewIfNeeded();
	const box = (await map.boundingBox())!;
	await page.mouse.click(box.x + point!.x, box.y + point!.y);
	await expect(page).toHaveURL(/focus=KAZ/);
	await chartsReady(page);
	await expect(page.locator('[data-active-filters="1"]')).toContainText('Kazakhstan');
});

test('the mirror view shows Kazakh exports to Italy several times what Italy records', async ({
	page
}) => {
	await page.goto('/?flow=import&focus=KAZ&tables=mirror');
	await chartsReady(page);
	const table = page.locator('[data-table="mirror"]');
	// 2021: Kazakh statistics USD 8.89 bn of exports to Italy vs Italian imports from Kazakhstan.
	const row2021 = table.locator('tr', { hasText: '2021' });
	await expect(row2021).toContainText('!');
	const italy = await row2021.locator('td').nth(2).innerText();
	const partner = await row2021.locator('td').nth(3).innerText();
	const num = (s: string) => Number(s.replace(/[^\d]/g, ''));
	expect(num(partner) / num(italy)).toBeGreaterThan(4);
	expect(num(partner) / num(italy)).toBeLessThan(7.5);
});

test('the mirror view shows the Kyrgyz gap: Italy ninefold, Kyrgyzstan about threefold', async ({
	page
}) => {
	await page.goto('/?focus=KGZ&tables=mirror');
	await chartsReady(page);
	const table = page.locator('[data-table="mirror"]');
	const num = (s: string) => Number(s.replace(/[^\d]/g, ''));
	const cells = async (year: string) => {
		const row = table.locator('tr', { hasText: year });
		return [
			num(await row.locator('td').nth(2).innerText()),
			num(await row.locator('td').nth(3).innerText())
		];
	};
	const [i21, k21] = await cells('2021');
	const [i23, k23] = await cells('2023');
	expect(i23! / i21!).toBeGreaterThan(9);
	expect(k23! / k21!).toBeGreaterThan(2);
	expect(k23! / k21!).toBeLessThan(4);
});

// Key facts take the Growth view's default span (latest year against five years earlier when
// available: 2019–2023 for Kyrgyzstan), no longer a two-year window.
test('key facts for Kyrgyzstan state the 2019→2023 rise, in both languages', async ({ page }) => {
	await page.goto('/?partners=KGZ');
	await chartsReady(page);
	await expect(page.locator('[data-facts]')).toContainText(
		'Italian exports to Kyrgyzstan rose from €23.1m in 2019 to €213.7m in 2023, ×9.3.'
	);
	await page.goto('/?partners=KGZ&lang=it');
	await chartsReady(page);
	await expect(page.locator('[data-facts]')).toContainText(
		'verso il Kirghizistan sono passate da 23,1'
	);
	await expect(page.locator('[data-facts]')).toContainText('(×9,3)');
});

test('selecting an event shows the months before and after it, labelled descriptive', async ({
	page
}) => {
	await page.goto('/?partners=KAZ');
	await chartsReady(page);
	const events = page.locator('[data-view="events"]');
	await events.getByRole('button', { name: /Tokayev/ }).click();
	await chartsReady(page);
	await expect(events).toContainText('President Tokayev of Kazakhstan visits Italy');
	await expect(events).toContainText('Descriptive, not causal');
	await expect(events).toContainText(/Kazakhstan: mean €\d/);
	await events.getByRole('button', { name: 'Table' }).click();
	await expect(page.locator('[data-table="events"]')).toContainText('Jan 2023');
});
