/**
 * What a PowerPoint slide takes from a view drawn on the page (browser only): the chart as a
 * 1920 × 1080 picture without the export frame (the slide sets title and source as text), and
 * the texts of a view drawn in HTML (headline figures, investment items).
 */
import type { EChartsCoreOption } from 'echarts/core';
import { canvasMeasure, liveChart, renderPng, SLIDE_SIZE } from '$lib/charts/echarts/picture';
import { exportBands, type ExportText } from '$lib/charts/options/picture';
import type { Lang } from '$lib/i18n/lang';
import { t } from '$lib/i18n/messages';
import { selectionFacts } from '$lib/views/headline/facts';
import type { DashboardState } from '$lib/state/dashboard.svelte';
import type { SlideFact, SlideModel } from './pptxModel';

/**
 * The chart of `option` as a PNG data URL of exactly 16:9 (`SLIDE_SIZE`: laid out at 960 × 540,
 * drawn at pixel ratio 2). The export renderer always adds its title and footer bands; with empty
 * texts the title band is only padding, so the picture is drawn that much taller and the bands
 * are cut off, leaving the plot where an unframed 960 × 540 chart has it.
 */
export async function slidePicture(option: EChartsCoreOption, lang: Lang): Promise<string> {
	const text: ExportText = { title: '', subtitle: '', source: '', vintage: '', lang, notes: [] };
	const bands = exportBands(text, SLIDE_SIZE.width, canvasMeasure);
	const { width, height, pixelRatio } = SLIDE_SIZE;
	const framed = renderPng(option, text, {
		width,
		height: height + bands.top + bands.bottom,
		pixelRatio
	});
	const image = new Image();
	image.src = framed;
	await image.decode();
	const canvas = document.createElement('canvas');
	canvas.width = width * pixelRatio;
	canvas.height = height * pixelRatio;
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('no 2D canvas');
	ctx.drawImage(
		image,
		0,
		bands.top * pixelRatio,
		canvas.width,
		canvas.height,
		0,
		0,
		canvas.width,
		canvas.height
	);
	return canvas.toDataURL('image/png');
}

/** The option of the ECharts chart drawn in `view` (a `[data-view]` element), if any. */
export function viewChartOption(view: Element | null): EChartsCoreOption | null {
	const el = view?.querySelector('[data-chart]') ?? null;
	return liveChart(el)?.option ?? null;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The text of `el` as read aloud on a slide: badges in brackets, links (page actions) left out. */
function readable(el: Element | null | undefined): string {
	if (!el) return '';
	const copy = el.cloneNode(true) as Element;
	for (const link of copy.querySelectorAll('a')) link.remove();
	for (const badge of copy.querySelectorAll('.badge')) {
		badge.textContent = ` (${clean(badge.textContent)})`;
	}
	return clean(copy.textContent);
}

/**
 * The text of a view drawn in HTML, one line a paragraph: the headline's period lines and each
 * figure ("Exports: €1.2 bn · +5 % on 2022"), the investment items, the products listed in values
 * (sectors without a total), or the view's own message ("No data for this selection").
 */
export function viewTextLines(view: Element | null): string[] {
	const chart = view?.querySelector('[data-chart]');
	if (!chart) return [];
	if (chart.querySelector('.figure')) return headlineLines(chart);
	// A view that lists its figures beside an empty chart marker reads from the marker's box.
	const scope = clean(chart.textContent) ? chart : (chart.parentElement ?? chart);
	const blocks = [...scope.querySelectorAll('p, li')];
	const lines = blocks.length
		? blocks.map((block) =>
				block.tagName === 'LI' && block.children.length
					? [...block.children].map((c) => readable(c)).join(' · ')
					: readable(block)
			)
		: [readable(scope)];
	return lines.filter((l) => l !== '');
}

function headlineLines(chart: Element): string[] {
	const lines: string[] = [];
	for (const row of chart.querySelectorAll('.row')) {
		lines.push(readable(row.querySelector('.for')));
		const mixed = row.querySelector('.mixed');
		if (mixed) lines.push(readable(mixed));
		for (const figure of row.querySelectorAll('.figure')) {
			const label = readable(figure.querySelector('dt'));
			const values = [...figure.querySelectorAll('dd')]
				.map((dd) => readable(dd))
				.filter((s) => s !== '');
			lines.push(`${label}: ${values.join(' · ')}`);
		}
	}
	return lines.filter((l) => l !== '');
}

/** The footer notes a view shows above its source line (currency conversion, …). */
export function viewNotes(view: Element | null): string[] {
	return [...(view?.querySelectorAll('footer .note') ?? [])]
		.map((n) => clean(n.textContent))
		.filter((s) => s !== '');
}

/**
 * The key facts of a dashboard state, as the facts box on the dashboard computes them (Italian
 * statistics for the shares of the five Central Asian countries).
 */
export function stateFacts(dash: DashboardState): { facts: SlideFact[]; notes: string[] } {
	const view = dash.view;
	const facts = selectionFacts({
		prepared: dash.prepared,
		selection: dash.selection,
		series: dash.volumes.series,
		lang: view.lang
	});
	// as the facts box says it under the facts (`conversionNotes`)
	const notes = facts.some((f) => f.converted)
		? [t(view.lang, 'source.convertedAt', { from: view.currency === 'EUR' ? 'USD' : 'EUR' })]
		: [];
	return { facts: facts.map((f) => ({ text: f.text, sources: f.sources })), notes };
}

/** The text of a labelled line (`<p><span class="label">Source:</span> Eurostat</p>`) without its label. */
function unlabelled(line: Element | null | undefined): string {
	const all = clean(line?.textContent);
	const label = clean(line?.querySelector('.label')?.textContent);
	const rest = label && all.startsWith(label) ? all.slice(label.length).trim() : all;
	return rest === '—' ? '' : rest;
}

/**
 * A slide from a framed view as the presenter draws it (`[data-frame]`, see ViewFrame): its
 * title, subtitle, notes, source and vintage as shown, the chart redrawn as a 16:9 picture, or
 * the view's text when it has no chart.
 */
export async function frameSlide(
	frame: Element,
	opts: {
		lang: Lang;
		view: string;
		link: string;
		facts: { facts: readonly SlideFact[]; notes: readonly string[] };
	}
): Promise<SlideModel> {
	const section = frame.querySelector('[data-view]') ?? frame;
	const title = clean(section.querySelector('h2')?.textContent);
	const option = viewChartOption(section);
	const image = option ? await slidePicture(option, opts.lang) : null;
	return {
		view: opts.view,
		title,
		subtitle: clean(section.querySelector('.subtitle')?.textContent),
		image,
		imageAlt: section.querySelector('[data-chart]')?.getAttribute('aria-label') ?? title,
		body: image ? [] : viewTextLines(section),
		notes: viewNotes(section),
		source: unlabelled(section.querySelector('[data-source]')),
		vintage: unlabelled(frame.querySelector('[data-vintage]')),
		link: opts.link,
		facts: opts.facts.facts,
		factNotes: opts.facts.notes
	};
}
