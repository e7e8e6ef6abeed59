/**
 * Hostile content never reaches a tooltip as markup (catalogue F4, D6; anchors §4.3, L25).
 *
 * - escapeHtml, as a property: its output never holds `<`, `>`, `"`, `'` or an `&` that does not
 *   open one of its own entities, and decoding it gives the input back.
 * - The option builders, end to end: a template CSV whose sector labels, sources and notes are XSS
 *   payloads goes through the real import, the cube and the view models; every formatter
 *   function in the options (tooltips, event markers, axis labels) is called for every data
 *   point, and its output must hold no markup except the tooltip's own `<div>`, `<b>`, `<br>`.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildCube } from '../../data/analysis/cube';
import { importFile } from '../../data/import';
import type { TradeEvent } from '../../data/schema';
import { toTable } from '../../data/table';
import { mirrorData } from '../../views/mirror/data';
import { selectionOf, Prepared, type Selection } from '../../views/core/prepared';
import { growthData } from '../../views/growth/data';
import { partnersData } from '../../views/partners/data';
import { sectorsData } from '../../views/sectors/data';
import { volumesData } from '../../views/volumes/data';
import type { ChartContext } from './context';
import { growthOption } from '../../views/growth/option';
import { mirrorOption } from '../../views/mirror/option';
import { partnersOption } from '../../views/partners/option';
import { sectorsOption } from '../../views/sectors/option';
import { escapeHtml, tooltipHtml } from './tooltip';
import { volumesOption } from '../../views/volumes/option';

/** XSS payloads in the style of the OWASP cheat sheet (≥ 20). */
export const PAYLOADS = [
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)>',
	'"><script>alert(1)</script>',
	"'><img src=x onerror=alert(1)>",
	'<a href="javascript:alert(1)">x</a>',
	'&lt;img src=x onerror=alert(1)&gt;',
	'<iframe srcdoc="<script>alert(1)</script>">',
	'<details open ontoggle=alert(1)>',
	'<body onload=alert(1)>',
	'<input autofocus onfocus=alert(1)>',
	'<video><source onerror=alert(1)>',
	'<object data=javascript:alert(1)>',
	'<base href=//evil.example/>',
	'<meta http-equiv=refresh content="0;url=javascript:alert(1)">',
	'<IMG SRC=x OnErRoR=alert(1)>',
	'<img/src=x/onerror=alert(1)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'" onmouseover="alert(1)',
	'\u202E<img src=x onerror=alert(1)>',
	'<style>*{background:url(javascript:alert(1))}</style>',
	'{@html "<img src=x onerror=alert(1)>"}',
	'${alert(1)}<b>bold</b>'
];

const decode = (s: string) =>
	s
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&amp;/g, '&');

describe('escapeHtml', () => {
	it('never leaves markup characters or a bare & (property)', () => {
		const unit = fc.oneof(
			fc.constantFrom('<', '>', '"', "'", '&', '&amp;', '&lt;', '&#39;', '&#x3c;', ';', 'a', ' '),
			fc.string({ unit: 'grapheme', maxLength: 3 })
		);
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary' }),
					fc.array(unit).map((a) => a.join(''))
				),
				(s) => {
					const out = escapeHtml(s);
					expect(out).not.toMatch(/[<>"']/);
					expect(out).not.toMatch(/&(?!(?:amp|lt|gt|quot|#39);)/);
					expect(decode(out)).toBe(s);
				}
			),
			{ numRuns: 2000, seed: 20260101 }
		);
	});

	it('escapes every payload and non-string input', () => {
		for (const p of PAYLOADS) expect(escapeHtml(p)).not.toMatch(/[<>"']/);
		expect(escapeHtml(null)).toBe('');
		expect(escapeHtml({ toString: () => '<b>' })).toBe('&lt;b&gt;');
	});

	it('tooltipHtml escapes title, labels, values and footer', () => {
		for (const p of PAYLOADS) {
			const html = tooltipHtml(p, [[p, p]], [p]);
			expect(stripOwnTags(html)).not.toMatch(/[<>]/);
		}
	});
});

/** Removes the tags tooltipHtml itself writes; anything left that is `<` or `>` came from data. */
function stripOwnTags(html: string): string {
	return html.replace(/<\/?(?:div|b|br|span)(?:\s+style="[^"<>]*")?\s*\/?>/g, '');
}

// ---------------------------------------------------------------------------------------------
// The option builders, end to end.

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const csvCell = (s: string) => `"${s.replaceAll('"', '""')}"`;

function hostileCsv(): string {
	const lines = [HEADER];
	const partners = ['KAZ', 'UZB', 'KGZ'];
	for (const partner of partners) {
		for (const year of [2021, 2022, 2023]) {
			for (const flow of ['export', 'import']) {
				const i = (year + partner.length + flow.length) % PAYLOADS.length;
				const source = PAYLOADS[i] as string;
				const note = PAYLOADS[(i + 1) % PAYLOADS.length] as string;
				lines.push(
					[
						year,
						partner,
						flow,
						'ITA',
						'TOTAL',
						'',
						1000 + year,
						'EUR',
						csvCell(source),
						csvCell(note),
						''
					].join(',')
				);
				PAYLOADS.forEach((label, k) => {
					lines.push(
						[
							year,
							partner,
							flow,
							'ITA',
							`X${k}`,
							csvCell(label),
							10 + k,
							'EUR',
							csvCell(PAYLOADS[k] as string),
							'',
							''
						].join(',')
					);
				});
			}
		}
	}
	// Partner-reported rows for the mirror view.
	for (const year of [2021, 2022, 2023]) {
		lines.push(
			[
				year,
				'KAZ',
				'import',
				'KAZ',
				'TOTAL',
				'',
				5000,
				'EUR',
				csvCell(PAYLOADS[2] as string),
				'',
				''
			].join(',')
		);
	}
	return lines.join('\n') + '\n';
}

const EVENTS: TradeEvent[] = PAYLOADS.slice(0, 6).map((p, i) => ({
	date: `${2021 + (i % 3)}-0${1 + i}`,
	precision: 'month',
	countries: ['KAZ'],
	type: 'visit',
	title_en: p,
	title_it: p,
	source: PAYLOADS[(i + 7) % PAYLOADS.length] as string
}));

type Fn = (...args: unknown[]) => unknown;

/** Every function in an option tree, with its path. */
function functionsOf(
	node: unknown,
	path = 'option',
	out: [string, Fn][] = [],
	seen = new Set<unknown>()
) {
	if (typeof node === 'function') out.push([path, node as Fn]);
	else if (node && typeof node === 'object' && !seen.has(node)) {
		seen.add(node);
		for (const [k, v] of Object.entries(node)) functionsOf(v, `${path}.${k}`, out, seen);
	}
	return out;
}

interface SeriesLike {
	name?: string;
	id?: string;
	data?: unknown[];
}

/** Params as ECharts passes them, for each data point of each series (item and axis shapes). */
function paramsFor(option: Record<string, unknown>): unknown[] {
	const series = (option.series ?? []) as SeriesLike[];
	const axis = (option.xAxis ?? option.yAxis) as
		{ data?: unknown[] } | { data?: unknown[] }[] | undefined;
	const categories = (Array.isArray(axis) ? axis[0]?.data : axis?.data) ?? [];
	const out: unknown[] = [];
	series.forEach((s, seriesIndex) => {
		(s.data ?? []).forEach((d, dataIndex) => {
			const value =
				d && typeof d === 'object' && 'value' in d ? (d as { value: unknown }).value : d;
			const p = {
				componentType: 'series',
				seriesIndex,
				seriesId: s.id,
				seriesName: s.name ?? '',
				dataIndex,
				name: String(categories[dataIndex] ?? ''),
				data: d,
				value
			};
			out.push(p, [p]);
		});
	});
	return out;
}

const stats = { calls: 0, outputs: 0, payloadHits: new Map<string, Set<string>>() };

function checkOption(view: string, option: Record<string, unknown>) {
	const problems: string[] = [];
	const params = paramsFor(option);
	for (const [path, fn] of functionsOf(option)) {
		const inputs: unknown[] = path.endsWith('formatter') ? [...params, 0, 1234.5, -0.25, 'x'] : [];
		for (const input of inputs) {
			let out: unknown;
			try {
				out = fn(input);
			} catch {
				continue; // a formatter called with the other shape of params
			}
			stats.calls++;
			if (typeof out !== 'string' || out === '') continue;
			stats.outputs++;
			const left = stripOwnTags(out);
			if (/[<>]/.test(left)) problems.push(`${view} ${path}: ${out.slice(0, 200)}`);
			for (const p of PAYLOADS) {
				if (out.includes(escapeHtml(p))) {
					const surfaces = stats.payloadHits.get(p) ?? new Set<string>();
					surfaces.add(`${view}:${path.replace(/\.\d+\./g, '.*.')}`);
					stats.payloadHits.set(p, surfaces);
				}
			}
		}
	}
	return problems;
}

afterAll(() => {
	const pairs = [...stats.payloadHits.values()].reduce((a, s) => a + s.size, 0);
	console.log(
		`[hostile options] ${PAYLOADS.length} payloads, ${stats.payloadHits.size} reached a tooltip; ` +
			`${pairs} payload × surface pairs; ${stats.calls} formatter calls, ${stats.outputs} outputs, 0 unescaped`
	);
});

describe('option builders with hostile labels, sources and notes', () => {
	const result = importFile(new TextEncoder().encode(hostileCsv()), PAYLOADS[0] as string);
	const prep = new Prepared({
		cube: buildCube(toTable(result.rows)),
		rates: { annual: new Map(), monthly: new Map() },
		events: EVENTS
	});
	const sel: Selection = selectionOf({ partners: ['KAZ', 'UZB', 'KGZ'] });

	it('imports the payloads verbatim (the test data is hostile)', () => {
		expect(result.ok).toBe(true);
		expect(result.report.rejected).toBe(0);
		expect(new Set(result.rows.map((r) => r.sectorLabel))).toEqual(new Set([null, ...PAYLOADS]));
	});

	for (const lang of ['en', 'it'] as const) {
		const ctx: ChartContext = {
			lang,
			currency: 'EUR',
			measure: 'export',
			width: 800,
			events: true
		};

		it(`volumes (${lang})`, () => {
			const option = volumesOption(volumesData(prep, sel), ctx) as Record<string, unknown>;
			expect(checkOption('volumes', option)).toEqual([]);
		});

		it(`growth, every mode (${lang})`, () => {
			const g = growthData(prep, sel);
			const sources = [...new Set(result.rows.map((r) => r.source))];
			for (const mode of ['yoy', 'index', 'cagr'] as const) {
				const option = growthOption({ ...g, mode, sourcesFooter: sources }, ctx) as Record<
					string,
					unknown
				>;
				expect(checkOption(`growth-${mode}`, option)).toEqual([]);
			}
		});

		it(`partners (${lang})`, () => {
			const { bars } = partnersData(prep, sel);
			const option = partnersOption({ bars, rangeLabel: '2023' }, ctx, 'KAZ') as Record<
				string,
				unknown
			>;
			expect(checkOption('partners', option)).toEqual([]);
		});

		it(`sectors (${lang})`, () => {
			for (const measure of ['export', 'import'] as const) {
				const { rows } = sectorsData(prep, { ...sel, measure });
				const option = sectorsOption({ rows }, { ...ctx, measure }, 'X0') as Record<
					string,
					unknown
				>;
				expect(checkOption('sectors', option)).toEqual([]);
			}
		});

		it(`mirror (${lang})`, () => {
			const rows = mirrorData(prep, { ...sel, partners: ['KAZ'], measure: 'import' });
			const option = mirrorOption(rows, { ...ctx, measure: 'import' }) as Record<string, unknown>;
			expect(checkOption('mirror', option)).toEqual([]);
		});
	}

	it('reached the tooltips with the payloads (the check is not vacuous)', () => {
		expect(stats.outputs).toBeGreaterThan(100);
		expect(stats.payloadHits.size).toBe(PAYLOADS.length);
	});
});
