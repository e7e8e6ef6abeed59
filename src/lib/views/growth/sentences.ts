/**
 * What the growth view says in words: its subtitle, notes, the chart's description, and whether
 * there is anything to draw. Pure.
 */
import type { Grain } from '../../data/analysis/monthly';
import { formatSignedPercent } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import type { GrowthMode } from '../../url/codec';
import { describeRates } from '../core/describe';
import { periodLabel } from '../volumes/periods';
import type { growthData, PeriodicGrowth } from './data';

type Growth = ReturnType<typeof growthData>;

export function growthSubtitle(
	lang: Lang,
	mode: GrowthMode,
	g: Growth,
	periodic: PeriodicGrowth | null
): string {
	if (periodic) return t(lang, `growth.period.${periodic.grain}`);
	if (mode === 'index') return t(lang, 'growth.index.subtitle', { base: g.base ?? '—' });
	if (mode === 'cagr')
		return t(lang, 'growth.cagr.subtitle', { from: g.from ?? '—', to: g.to ?? '—' });
	return t(lang, 'growth.yoy.subtitle');
}

/**
 * Notes under the chart by month or quarter: the countries with annual figures only; in the
 * index and CAGR modes, that months and quarters are for the year-on-year rates only.
 */
export function growthNotes(lang: Lang, mode: GrowthMode, grain: Grain, g: Growth): string[] {
	if (grain === 'year' || !g.monthly) return [];
	if (mode !== 'yoy') return [t(lang, 'growth.grain.yoyOnly')];
	const p = g.periodic;
	if (!p?.without.length) return [];
	return [
		t(lang, `grain.annualOnly.${p.grain}`, {
			countries: p.without.map((c) => countryName(lang, c)).join(', ')
		})
	];
}

/** Whether the mode has any rate to draw (every rate a gap: an empty state, never zeros). */
export function drawable(mode: GrowthMode, g: Growth, periodic: PeriodicGrowth | null): boolean {
	if (periodic) return periodic.yoy.some((s) => s.growth.some((p) => p.value !== null));
	if (mode === 'yoy') return g.yoy.some((s) => s.growth.some((p) => p.growth.value !== null));
	if (mode === 'index') return g.index.some((s) => s.index.some((p) => p.index.value !== null));
	return g.cagr.some((c) => c.cagr.value !== null);
}

/** The chart's description: each country's latest rate, with its year, month or quarter. */
export function growthSummary(
	lang: Lang,
	mode: GrowthMode,
	g: Growth,
	periodic: PeriodicGrowth | null
): string {
	if (periodic)
		return periodic.yoy
			.flatMap((s) => {
				const last = s.growth.filter((p) => p.value !== null).at(-1);
				return last
					? [
							`${countryName(lang, s.partner)} ${periodLabel(lang, last.period)} ${formatSignedPercent(lang, last.value as number)}`
						]
					: [];
			})
			.join(', ');
	if (mode === 'cagr')
		return describeRates(
			lang,
			g.cagr.map((c) => ({ partner: c.partner, value: c.cagr.value }))
		);
	return describeRates(
		lang,
		g.yoy.map((s) => {
			const last = s.growth.filter((p) => p.growth.value !== null).at(-1);
			return { partner: s.partner, value: last?.growth.value ?? null, year: last?.year };
		})
	);
}
