/**
 * Small display helpers of the Data page: sizes, dates, hashes, progress.
 * Formats follow the chosen language, never the browser (L1).
 */
import { formatNumber } from '../../i18n/format';
import { LOCALES, type Lang } from '../../i18n/lang';

const UNITS = ['B', 'kB', 'MB', 'GB'] as const;

/**
 * A file size in SI units.
 *
 * @example formatBytes('it', 1536) // '1,5 kB'
 * @example formatBytes('en', 12) // '12 B'
 */
export function formatBytes(lang: Lang, bytes: number): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${formatNumber(lang, value, unit === 0 || value >= 100 ? 0 : 1)}\u00a0${UNITS[unit]}`;
}

/**
 * An ISO timestamp as a date and time in the chosen language (the device's time zone).
 *
 * @example formatDateTime('en', '2026-01-02T03:04:05Z') // '2 Jan 2026, 03:04' in UTC
 */
export function formatDateTime(lang: Lang, iso: string, timeZone?: string): string {
	const date = new Date(iso);
	if (!iso || Number.isNaN(date.getTime())) return '—';
	return new Intl.DateTimeFormat(LOCALES[lang], {
		dateStyle: 'medium',
		timeStyle: 'short',
		timeZone
	}).format(date);
}

/** The first 12 hex digits of a hash, for the list (the full one goes in a tooltip). */
export function shortHash(hash: string | null): string {
	return hash ? `${hash.slice(0, 12)}…` : '—';
}

/** A percentage of progress, 0..1 → `42 %`-style text in the chosen language. */
export function formatProgress(lang: Lang, fraction: number): string {
	return new Intl.NumberFormat(LOCALES[lang], {
		style: 'percent',
		maximumFractionDigits: 0
	}).format(Math.min(1, Math.max(0, fraction)));
}
