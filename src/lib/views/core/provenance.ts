/**
 * Where a figure comes from, as a user reads it: the dataset, the sources, the reporter, the flag
 * (provisional, estimated, confidential) and, when the figure was converted for display, the value
 * as published and its currency beside the note "converted at ECB rates". Pure.
 *
 * One figure of a view is often made of several published figures (a bar sums years, a headline
 * sums countries, a balance subtracts two flows): {@link combine} keeps what they share and says
 * when they differ. A published value is only given when every part was published in the same
 * currency; never a sum across currencies.
 */
import type { Currency } from '../../data/schema';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import type { CsvColumn } from '../../data/export/csv';

/** The dataset id of the data shipped with the app (see src/lib/state/bundled.ts). */
export const BUNDLED_ID = 'bundled';

/** A figure as the analysis gives it (AnnualPoint, MeasurePoint, CubeRow-like). */
export interface FigureSource {
	/** The one dataset the figure comes from (absent on older points). */
	dataset?: string;
	sources: readonly string[];
	reporter: string;
	flag: string;
	converted: boolean;
	/** The currency the figure is shown in. */
	currency: Currency;
	value: number | null;
	/** As published; null when published in more than one currency; absent when not known. */
	reported?: { value: number; currency: Currency } | null;
}

export interface Provenance {
	datasets: string[];
	sources: string[];
	reporters: string[];
	/** Flag codes present (`p`, `e`, `c`, or others as found), in that order. */
	flags: string[];
	converted: boolean;
	/** The currency shown. */
	currency: Currency;
	/** The figure as published, when its parts share one currency; else null. */
	published: { value: number; currency: Currency } | null;
	/** True when the parts were published in more than one currency. */
	mixed: boolean;
}

const FLAG_ORDER = ['p', 'e', 'c'];

/** The flag letters of a flag field (`'p'`, `'pe'`, `'p;e'`), known ones first. */
export function flagCodes(flag: string | null | undefined): string[] {
	const text = (flag ?? '').trim().toLowerCase();
	if (!text) return [];
	const parts = /^[a-z]+$/.test(text) && text.length <= 3 ? [...text] : text.split(/[\s,;|]+/);
	return sortFlags(parts.filter(Boolean));
}

function sortFlags(codes: readonly string[]): string[] {
	const rank = (c: string) => (FLAG_ORDER.includes(c) ? FLAG_ORDER.indexOf(c) : FLAG_ORDER.length);
	return [...new Set(codes)].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
}

/** The figure as published, from a point: its `reported` field, else itself when not converted. */
function reportedOf(f: FigureSource): { value: number; currency: Currency } | null | undefined {
	if (f.reported !== undefined) return f.reported;
	if (!f.converted && f.value !== null) return { value: f.value, currency: f.currency };
	return undefined;
}

/**
 * The provenance of a figure made of `parts` (summed, or subtracted when `signs` says so).
 *
 * @example combine([{ dataset: 'bundled', sources: ['BNS'], reporter: 'KAZ', flag: 'p', converted: true,
 *   currency: 'EUR', value: 92, reported: { value: 100, currency: 'USD' } }])
 * // { datasets: ['bundled'], flags: ['p'], converted: true, published: { value: 100, currency: 'USD' }, … }
 */
export function combine(
	parts: readonly FigureSource[],
	currency: Currency,
	signs?: readonly number[]
): Provenance {
	const uniq = (xs: Iterable<string>) => [...new Set(xs)].filter(Boolean).sort();
	// gaps (no value) publish nothing
	const figures = parts.flatMap((p, i) => (p.value === null ? [] : [{ p, sign: signs?.[i] ?? 1 }]));
	const reported = figures.map((f) => reportedOf(f.p));
	const currencies = new Set(reported.flatMap((r) => (r ? [r.currency] : [])));
	const mixed = reported.some((r) => r === null) || currencies.size > 1;
	const known = reported.every((r) => r !== null && r !== undefined);
	const only = [...currencies][0];
	return {
		// a turnover or balance of two datasets reads `a + b`
		datasets: uniq(parts.flatMap((p) => (p.dataset ? p.dataset.split(' + ') : []))),
		sources: uniq(parts.flatMap((p) => p.sources)),
		reporters: uniq(parts.map((p) => p.reporter)),
		flags: sortFlags(parts.flatMap((p) => flagCodes(p.flag))),
		converted: parts.some((p) => p.converted),
		currency,
		published:
			figures.length && known && !mixed && only
				? {
						// without float noise (0.1 + 0.2 → 0.3): a published figure has few digits
						value: Number(
							reported
								.reduce(
									(a, r, i) => a + (figures[i]?.sign ?? 1) * (r as { value: number }).value,
									0
								)
								.toPrecision(15)
						),
						currency: only
					}
				: null,
		mixed
	};
}

/** The provenance of one figure. */
export const provenanceOf = (f: FigureSource): Provenance => combine([f], f.currency);

/** A readable dataset name: its name when known, "Bundled data" for the bundled one, else the id. */
export function datasetLabel(
	lang: Lang,
	id: string,
	names?: ReadonlyMap<string, string> | null
): string {
	const name = names?.get(id);
	if (name && id !== BUNDLED_ID) return name;
	return id === BUNDLED_ID ? t(lang, 'data.list.bundled') : (name ?? id);
}

/** A flag spelled out in the language (`p` → "provisional"); unknown codes as they are. */
export function flagText(lang: Lang, code: string): string {
	return FLAG_ORDER.includes(code) ? t(lang, `flag.${code as 'p' | 'e' | 'c'}`) : code;
}

/** Flags spelled out: "provisional; estimated". */
export function flagsText(lang: Lang, codes: readonly string[]): string {
	return codes.map((c) => flagText(lang, c)).join('; ');
}

/**
 * The legend of the flag markers shown: "p provisional · e estimated"; empty when none is.
 * @example flagLegend('it', ['p']) // 'p provvisorio'
 */
export function flagLegend(lang: Lang, codes: Iterable<string>): string {
	return sortFlags([...codes])
		.map((c) => `${c} ${flagText(lang, c)}`)
		.join(' · ');
}

/** "converted at ECB rates (USD → EUR)", or '' when not converted. */
export function conversionText(lang: Lang, p: Provenance): string {
	if (!p.converted) return '';
	const from = p.published && p.published.currency !== p.currency ? p.published.currency : null;
	return from
		? t(lang, 'prov.converted', { from, to: p.currency })
		: t(lang, 'prov.convertedMixed', { to: p.currency });
}

/** The columns of {@link provenanceCells}, for tables and CSV (labels in the language). */
export function provenanceColumns(lang: Lang): {
	published: CsvColumn[];
	origin: CsvColumn[];
} {
	return {
		published: [
			// on screen, money in the currency it was published in ($1,242,193,222)
			{
				key: 'publishedValue',
				header: t(lang, 'prov.published'),
				kind: 'number',
				currencyKey: 'publishedCurrency'
			},
			{ key: 'publishedCurrency', header: t(lang, 'csv.publishedCurrency') },
			{ key: 'conversion', header: t(lang, 'prov.conversion') }
		],
		origin: [
			{ key: 'dataset', header: t(lang, 'prov.dataset') },
			{ key: 'source', header: t(lang, 'table.source') },
			{ key: 'reporter', header: t(lang, 'table.reporter') },
			// on screen the figure carries the flag's letter, with its legend under the table
			{ key: 'flag', header: t(lang, 'csv.flag'), onScreen: false }
		]
	};
}

export interface ProvenanceCells {
	[key: string]: string | number | null;
	publishedValue: number | null;
	publishedCurrency: string;
	conversion: string;
	dataset: string;
	source: string;
	reporter: string;
	flag: string;
	/** The flag codes (`'pe'`), for the marker of a table on screen; not a CSV column. */
	flagCodes: string;
}

/** The cells of a row's provenance columns (text in the language; codes stay codes). */
export function provenanceCells(
	lang: Lang,
	p: Provenance,
	names?: ReadonlyMap<string, string> | null
): ProvenanceCells {
	return {
		publishedValue: p.published?.value ?? null,
		publishedCurrency: p.published?.currency ?? (p.mixed ? t(lang, 'prov.mixedCurrencies') : ''),
		conversion: conversionText(lang, p),
		dataset: p.datasets.map((d) => datasetLabel(lang, d, names)).join('; '),
		source: p.sources.join('; '),
		reporter: p.reporters.map((r) => countryName(lang, r)).join('; '),
		flag: flagsText(lang, p.flags),
		flagCodes: p.flags.join('')
	};
}
