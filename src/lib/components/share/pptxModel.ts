/**
 * The PowerPoint deck as plain data (issue 14, item 2): what each slide says, in the deck's
 * language, before any library writes it. Pure: the presenter and the share dialog fill it from
 * what they already show; `pptx.ts` turns it into a `.pptx` (loaded only when asked for).
 */
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';

/** A key fact as the facts box shows it: a sentence and the sources of its figures. */
export interface SlideFact {
	text: string;
	sources: readonly string[];
}

export interface SlideModel {
	/** The view this slide shows (`volumes`, `headline`, …). */
	view: string;
	title: string;
	subtitle: string;
	/** The chart as a 16:9 PNG data URL; null for a view drawn in text (headline, investment). */
	image: string | null;
	/** What the image says, for screen readers in PowerPoint (the chart's description). */
	imageAlt: string;
	/** The slide's text when it has no image: one paragraph a line. */
	body: readonly string[];
	/** Lines said under the chart before the source (e.g. the currency conversion). */
	notes: readonly string[];
	/** Sources, already joined (`Eurostat Comext · ISTAT`); empty when none. */
	source: string;
	vintage: string;
	/** The dashboard link that reproduces the view. */
	link: string;
	facts: readonly SlideFact[];
	/** Said under the facts, as the facts box does (a figure converted at ECB rates). */
	factNotes: readonly string[];
}

export interface DeckModel {
	lang: Lang;
	/** The deck's document title (file properties). */
	title: string;
	slides: readonly SlideModel[];
}

/** The lines under the chart: notes, `Source: …`, `Data vintage: …` (as on PNG exports). */
export function footerLines(lang: Lang, slide: SlideModel): string[] {
	return [
		...slide.notes,
		`${t(lang, 'source.label')}: ${slide.source || '—'}`,
		`${t(lang, 'export.vintage')}: ${slide.vintage}`
	];
}

/**
 * The speaker notes: the view's link, then its key facts, each with the sources of its figures.
 *
 * @example speakerNotes('en', slide)
 * // 'Link to this view: https://…\n\nKey facts:\n• Italian exports … (Source: Eurostat Comext)'
 */
export function speakerNotes(lang: Lang, slide: SlideModel): string {
	const facts = slide.facts.length
		? slide.facts.map((f) =>
				f.sources.length
					? `• ${f.text} (${t(lang, 'source.label')}: ${f.sources.join('; ')})`
					: `• ${f.text}`
			)
		: [t(lang, 'facts.none')];
	return [
		`${t(lang, 'share.permalink')}: ${slide.link}`,
		'',
		`${t(lang, 'view.facts')}:`,
		...facts,
		...slide.factNotes
	].join('\n');
}

/**
 * The largest type size (pt) at which `lines` fit a text box `width` × `height` inches, estimated
 * with a wide average character (half the type size) and the paragraph spacing the slide uses:
 * PowerPoint only shrinks text to fit once the slide is edited, so the size is chosen here.
 */
export function bodyFontSize(
	lines: readonly string[],
	width: number,
	height: number,
	paragraphGap = 6
): number {
	const sizes = [18, 16, 14, 12, 11, 10, 9];
	for (const pt of sizes) {
		const perLine = Math.max(1, Math.floor((width * 72) / (pt * 0.5)));
		const rows = lines.reduce((n, l) => n + Math.max(1, Math.ceil(l.length / perLine)), 0);
		if (rows * pt * 1.2 + lines.length * paragraphGap <= height * 72) return pt;
	}
	return sizes[sizes.length - 1]!;
}

/** The language tag PowerPoint uses for proofing the deck's text. */
export function proofingLang(lang: Lang): string {
	return lang === 'it' ? 'it-IT' : 'en-GB';
}
