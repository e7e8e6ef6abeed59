/**
 * URLs and texts of the share dialog (S1, S5): permalink, embed URL, iframe snippet, citation.
 * Pure string building; the dialog supplies the page origin and the app's root path.
 */
import { protectFormulas } from '$lib/data/export/formula';
import type { Lang } from '$lib/i18n/lang';
import { formatDate } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import { BUNDLED_VINTAGE } from '$lib/state/bundled';
import { stateToSearch, type ViewState } from '$lib/url/codec';
import type { SlideView } from '$lib/url/deck';

/** The root path of the app from the dashboard's own path (`/` or `/sub/`), ending with `/`. */
export function rootFromDashboardPath(pathname: string): string {
	return pathname.endsWith('/') ? pathname : `${pathname}/`;
}

/** The state as shared: everything the user chose, without the deck being assembled. */
export function sharedSearch(state: ViewState): string {
	return stateToSearch({ ...state, deck: [] });
}

/** The dashboard URL that reproduces `state`. */
export function permalink(origin: string, root: string, state: ViewState): string {
	return `${origin}${root}${sharedSearch(state)}`;
}

/** The embed URL of one view with `state`. */
export function embedUrl(origin: string, root: string, view: SlideView, state: ViewState): string {
	return `${origin}${root}embed/${view}${sharedSearch(state)}`;
}

const escapeAttr = (s: string) =>
	s.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');

/**
 * The iframe snippet's height per view, in px: what a host page without our script shows. The
 * tallest content measured (tests/embed-height.spec.ts) at widths from 640 to 1200 px in both
 * languages with the bundled data, plus 5 % for other fonts; that test fails when a view outgrows
 * its height (or leaves a band of more than 12 % empty). Narrower hosts need the host script.
 */
const SNIPPET_HEIGHTS: Readonly<Record<SlideView, number>> = {
	headline: 1160,
	volumes: 690,
	growth: 690,
	partners: 620,
	map: 690,
	sectors: 780,
	mirror: 690,
	products: 670,
	events: 730,
	investment: 690
};

/** The height the iframe snippet gives a view, before (or without) the frame reporting its own. */
export function embedHeight(view: SlideView): number {
	return SNIPPET_HEIGHTS[view];
}

/**
 * The iframe snippet for a page.
 *
 * @example iframeSnippet('https://x/embed/growth', 'Growth', 560)
 * // '<iframe src="https://x/embed/growth" title="Growth" width="100%" height="560" style="border:0" loading="lazy"></iframe>'
 */
export function iframeSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${escapeAttr(src)}" title="${escapeAttr(title)}" width="100%" height="${height}" style="border:0" loading="lazy"></iframe>`;
}

/** The vintage of the data shown, in the chosen language. */
export function vintageText(lang: Lang, uploaded = false): string {
	const bundled = lang === 'en' ? BUNDLED_VINTAGE : t(lang, 'export.vintageBundled');
	return uploaded ? t(lang, 'export.vintageUploaded', { vintage: bundled }) : bundled;
}

/** Today as `YYYY-MM-DD` in the user's time zone. */
export function isoToday(now = new Date()): string {
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** One line of plain text: tabs, line breaks and other control characters become one space. */
function oneLine(text: string): string {
	// eslint-disable-next-line no-control-regex
	return text.replace(/[\u0000-\u001F\u007F\u0085\u2028\u2029]+/g, ' ');
}

/**
 * "Cite this view" (S5): app, view title and subtitle, sources, vintage, URL and access date in
 * the chosen language. One line of text, protected like every export (data/export/formula.ts):
 * pasted into a spreadsheet, which splits at tabs and line breaks (and may at `,` or `;`), no part
 * of it opens a formula cell, whatever the sources or the provenance hold.
 */
export function citeText(opts: {
	lang: Lang;
	title: string;
	subtitle: string;
	sources: readonly string[];
	vintage: string;
	url: string;
	accessed: string;
	/** Datasets of the figures and any conversion, a sentence or two (or empty). */
	provenance?: string;
}): string {
	const { lang } = opts;
	const text = t(lang, 'share.citeText', {
		app: t(lang, 'app.title'),
		title: opts.title,
		subtitle: opts.subtitle,
		sourceLabel: t(lang, 'source.label'),
		sources: opts.sources.join('; ') || '—',
		vintageLabel: t(lang, 'export.vintage'),
		vintage: opts.vintage,
		provenance: opts.provenance ? `${opts.provenance} ` : '',
		url: opts.url,
		date: formatDate(lang, opts.accessed)
	});
	return protectFormulas(oneLine(text));
}
