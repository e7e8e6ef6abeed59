/**
 * A {@link DeckModel} written as a PowerPoint file with pptxgenjs. This module (and the library,
 * about 370 kB) is loaded with a dynamic `import()` only when someone asks for a deck, so the
 * dashboard's first page does not carry it.
 *
 * Each slide is 16:9 (13.33 × 7.5 in): title and subtitle as text, the chart as a 16:9 picture
 * (1920 × 1080 px), the notes, source and vintage as text under it, and the view's link and key
 * facts in the speaker notes. A view without a chart gets its figures as text instead.
 */
import PptxGenJS from 'pptxgenjs';
import { MUTED, TEXT } from '$lib/charts/options/theme';
import { t } from '$lib/i18n/messages';
import {
	bodyFontSize,
	footerLines,
	proofingLang,
	speakerNotes,
	type DeckModel,
	type SlideModel
} from './pptxModel';

/** Slide geometry in inches (PowerPoint's 16:9 "widescreen"). */
const W = 13.333;
const PAD = 0.5;
const TITLE = { y: 0.25, h: 0.55 };
const SUBTITLE = { y: 0.8, h: 0.35 };
const FOOTER = { y: 6.55, h: 0.8 };
/** The picture fills the band between the subtitle and the footer, keeping 16:9. */
const PICTURE_TOP = 1.2;
const PICTURE_H = FOOTER.y - 0.05 - PICTURE_TOP;
const PICTURE_W = (PICTURE_H * 16) / 9;

const FONT = 'Calibri';
const hex = (color: string) => color.replace('#', '').toUpperCase();

function addSlide(pptx: PptxGenJS, lang: DeckModel['lang'], model: SlideModel) {
	const language = proofingLang(lang);
	// A full-width text box in a band of the slide (y, h), shrunk to fit.
	const band = (y: number, h: number) =>
		({
			fontFace: FONT,
			lang: language,
			margin: 0,
			x: PAD,
			y,
			w: W - 2 * PAD,
			h,
			fit: 'shrink'
		}) as const;
	const slide = pptx.addSlide();
	slide.addText(model.title, {
		...band(TITLE.y, TITLE.h),
		fontSize: 24,
		bold: true,
		color: hex(TEXT),
		valign: 'top'
	});
	if (model.subtitle) {
		slide.addText(model.subtitle, {
			...band(SUBTITLE.y, SUBTITLE.h),
			fontSize: 13,
			color: hex(MUTED),
			valign: 'top'
		});
	}
	if (model.image) {
		slide.addImage({
			data: model.image,
			x: (W - PICTURE_W) / 2,
			y: PICTURE_TOP,
			w: PICTURE_W,
			h: PICTURE_H,
			altText: model.imageAlt || model.title
		});
	} else {
		const lines = model.body.length ? model.body : [t(lang, 'view.noData')];
		const box = band(PICTURE_TOP + 0.1, FOOTER.y - PICTURE_TOP - 0.3);
		slide.addText(
			lines.map((line) => ({ text: line, options: { breakLine: true } })),
			{
				...box,
				fontSize: bodyFontSize(lines, box.w, box.h),
				color: hex(TEXT),
				valign: 'top',
				paraSpaceAfter: 6
			}
		);
	}
	slide.addText(footerLines(lang, model).join('\n'), {
		...band(FOOTER.y, FOOTER.h),
		fontSize: 10,
		color: hex(MUTED),
		valign: 'bottom'
	});
	slide.addNotes(speakerNotes(lang, model));
}

/** The deck as a pptxgenjs presentation, ready to `write`. */
export function deckToPptx(deck: DeckModel): PptxGenJS {
	const pptx = new PptxGenJS();
	pptx.layout = 'LAYOUT_WIDE';
	pptx.title = deck.title;
	pptx.subject = t(deck.lang, 'app.title');
	pptx.company = t(deck.lang, 'app.title');
	pptx.author = t(deck.lang, 'app.title');
	pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };
	for (const slide of deck.slides) addSlide(pptx, deck.lang, slide);
	return pptx;
}

/** The `.pptx` file of a deck, as a Blob for the browser's download. */
export async function deckBlob(deck: DeckModel): Promise<Blob> {
	const out = await deckToPptx(deck).write({ outputType: 'blob' });
	return out as Blob;
}
