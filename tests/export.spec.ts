import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** Opens the share dialog of a view. */
async function openShare(page: Page, view: string) {
	await page.locator(`[data-share="${view}"]`).click();
	const dialog = page.locator(`dialog[data-share-dialog="${view}"]`);
	await expect(dialog).toBeVisible();
	return dialog;
}

/** Clicks a download button and returns the file's name and bytes. */
async function download(page: Page, button: string) {
	const [file] = await Promise.all([
		page.waitForEvent('download'),
		page.locator(`dialog[open] [data-download="${button}"]`).click()
	]);
	const path = await file.path();
	return { name: file.suggestedFilename(), bytes: await readFile(path) };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer) {
	expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Distinct colours (in 32 steps per channel) among the pixels of a PNG, decoded by the browser. */
async function distinctColours(page: Page, bytes: Buffer) {
	return page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d') as CanvasRenderingContext2D;
		ctx.drawImage(img, 0, 0);
		const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
		const seen = new Set<number>();
		for (let i = 0; i < data.length; i += 4 * 7) {
			seen.add(((data[i]! >> 3) << 10) | ((data[i + 1]! >> 3) << 5) | (data[i + 2]! >> 3));
		}
		return seen.size;
	}, bytes.toString('base64'));
}

test('PNG downloads: 2× the chart on screen and a 1920 × 1080 slide, not blank', async ({
	page
}) => {
	await page.setViewportSize({ width: 1300, height: 900 });
	await page.goto('/?partners=KGZ&flow=export&to=2024');
	await chartsReady(page);
	const box = await page.locator('[data-chart="volumes"]').boundingBox();
	const dialog = await openShare(page, 'volumes');

	const label = await dialog.locator('[data-download="png-2x"] .size').textContent();
	const [, w, h] = /(\d+) × (\d+) px/.exec(label ?? '') ?? [];
	const double = await download(page, 'png-2x');
	expect(double.name).toBe('italy-central-asia-volumes-KGZ-export-2024-2x.png');
	const size = pngSize(double.bytes);
	expect(size.width).toBe(2 * Math.round(box?.width ?? 0));
	expect(size).toEqual({ width: Number(w), height: Number(h) });
	// the picture is taller than the chart: title above, source and vintage below
	expect(size.height).toBeGreaterThan(2 * (box?.height ?? 0) + 100);
	expect(await distinctColours(page, double.bytes)).toBeGreaterThan(5);

	const slide = await download(page, 'png-slide');
	expect(slide.name).toBe('italy-central-asia-volumes-KGZ-export-2024-1920x1080.png');
	expect(pngSize(slide.bytes)).toEqual({ width: 1920, height: 1080 });
	expect(await distinctColours(page, slide.bytes)).toBeGreaterThan(5);
});

test('the SVG holds the title, the source and the vintage, and is valid XML', async ({ page }) => {
	await page.goto('/?lang=it&partners=KAZ,UZB');
	await chartsReady(page);
	await openShare(page, 'partners');
	const svg = await download(page, 'svg');
	expect(svg.name).toMatch(/^italy-central-asia-partners-KAZ-UZB-export-\d{4}\.svg$/);
	const text = svg.bytes.toString('utf8');
	expect(text).toContain('Confronto tra paesi');
	expect(text).toContain('Fonte: Eurostat Comext');
	expect(text).toContain('Aggiornamento dei dati');
	const parsed = await page.evaluate((source) => {
		const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
		return {
			error: doc.querySelector('parsererror')?.textContent ?? null,
			texts: [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '')
		};
	}, text);
	expect(parsed.error).toBeNull();
	expect(parsed.texts).toContain('Confronto tra paesi');
	// Italian number format inside the picture
	expect(parsed.texts.some((t) => /^\d+,\d mld €$/.test(t.replace(/\u00a0/g, ' ')))).toBe(true);
});

test('the "as shown" CSV has the numbers of the chart’s table', async ({ page }) => {
	await page.goto('/?partners=KAZ,UZB,KGZ&flow=import&tables=volumes');
	await chartsReady(page);
	const table = await page
		.locator('[data-table="volumes"] tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
		);
	expect(table.length).toBeGreaterThan(5);
	await openShare(page, 'volumes');
	const csv = await download(page, 'csv-shown');
	// the name ends with the latest year of the data
	expect(csv.name).toMatch(/^italy-central-asia-volumes-KAZ-UZB-KGZ-import-\d{4}-en\.csv$/);
	const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
	expect(lines[0]).toMatch(/^# Source: .*; vintage: .*; downloaded: \d{4}-\d{2}-\d{2}$/);
	expect(lines[1]).toBe(
		'Country,ISO3,Period,Value (EUR),Value as published,Published currency,Conversion,Note,Reporter,Currency,Source,Dataset,Flag'
	);
	const fromCsv = lines.slice(2).map((l) => {
		const [country, , period, value] = l.split(',');
		return `${country}|${period}|${value === '' ? '—' : Math.round(Number(value))}`;
	});
	const fromTable = table.map(
		([country, period, value]) =>
			`${country}|${period}|${value === '—' ? '—' : Number((value ?? '').replace(/[^\d]/g, ''))}`
	);
	expect(fromCsv.sort()).toEqual(fromTable.sort());
});

test('the Italian CSV: BOM, semicolons, decimal commas; the full data has every column', async ({
	page
}) => {
	await page.goto('/?lang=it');
	await chartsReady(page);
	const dialog = await openShare(page, 'sectors');
	// the CSV format follows the language unless the user picks the other one
	await expect(
		dialog.getByLabel('Separato da punto e virgola, virgola decimale (Excel in italiano)')
	).toBeChecked();
	const shown = await download(page, 'csv-shown');
	expect(shown.name).toMatch(/-it\.csv$/);
	expect([...shown.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const text = shown.bytes.toString('utf8').slice(1);
	const lines = text.trimEnd().split('\r\n');
	expect(lines[0]).toMatch(
		/^# Fonte: .* · versione dei dati: .* · scaricato il: \d{4}-\d{2}-\d{2}$/
	);
	expect(lines[1]).toBe(
		'Paese;ISO3;Periodo;Settore;Codice settore;Valore (EUR);Valore pubblicato;Valuta pubblicata;Conversione;Quota (%);Fonte;Dichiarante;Insieme di dati;Segnalazione'
	);
	// shares are decimals: written with a comma, never a point
	expect(lines.slice(2).some((l) => /;\d+,\d+;/.test(l))).toBe(true);
	expect(lines.slice(2).some((l) => /;\d+\.\d+;/.test(l))).toBe(false);

	const full = await download(page, 'csv-full');
	expect(full.name).toMatch(/-full-it\.csv$/);
	const fullLines = full.bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	expect(fullLines[1]).toBe(
		'Periodo;Paese;Flusso;Dichiarante;Settore;Nome settore;Valore;Valuta;Valore pubblicato;Valuta pubblicata;Conversione;Fonte;Insieme di dati;Segnalazione'
	);
	expect(fullLines.length).toBeGreaterThan(10);

	// the English variant on request
	await dialog.getByLabel('Separato da virgole, punto decimale').check();
	const en = await download(page, 'csv-shown');
	expect(en.name).toMatch(/-en\.csv$/);
	expect(en.bytes[0]).toBe('#'.charCodeAt(0));
	expect(en.bytes.toString('utf8').split('\r\n')[1]).toBe(
		'Paese,ISO3,Periodo,Settore,Codice settore,Valore (EUR),Valore pubblicato,Valuta pubblicata,Conversione,Quota (%),Fonte,Dichiarante,Insieme di dati,Segnalazione'
	);
});

test('share dialog: permalink, iframe snippet and citation in the chosen language; Esc closes', async ({
	page,
	baseURL
}) => {
	await page.goto('/?lang=it&partners=KGZ&growth=cagr&from=2021&to=2023');
	await chartsReady(page);
	const opener = page.locator('[data-share="growth"]');
	const dialog = await openShare(page, 'growth');
	const query = '?lang=it&partners=KGZ&from=2021&to=2023&growth=cagr';
	await expect(dialog.locator('[data-permalink]')).toHaveValue(`${baseURL}/${query}`);
	await expect(dialog.locator('[data-embed-code]')).toHaveValue(
		`<iframe src="${baseURL}/embed/growth${query.replaceAll('&', '&amp;')}" title="Crescita – Commercio Italia – Asia centrale" width="100%" height="690" style="border:0" loading="lazy"></iframe>`
	);
	const cite = await dialog.locator('[data-cite]').inputValue();
	expect(cite).toMatch(
		/^Commercio Italia – Asia centrale: «Crescita» \(Tasso di crescita annuo composto, 2021–2023\)\. Fonte: /
	);
	expect(cite).toContain('Aggiornamento dei dati: estrazione Eurostat Comext di novembre 2024');
	expect(cite).toMatch(
		/\(consultato il \d{1,2} (gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre) \d{4}\)\.$/
	);
	// focus is inside the dialog; Esc closes it and gives focus back to the button
	expect(await dialog.evaluate((d) => d.contains(document.activeElement))).toBe(true);
	await page.keyboard.press('Escape');
	await expect(dialog).toBeHidden();
	await expect(opener).toBeFocused();
	// Esc on the dialog does not clear the dashboard's filters
	await expect(page).toHaveURL(/partners=KGZ.*from=2021&to=2023/);
	// a click on the backdrop closes it too
	await opener.click();
	await expect(dialog).toBeVisible();
	await page.mouse.click(3, 3);
	await expect(dialog).toBeHidden();
});

test('copy buttons put the text on the clipboard', async ({ page, context, baseURL }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/?partners=UZB');
	await chartsReady(page);
	const dialog = await openShare(page, 'volumes');
	await dialog.getByRole('button', { name: 'Copy' }).first().click();
	await expect(dialog.getByRole('button', { name: 'Copied' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
		`${baseURL}/?partners=UZB`
	);
});

test('mirror, map, events, investment and headline: share, pin and the downloads they can have', async ({
	page
}) => {
	await page.setViewportSize({ width: 1300, height: 900 });
	await page.goto('/?partners=KAZ,UZB,KGZ&flow=import&focus=KAZ&tables=mirror');
	await chartsReady(page);

	// mirror: the "as shown" CSV has the numbers of the view's table
	const table = await page
		.locator('[data-table="mirror"] tbody tr')
		.evaluateAll((rows) =>
			rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? ''))
		);
	expect(table.length).toBeGreaterThan(1);
	let dialog = await openShare(page, 'mirror');
	await expect(dialog.locator('[data-embed-code]')).toHaveValue(/\/embed\/mirror\?/);
	const csv = await download(page, 'csv-shown');
	expect(csv.name).toMatch(/^italy-central-asia-mirror-KAZ-import-.*-en\.csv$/);
	const lines = csv.bytes.toString('utf8').trimEnd().split('\r\n');
	expect(lines[1]).toBe(
		'Country,ISO3,Year,Italy (EUR),Partner (EUR),Gap (%),Beyond ±25 %,Note,Source,Italy: Value as published,Italy: Published currency,Partner: Value as published,Partner: Published currency,Conversion,Dataset,Flag'
	);
	const number = (cell: string) =>
		cell === '' || cell === '—' ? '—' : Math.round(Number(cell.replace(/[^\d.-]/g, '')));
	const fromCsv = lines.slice(2).map((l) => {
		const [country, , year, italy, partner] = l.split(',');
		return `${country}|${year}|${number(italy ?? '')}|${number(partner ?? '')}`;
	});
	const fromTable = table.map(
		([country, year, italy, partner]) =>
			`${country}|${year}|${number((italy ?? '').replace(/[^\d]/g, '') || '—')}|${number((partner ?? '').replace(/[^\d]/g, '') || '—')}`
	);
	expect(fromCsv).toEqual(fromTable);
	expect((await download(page, 'csv-full')).bytes.toString('utf8')).toContain(',KAZ,import,KAZ,');
	await page.keyboard.press('Escape');

	// map: a picture of the live chart, title band above it
	dialog = await openShare(page, 'map');
	const png = await download(page, 'png-2x');
	expect(png.name).toMatch(/^italy-central-asia-map-KAZ-import-.*-2x\.png$/);
	expect(await distinctColours(page, png.bytes)).toBeGreaterThan(5);
	await expect(dialog.locator('[data-download="svg"]')).toBeVisible();
	await page.keyboard.press('Escape');

	// events: pictures and both CSVs, of the event shown (the default one, then one picked)
	const eventCsv = async () => {
		const shown = await page.locator('[data-view="events"] .current').textContent();
		await openShare(page, 'events');
		const file = await download(page, 'csv-shown');
		await page.keyboard.press('Escape');
		const rows = file.bytes.toString('utf8').trimEnd().split('\r\n');
		expect(rows[1]).toMatch(
			/^Event,Event date,Country,ISO3,Period,(Months|Years) from the event,Value \(EUR\),Value as published,Published currency,Conversion,Source,Reporter,Dataset,Flag$/
		);
		expect(rows.length).toBeGreaterThan(2);
		for (const row of rows.slice(2)) expect(row.startsWith(`${shown},`)).toBe(true);
		return shown;
	};
	await page.goto('/?partners=KAZ,UZB,KGZ');
	await chartsReady(page);
	dialog = await openShare(page, 'events');
	await expect(dialog.locator('[data-download="png-slide"]')).toBeVisible();
	await expect(dialog.locator('[data-download="csv-full"]')).toBeVisible();
	await page.keyboard.press('Escape');
	const first = await eventCsv();
	// another event with figures around it
	const buttons = page.locator('[data-view="events"] .list button');
	const pressed = await buttons.evaluateAll((b) =>
		b.findIndex((x) => x.getAttribute('aria-pressed') === 'true')
	);
	for (let i = 0; i < (await buttons.count()); i++) {
		if (i === pressed) continue;
		await buttons.nth(i).click();
		await expect(buttons.nth(i)).toHaveAttribute('aria-pressed', 'true');
		if (await page.locator('[data-view="events"] .current').count()) break;
	}
	await chartsReady(page);
	expect(await eventCsv()).not.toBe(first);

	// investment: no chart, so no picture and no cube rows; the CSV as shown only
	dialog = await openShare(page, 'investment');
	await expect(dialog.locator('[data-no-image]')).toHaveText(/no chart/);
	await expect(dialog.locator('[data-download^="png"], [data-download="svg"]')).toHaveCount(0);
	await expect(dialog.locator('[data-download="csv-full"]')).toHaveCount(0);
	const investment = await download(page, 'csv-shown');
	expect(investment.bytes.toString('utf8').split('\r\n')[1]).toBe(
		'Host country,ISO3,Measure,Period,Value,Currency,Source,Note'
	);
	await page.keyboard.press('Escape');

	// the headline section has its Share and Pin buttons too
	dialog = await openShare(page, 'headline');
	await expect(dialog.locator('[data-embed-code]')).toHaveValue(/\/embed\/headline\?/);
	await expect(dialog.locator('[data-download="csv-shown"]')).toBeVisible();
	await page.keyboard.press('Escape');
	for (const view of ['headline', 'mirror', 'map', 'events', 'investment']) {
		await page.locator(`[data-pin="${view}"]`).click();
	}
	await expect(page.locator('[data-deck]')).toContainText('Deck (5)');
	await expect(page).toHaveURL(/deck=headline!.*~mirror!.*~map!.*~events!.*~investment!/);
});
