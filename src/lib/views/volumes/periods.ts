/**
 * Months and quarters in words, for the volumes chart, its tooltips and its table. Pure.
 */
import type { PeriodPoint } from '../../data/analysis/monthly';
import { formatMonthRange, monthName } from '../../i18n/format';
import type { Lang } from '../../i18n/lang';
import { t } from '../../i18n/messages';

/** A period code as read: `Mar 2024`, `Q1 2024` (`T1 2024` in Italian). */
export function periodLabel(lang: Lang, code: string): string {
	const [y, r = ''] = code.split('-');
	if (r.startsWith('Q')) return t(lang, 'grain.quarterLabel', { q: r.slice(1), year: y ?? '' });
	return `${monthName(lang, Number(r))} ${y}`;
}

/** What a gap or a partial quarter says, in words; '' for a plain figure. */
export function periodNote(lang: Lang, p: PeriodPoint): string {
	if (p.value === null) return p.gap ? t(lang, `gap.${p.gap}`) : '';
	const notes: string[] = [];
	if (p.partial)
		notes.push(
			t(lang, 'grain.partial', {
				months: formatMonthRange(lang, p.year, p.partial.fromMonth, p.partial.toMonth)
			})
		);
	if (p.emptyMonths > 0) notes.push(t(lang, 'grain.emptyMonths', { n: p.emptyMonths }));
	return notes.join('; ');
}
