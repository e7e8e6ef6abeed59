import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import type { Lang } from '$lib/i18n/lang';
import { deckToPptx } from './pptx';
import { bodyFontSize, type DeckModel, type SlideModel } from './pptxModel';

// A 1 × 1 PNG: the image bytes only have to travel into the deck unchanged.
const PNG_BASE64 =
	'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';

// Synthetic slide texts (not real figures): the test reads them back out of the file.
function chartSlide(lang: Lang): SlideModel {
	return {
		view: 'volumes',
		title: lang === 'it' ? 'Commercio nel tempo' : 'Trade over time',
		subtitle: lang === 'it' ? 'Esportazioni italiane, EUR' : 'Italian exports, EUR',
		image: `data:image/png;base64,${PNG_BASE64}`,
		imageAlt: 'Synthetic chart',
		body: [],
		notes: ['Converted at ECB reference rates (synthetic note)'],
		source: 'Synthetic source A · Synthetic source B',
		vintage: 'Synthetic vintage 2099',
		link: 'https://example.test/?partners=KAZ&flow=export',
		facts: [
			{ text: 'Synthetic fact one rose by 12 %.', sources: ['Synthetic source A'] },
			{ text: 'Synthetic fact two fell.', sources: [] }
		],
		factNotes: ['USD converted at ECB rates']
	};
}

function textSlide(): SlideModel {
	return {
		view: 'headline',
		title: 'Headline figures',
		subtitle: 'EUR, Italian statistics',
		image: null,
		imageAlt: '',
		body: ['Kazakhstan, 2099', 'Exports: 1.0 bn (synthetic)'],
		notes: [],
		source: 'Synthetic source C',
		vintage: 'Synthetic vintage 2099',
		link: 'https://example.test/?partners=KAZ',
		facts: [],
		factNotes: []
	};
}

const deck = (lang: Lang): DeckModel => ({
	lang,
	title: 'Synthetic deck',
	slides: [chartSlide(lang), textSlide()]
});

const decode = (xml: string) =>
	xml
		.replaceAll('&lt;', '<')
		.replaceAll('&gt;', '>')
		.replaceAll('&quot;', '"')
		.replaceAll('&apos;', "'")
		.replaceAll('&amp;', '&')
		.replaceAll('\r\n', '\n');

/** The text runs of a slide part, one a line. */
const runs = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => decode(m[1]!));

async function unzip(model: DeckModel) {
	const bytes = (await deckToPptx(model).write({ outputType: 'uint8array' })) as Uint8Array;
	const zip = await JSZip.loadAsync(bytes);
	const text = (name: string) => {
		const file = zip.file(name);
		if (!file) throw new Error(`${name} is not in the deck`);
		return file.async('string');
	};
	return { zip, text };
}

describe('the PowerPoint deck', () => {
	it('has one slide per view: title, subtitle, picture, notes, source and vintage', async () => {
		const { zip, text } = await unzip(deck('en'));
		const slides = Object.keys(zip.files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
		expect(slides.sort()).toEqual(['ppt/slides/slide1.xml', 'ppt/slides/slide2.xml']);

		const first = await text('ppt/slides/slide1.xml');
		expect(runs(first)).toEqual([
			'Trade over time',
			'Italian exports, EUR',
			'Converted at ECB reference rates (synthetic note)',
			'Source: Synthetic source A · Synthetic source B',
			'Data vintage: Synthetic vintage 2099'
		]);
		expect(first).toContain('<p:pic>');
		expect(first).toContain('descr="Synthetic chart"');
		expect(first).toContain('lang="en-GB"');

		// the chart's PNG travels into the file byte for byte
		const media = Object.values(zip.files)
			.filter((f) => !f.dir && f.name.startsWith('ppt/media/'))
			.map((f) => f.name);
		expect(media).toHaveLength(1);
		const png = await zip.file(media[0]!)!.async('base64');
		expect(png).toBe(PNG_BASE64);
	});

	it('puts the link and the key facts, with their sources, in the speaker notes', async () => {
		const { text } = await unzip(deck('en'));
		const notes = runs(await text('ppt/notesSlides/notesSlide1.xml')).join('\n');
		expect(notes).toContain('Link to this view: https://example.test/?partners=KAZ&flow=export');
		expect(notes).toContain('Key facts:');
		expect(notes).toContain('• Synthetic fact one rose by 12 %. (Source: Synthetic source A)');
		expect(notes).toContain('• Synthetic fact two fell.\nUSD converted at ECB rates');
		// a slide without facts says so rather than leaving the notes bare
		const second = runs(await text('ppt/notesSlides/notesSlide2.xml')).join('\n');
		expect(second).toContain('Link to this view: https://example.test/?partners=KAZ');
		expect(second).toContain('Not enough data for a summary of this selection.');
	});

	it('gives a view without a chart a text slide with its figures', async () => {
		const { text } = await unzip(deck('en'));
		const second = await text('ppt/slides/slide2.xml');
		expect(second).not.toContain('<p:pic>');
		expect(runs(second)).toEqual([
			'Headline figures',
			'EUR, Italian statistics',
			'Kazakhstan, 2099',
			'Exports: 1.0 bn (synthetic)',
			'Source: Synthetic source C',
			'Data vintage: Synthetic vintage 2099'
		]);
	});

	it('writes an Italian deck with Italian labels and proofing language', async () => {
		const { text } = await unzip(deck('it'));
		const first = await text('ppt/slides/slide1.xml');
		expect(runs(first)).toEqual([
			'Commercio nel tempo',
			'Esportazioni italiane, EUR',
			'Converted at ECB reference rates (synthetic note)',
			'Fonte: Synthetic source A · Synthetic source B',
			'Aggiornamento dei dati: Synthetic vintage 2099'
		]);
		expect(first).toContain('lang="it-IT"');
		expect(first).not.toContain('lang="en-');
		const notes = runs(await text('ppt/notesSlides/notesSlide1.xml')).join('\n');
		expect(notes).toContain('Link a questa vista: https://example.test/?partners=KAZ&flow=export');
		expect(notes).toContain('In sintesi:');
		expect(notes).toContain('(Fonte: Synthetic source A)');
	});
});

describe('the type size of a text slide', () => {
	it('stays large for a few short lines and shrinks so that many long ones fit', () => {
		expect(bodyFontSize(['Kazakhstan, 2023', 'Exports: €1.1bn'], 12.3, 5)).toBe(18);
		const long = Array.from({ length: 12 }, () => 'Imports: no figure for 2023 · '.repeat(8));
		const size = bodyFontSize(long, 12.3, 5);
		expect(size).toBeLessThan(14);
		// at the size chosen the lines fit the box by the same estimate, one size up they do not
		const height = (pt: number) => {
			const perLine = Math.floor((12.3 * 72) / (pt * 0.5));
			return long.reduce((n, l) => n + Math.ceil(l.length / perLine), 0) * pt * 1.2 + 12 * 6;
		};
		expect(height(size)).toBeLessThanOrEqual(5 * 72);
		expect(height(size + 1)).toBeGreaterThan(5 * 72);
	});
});
