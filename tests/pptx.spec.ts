import { readFile } from 'node:fs/promises';
import JSZip from 'jszip';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

/** Clicks the PowerPoint button in `scope` and returns the file's name and unzipped deck. */
async function downloadDeck(page: Page, scope: Locator) {
	const [file] = await Promise.all([
		page.waitForEvent('download', { timeout: 30_000 }),
		scope.getByRole('button', { name: 'PowerPoint' }).click()
	]);
	const zip = await JSZip.loadAsync(await readFile(await file.path()));
	const text = async (name: string) => {
		const part = zip.file(name);
		expect(part, `${name} in the deck`).not.toBeNull();
		const xml = (await part?.async('string')) ?? '';
		// the text runs, unescaped, one a line
		return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)]
			.map((m) =>
				(m[1] ?? '')
					.replaceAll('&lt;', '<')
					.replaceAll('&gt;', '>')
					.replaceAll('&quot;', '"')
					.replaceAll('&apos;', "'")
					.replaceAll('&amp;', '&')
					// notes are written with CRLF line ends
					.replaceAll('\r\n', '\n')
			)
			.join('\n');
	};
	const slides = Object.keys(zip.files)
		.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))
		.sort();
	const media = Object.values(zip.files).filter((f) => !f.dir && f.name.startsWith('ppt/media/'));
	const xml = async (name: string) => (await zip.file(name)?.async('string')) ?? '';
	return { name: file.suggestedFilename(), zip, slides, media, text, xml };
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Uint8Array) {
	const b = Buffer.from(bytes);
	expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
	return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

test('the presenter downloads its deck as PowerPoint: one slide per pinned view', async ({
	page
}) => {
	await page.goto(
		'/present?slides=volumes!partners.KAZ,UZB,KGZ~headline!partners.KAZ~sectors!partners.KAZ'
	);
	await chartsReady(page);
	const bar = page.locator('nav.bar');
	const deck = await downloadDeck(page, bar);
	expect(deck.name).toMatch(/^italy-central-asia-deck-\d{4}-\d{2}-\d{2}\.pptx$/);
	await expect(bar.locator('[data-pptx-status]')).toContainText(`Downloaded ${deck.name}`);
	// the page itself is left as it was: one slide on screen, no off-screen copy
	await expect(page.locator('[data-frame]')).toHaveCount(1);
	await expect(page.locator('[data-counter]')).toHaveText('1 / 3');

	expect(deck.slides).toEqual([
		'ppt/slides/slide1.xml',
		'ppt/slides/slide2.xml',
		'ppt/slides/slide3.xml'
	]);
	// the chart of slide 1 is a sharp 16:9 picture
	expect(deck.media).toHaveLength(1);
	expect(pngSize(await deck.media[0]!.async('uint8array'))).toEqual({
		width: 1920,
		height: 1080
	});
	const first = await deck.text('ppt/slides/slide1.xml');
	expect(first).toContain('Trade over time');
	expect(first).toContain('Italian exports');
	expect(first).toMatch(/^Source: .*Eurostat/m);
	expect(first).toMatch(/^Data vintage: /m);
	expect(await deck.xml('ppt/slides/slide1.xml')).toContain('<p:pic>');

	// the headline has no chart: its figures are the slide's text
	const second = await deck.text('ppt/slides/slide2.xml');
	expect(second).toContain('Headline figures');
	expect(second).toMatch(/^Exports: /m);
	expect(await deck.xml('ppt/slides/slide2.xml')).not.toContain('<p:pic>');

	// Kazakhstan's product detail has no total of the same months: listed in values, as text
	const third = await deck.text('ppt/slides/slide3.xml');
	expect(third).toContain('What is traded');
	expect(third).toMatch(/^Kazakhstan, Jan–Jun 2019: named product figures/m);
	expect(third).toMatch(/^.+ · €[\d,.]+/m);
	expect(third).not.toContain('No data for this selection');

	// the speaker notes: the view's link and its key facts
	const notes = await deck.text('ppt/notesSlides/notesSlide1.xml');
	expect(notes).toMatch(/^Link to this view: http:\/\/127\.0\.0\.1:4173\/\?partners=KAZ/m);
	expect(notes).toContain('Key facts:');
	expect(notes).toMatch(/^• .+\(Source: /m);
});

test('an Italian deck carries Italian labels', async ({ page }) => {
	await page.goto('/present?slides=partners!partners.KAZ,KGZ!flow.import&lang=it');
	await chartsReady(page);
	const deck = await downloadDeck(page, page.locator('nav.bar'));
	expect(deck.slides).toEqual(['ppt/slides/slide1.xml']);
	const slide = await deck.text('ppt/slides/slide1.xml');
	expect(slide).toContain('Confronto tra paesi');
	expect(slide).toMatch(/^Fonte: /m);
	expect(slide).toMatch(/^Aggiornamento dei dati: /m);
	expect(await deck.xml('ppt/slides/slide1.xml')).toContain('lang="it-IT"');
	const notes = await deck.text('ppt/notesSlides/notesSlide1.xml');
	expect(notes).toMatch(/^Link a questa vista: http:.*lang=it/m);
	expect(notes).toContain('In sintesi:');
});

test("the share dialog's PowerPoint button downloads a one-slide deck of the view", async ({
	page
}) => {
	await page.setViewportSize({ width: 1300, height: 900 });
	await page.goto('/?partners=KGZ&flow=export&to=2024');
	await chartsReady(page);
	await page.locator('[data-share="volumes"]').click();
	const dialog = page.locator('dialog[data-share-dialog="volumes"]');
	await expect(dialog).toBeVisible();
	const deck = await downloadDeck(page, dialog);
	expect(deck.name).toMatch(/^italy-central-asia-volumes-KGZ-export-2024-\d{4}-\d{2}-\d{2}\.pptx$/);
	expect(deck.slides).toEqual(['ppt/slides/slide1.xml']);
	expect(pngSize(await deck.media[0]!.async('uint8array'))).toEqual({
		width: 1920,
		height: 1080
	});
	const slide = await deck.text('ppt/slides/slide1.xml');
	expect(slide).toContain('Trade over time');
	expect(slide).toMatch(/^Source: .+/m);
	const notes = await deck.text('ppt/notesSlides/notesSlide1.xml');
	expect(notes).toMatch(/^Link to this view: http:\/\/127\.0\.0\.1:4173\/\?partners=KGZ/m);
	// the dialog stays open and says what it did
	await expect(dialog.locator('[data-pptx-status]')).toContainText('Downloaded');
});

test('in Italian, the headline view becomes a text slide', async ({ page }) => {
	await page.setViewportSize({ width: 1300, height: 900 });
	await page.goto('/?partners=KAZ&lang=it');
	await chartsReady(page);
	await page.locator('[data-share="headline"]').click();
	const dialog = page.locator('dialog[data-share-dialog="headline"]');
	await expect(dialog.getByRole('group', { name: 'Presentazione' })).toBeVisible();
	const deck = await downloadDeck(page, dialog);
	expect(deck.slides).toEqual(['ppt/slides/slide1.xml']);
	expect(deck.media).toHaveLength(0);
	const slide = await deck.text('ppt/slides/slide1.xml');
	expect(slide).toMatch(/^Esportazioni: /m);
	expect(slide).toMatch(/^Fonte: /m);
	await expect(dialog.locator('[data-pptx-status]')).toContainText('Scaricato');
});
