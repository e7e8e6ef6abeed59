/**
 * Key facts in words: three to five sentences generated from the data of the current selection,
 * in Italian and English, each with the sources of its figures. They go on the dashboard, into
 * exports, embeds' alt text and presenter slides. Pure.
 */
import { change } from '../../data/analysis/growth';
import type { MeasurePoint } from '../../data/analysis/measures';
import type { Currency, Measure } from '../../data/schema';
import {
	formatMonthRange,
	formatMoneyCompact,
	formatMultiple,
	formatPercent,
	formatSignedPercent
} from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { countryName, countryPhrase } from '../../i18n/names';
import { defaultSpan, growthSpan } from '../growth/data';
import type { Series } from '../volumes/data';
import { totalAcrossPartners, type PartnerTotal } from '../../data/analysis/shares';
import { measureSeries } from '../../data/analysis/measures';
import { FOCUS_PARTNERS } from '../../data/schema';
import { annualPoints } from '../core/crossfilter';
import { dataEndOf, type Prepared, type Selection } from '../core/prepared';
import { mirrorData, type MirrorRow } from '../mirror/data';
import { filter as comparison } from '../partners/data';

export interface Fact {
	text: string;
	sources: string[];
	/** A figure in it was converted at ECB rates (the facts box says so). */
	converted?: boolean;
}

/** Italian prepositions with the article for each partner (verso il / dal / con il ...). */
const IT_ARTICLES: Record<string, { to: string; from: string; with: string }> = {
	KAZ: { to: 'verso il', from: 'dal', with: 'con il' },
	KGZ: { to: 'verso il', from: 'dal', with: 'con il' },
	TJK: { to: 'verso il', from: 'dal', with: 'con il' },
	TKM: { to: 'verso il', from: 'dal', with: 'con il' },
	UZB: { to: "verso l'", from: "dall'", with: "con l'" },
	AZE: { to: "verso l'", from: "dall'", with: "con l'" },
	RUS: { to: 'verso la', from: 'dalla', with: 'con la' }
};

function join(prep: string, name: string) {
	return prep.endsWith("'") ? `${prep}${name}` : `${prep} ${name}`;
}

/** "Italian exports to Kyrgyzstan" / "Le esportazioni italiane verso il Kirghizistan". */
export function subject(
	lang: Lang,
	measure: Measure,
	partner: string
): { text: string; plural: boolean } {
	const name = countryName(lang, partner);
	if (lang === 'en') {
		const text = {
			export: `Italian exports to ${name}`,
			import: `Italian imports from ${name}`,
			turnover: `Italy's trade with ${name}`,
			balance: `Italy's trade balance with ${name}`
		}[measure];
		return { text, plural: measure === 'export' || measure === 'import' };
	}
	const a = IT_ARTICLES[partner] ?? { to: 'verso', from: 'da', with: 'con' };
	const text = {
		export: `Le esportazioni italiane ${join(a.to, name)}`,
		import: `Le importazioni italiane ${join(a.from, name)}`,
		turnover: `L'interscambio dell'Italia ${join(a.with, name)}`,
		balance: `Il saldo commerciale dell'Italia ${join(a.with, name)}`
	}[measure];
	return { text, plural: measure === 'export' || measure === 'import' };
}

const money = (lang: Lang, v: number, c: Currency) => formatMoneyCompact(lang, v, c);

/** "… rose from €22.5m in 2021 to €213.7m in 2023, ×9.5." */
export function riseSentence(
	lang: Lang,
	measure: Measure,
	a: MeasurePoint,
	b: MeasurePoint
): Fact | null {
	if (a.value === null || b.value === null) return null;
	const s = subject(lang, measure, b.partner);
	// Growth as published: exchange-rate movement never shows as growth of a converted series.
	const ra = a.reported;
	const rb = b.reported;
	const [x, y] =
		ra && rb && ra.currency === rb.currency ? [ra.value, rb.value] : [a.value, b.value];
	const ratio = x > 0 && y > 0 ? y / x : null;
	const c = change(y, x);
	const tail =
		ratio !== null && (ratio >= 2 || ratio <= 0.5)
			? formatMultiple(lang, ratio)
			: c.value !== null
				? formatSignedPercent(lang, c.value)
				: null;
	const from = money(lang, a.value, a.currency);
	const to = money(lang, b.value, b.currency);
	const text =
		lang === 'en'
			? `${s.text} ${b.value >= a.value ? 'rose' : 'fell'} from ${from} in ${a.year} to ${to} in ${b.year}${tail ? `, ${tail}` : ''}.`
			: `${s.text} ${s.plural ? 'sono passate' : 'è passato'} da ${from} nel ${a.year} a ${to} nel ${b.year}${tail ? ` (${tail})` : ''}.`;
	return {
		text,
		sources: [...new Set([...a.sources, ...b.sources])].sort(),
		converted: a.converted || b.converted
	};
}

/** "In Jan–Aug 2024, … were €244.9m, +118.6% on the same months of 2023." */
export function partialSentence(lang: Lang, measure: Measure, p: MeasurePoint): Fact | null {
	if (!p.partial || p.value === null || p.prevSameMonths === null) return null;
	const c = change(p.value, p.prevSameMonths);
	const period = formatMonthRange(lang, p.year, p.partial.fromMonth, p.partial.toMonth);
	const s = subject(lang, measure, p.partner);
	const v = money(lang, p.value, p.currency);
	const cmp = c.value === null ? '' : formatSignedPercent(lang, c.value);
	const text =
		lang === 'en'
			? `In ${period}, ${s.text} ${s.plural ? 'were' : 'was'} ${v}${cmp ? `, ${cmp} on the same months of ${p.year - 1}` : ''}.`
			: `Nel periodo ${period} ${s.text.charAt(0).toLowerCase()}${s.text.slice(1)} ${s.plural ? 'sono state pari a' : 'è stato pari a'} ${v}${cmp ? ` (${cmp} sugli stessi mesi del ${p.year - 1})` : ''}.`;
	return { text, sources: p.sources, converted: p.converted };
}

/** "Kyrgyz statistics record …: ×3.1 the Italian figure for 2023." */
export function mirrorSentence(lang: Lang, m: MirrorRow, currency: Currency): Fact | null {
	if (m.italy === null || m.partnerValue === null || m.ratio === null) return null;
	const name = countryName(lang, m.partner);
	const flowEn = m.flow === 'export' ? `imports from Italy` : `exports to Italy`;
	const flowIt = m.flow === 'export' ? `importazioni dall'Italia` : `esportazioni verso l'Italia`;
	const v = money(lang, m.partnerValue, currency);
	const i = money(lang, m.italy, currency);
	const r =
		m.ratio >= 1.5 || m.ratio <= 0.67
			? formatMultiple(lang, m.ratio)
			: formatPercent(lang, m.partnerValue / m.italy, 0);
	const text =
		lang === 'en'
			? `The statistics of ${name} record ${flowEn} of ${v} in ${m.year}, against ${i} in Italy's: ${r} the Italian figure.`
			: `Le statistiche ${countryPhrase(lang, m.partner, 'di')} registrano ${flowIt} per ${v} nel ${m.year}, contro ${i} in quelle italiane: ${r} il dato italiano.`;
	return { text, sources: m.sources, converted: m.converted };
}

/** "Kyrgyzstan took 12.3% of Italian exports to the Central Asian countries with data in 2023." */
export function shareSentence(
	lang: Lang,
	measure: Measure,
	p: MeasurePoint,
	total: PartnerTotal
): Fact | null {
	if (p.value === null || total.value === null || total.value <= 0 || total.included.length < 2)
		return null;
	if (measure === 'balance') return null;
	const name = countryName(lang, p.partner);
	const share = formatPercent(lang, p.value / total.value);
	const others = total.included
		.filter((c) => c !== p.partner)
		.map((c) => countryName(lang, c))
		.join(', ');
	const what = {
		en: { export: 'Italian exports', import: 'Italian imports', turnover: "Italy's trade" },
		it: {
			export: 'delle esportazioni italiane',
			import: 'delle importazioni italiane',
			turnover: "dell'interscambio italiano"
		}
	};
	const text =
		lang === 'en'
			? `${name} accounted for ${share} of ${what.en[measure]} with the Central Asian countries shown in ${p.year} (with ${others}).`
			: `Nel ${p.year} ${countryPhrase(lang, p.partner)} ha rappresentato il ${share} ${what.it[measure]} con i paesi dell'Asia centrale mostrati (insieme a ${others}).`;
	return { text, sources: total.sources, converted: p.converted };
}

export interface FactsInput {
	lang: Lang;
	measure: Measure;
	series: readonly Series[];
	mirror: readonly MirrorRow[];
	shareTotal: (year: number) => PartnerTotal | null;
	/** The years the user chose (null: the default span of the Growth view, `growthSpan`). */
	from: number | null;
	to: number | null;
	currency: Currency;
	/** The data's last year; a fact ending more than {@link OLD_YEARS} before it says so. */
	dataEnd?: number | null;
}

/** A fact whose latest figure is more than this many years before the data's end is flagged. */
export const OLD_YEARS = 3;

/** "(latest figure: 2017)" appended before the final full stop. */
function flagOld(lang: Lang, fact: Fact, year: number, dataEnd: number | null): Fact {
	if (dataEnd === null || dataEnd - year <= OLD_YEARS) return fact;
	const note = lang === 'en' ? `(latest figure: ${year})` : `(ultimo dato: ${year})`;
	return { ...fact, text: fact.text.replace(/\.$/, ` ${note}.`) };
}

/** "Italian exports to Turkmenistan were €53.1m in 2019." (a country with one year only) */
export function levelSentence(lang: Lang, measure: Measure, p: MeasurePoint): Fact | null {
	if (p.value === null || p.partial) return null;
	const s = subject(lang, measure, p.partner);
	const v = money(lang, p.value, p.currency);
	const text =
		lang === 'en'
			? `${s.text} ${s.plural ? 'were' : 'was'} ${v} in ${p.year}.`
			: `${s.text} ${s.plural ? 'sono state pari a' : 'è stato pari a'} ${v} nel ${p.year}.`;
	return { text, sources: p.sources, converted: p.converted };
}

/**
 * The two figures a country's fact compares, by ONE rule: the Growth view's span (the years the
 * user chose, else `defaultSpan`: the latest complete year against five years earlier when
 * available), so a fact and the CAGR never disagree; a country without a figure at both ends of
 * that span gets the same rule applied to its own years (within the chosen years).
 */
export function factWindow(
	s: Series,
	span: { from: number | null; to: number | null },
	chosen: { from: number | null; to: number | null } = { from: null, to: null }
): { a: MeasurePoint | null; b: MeasurePoint } | null {
	const complete = s.points.filter(
		(p) =>
			p.value !== null &&
			!p.partial &&
			(chosen.from === null || p.year >= chosen.from) &&
			(chosen.to === null || p.year <= chosen.to)
	);
	const at = (y: number | null) => (y === null ? undefined : complete.find((p) => p.year === y));
	const a = at(span.from);
	const b = at(span.to);
	if (a && b && a.year < b.year) return { a, b };
	const own = defaultSpan([new Set(complete.map((p) => p.year))]);
	const ob = at(own.last);
	if (!ob) return null;
	const oa = at(own.first);
	return { a: oa && oa.year < ob.year ? oa : null, b: ob };
}

/**
 * Three to five sentences for the selection. One country: its change over the Growth view's span
 * (`factWindow`), its latest partial year, its share, and the mirror gap. Several: the change of
 * each (largest first). A fact ending more than three years before the data's end says so.
 */
export function keyFacts(input: FactsInput): Fact[] {
	const { lang, measure, series } = input;
	const chosen = { from: input.from, to: input.to };
	const span = growthSpan(series, chosen);
	const window = (s: Series) => factWindow(s, span, chosen);
	const dataEnd =
		input.dataEnd ??
		(series.flatMap((s) => s.points).length
			? Math.max(...series.flatMap((s) => s.points.map((p) => p.year)))
			: null);
	const change = (w: { a: MeasurePoint | null; b: MeasurePoint }) => {
		const f = w.a ? riseSentence(lang, measure, w.a, w.b) : levelSentence(lang, measure, w.b);
		return f && flagOld(lang, f, w.b.year, dataEnd);
	};
	const facts: Fact[] = [];
	const ranked = [...series].sort((x, y) => (window(y)?.b.value ?? 0) - (window(x)?.b.value ?? 0));
	if (series.length === 1) {
		const s = series[0] as Series;
		const w = window(s);
		const f0 = w && change(w);
		if (f0) facts.push(f0);
		const partial = s.points.filter((p) => p.partial).at(-1);
		if (partial && (input.to === null || partial.year > input.to)) {
			const f = partialSentence(lang, measure, partial);
			if (f) facts.push(flagOld(lang, f, partial.year, dataEnd));
		}
		if (w) {
			const total = input.shareTotal(w.b.year);
			const f = total && shareSentence(lang, measure, w.b, total);
			if (f) facts.push(flagOld(lang, f, w.b.year, dataEnd));
		}
		const flow = measure === 'import' ? 'import' : 'export';
		const m = input.mirror
			.filter((r) => r.partner === s.partner && r.flow === flow && r.ratio !== null)
			.at(-1);
		const f = m && mirrorSentence(lang, m, input.currency);
		if (f && m) facts.push(flagOld(lang, f, m.year, dataEnd));
	} else {
		for (const s of ranked) {
			const w = window(s);
			const f = w && change(w);
			if (f) facts.push(f);
		}
	}
	return facts.filter(Boolean).slice(0, 5);
}

/**
 * The key facts of a dashboard selection: the one place the facts box and the slides' speaker
 * notes compute them. Shares are of the five Central Asian countries, Italian statistics only
 * (one reporter); the years are the Growth view's CAGR span (`growthSpan`).
 */
export function selectionFacts(input: {
	prepared: Prepared;
	selection: Selection;
	series: Series[];
	lang: Lang;
}): Fact[] {
	const { prepared, selection: sel, lang } = input;
	const focusPoints =
		sel.reporter === 'ITA'
			? measureSeries(
					annualPoints(prepared, { ...sel, partners: FOCUS_PARTNERS, focus: null }, comparison),
					sel.measure
				)
			: [];
	return keyFacts({
		lang,
		measure: sel.measure,
		series: input.series,
		mirror: mirrorData(prepared, sel),
		shareTotal: (year) =>
			focusPoints.length ? totalAcrossPartners(focusPoints, FOCUS_PARTNERS, year) : null,
		from: sel.from,
		to: sel.to,
		currency: sel.currency,
		dataEnd: dataEndOf(prepared, sel.reporter)
	});
}
