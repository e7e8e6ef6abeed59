/**
 * Period texts → the schema's periods (`YYYY`, `YYYY-MM`, `YYYY-Qn`).
 *
 * Accepted: `2024`, `2024-03`, `202403`, `2024M03`, `2024-M03`, `2024M3`, `2024/03`, `2024-Q1`,
 * `2024Q1`, `Q1 2024`, `T1 2024`, `201952` (Comext annual), `202403-Mar. 2024` and
 * `201952-Jan.-Dec. 2019` (Comext coded labels), `Mar. 2024`, `March 2024`, `marzo 2024`,
 * `gen-24`, `Jan.-Dec. 2019`, `gen-dic 2019`.
 */
import { parsePeriod } from '../schema';

const MONTHS = new Map<string, number>([
	['jan', 1],
	['january', 1],
	['gen', 1],
	['gennaio', 1],
	['feb', 2],
	['february', 2],
	['febbraio', 2],
	['mar', 3],
	['march', 3],
	['marzo', 3],
	['apr', 4],
	['april', 4],
	['aprile', 4],
	['may', 5],
	['mag', 5],
	['maggio', 5],
	['jun', 6],
	['june', 6],
	['giu', 6],
	['giugno', 6],
	['jul', 7],
	['july', 7],
	['lug', 7],
	['luglio', 7],
	['aug', 8],
	['august', 8],
	['ago', 8],
	['agosto', 8],
	['sep', 9],
	['sept', 9],
	['september', 9],
	['set', 9],
	['settembre', 9],
	['oct', 10],
	['october', 10],
	['ott', 10],
	['ottobre', 10],
	['nov', 11],
	['november', 11],
	['novembre', 11],
	['dec', 12],
	['december', 12],
	['dic', 12],
	['dicembre', 12]
]);

const pad = (m: number) => String(m).padStart(2, '0');

function year(y: string): string | null {
	const n = Number(y.length === 2 ? `20${y}` : y);
	return n >= 1900 && n <= 2100 ? String(n) : null;
}

function month(y: string, m: number): string | null {
	const yy = year(y);
	return yy && m >= 1 && m <= 12 ? `${yy}-${pad(m)}` : null;
}

/** No period text is longer (bounded work: some patterns below are quadratic on long spaces). */
const MAX_PERIOD_CHARS = 40;

function parseText(raw: string): string | null {
	if (raw.length > MAX_PERIOD_CHARS * 4) return null;
	let t = raw.trim();
	if (t.length > MAX_PERIOD_CHARS) return null;
	// Comext coded labels: the code before the dash decides.
	const coded = /^(\d{6})-\D/.exec(t);
	if (coded) t = coded[1] as string;

	let m = /^(\d{4})$/.exec(t);
	if (m) return year(m[1] as string);
	m = /^(\d{4})52$/.exec(t);
	if (m) return year(m[1] as string);
	m = /^(\d{4})(0[1-9]|1[0-2])$/.exec(t);
	if (m) return month(m[1] as string, Number(m[2]));
	// (Not `2024.3`: a spreadsheet saves 2024.10 as 2024.1, see `isSpreadsheetMonth`.)
	m = /^(\d{4})(?:[-/.]?M|[-/])(\d{1,2})$/i.exec(t);
	if (m) return month(m[1] as string, Number(m[2]));
	m = /^(\d{4})\s*[-/]?\s*[QT]([1-4])$/i.exec(t);
	if (m) return year(m[1] as string) && `${m[1]}-Q${m[2]}`;
	m = /^[QT]([1-4])\s*[-/]?\s*(\d{4})$/i.exec(t);
	if (m) return year(m[2] as string) && `${m[2]}-Q${m[1]}`;
	// `Jan.-Dec. 2019`, `gen-dic 2019`: the whole year.
	m = /^(?:jan|gen)[a-z]*\.?\s*-\s*(?:dec|dic)[a-z]*\.?\s*(\d{4})$/i.exec(t);
	if (m) return year(m[1] as string);
	// Cumulative spans of one year as published: `2024-01..2024-08`, `Jan-Aug 2024`,
	// `gen.–ago. 2024`, `H1 2024` / `2024-H1` (never summed with months: see schema `C`).
	m = /^(\d{4})-(\d{2})\.\.(\d{4})-(\d{2})$/.exec(t);
	if (m) return parsePeriod(t) ? t : null;
	m = /^([a-z]{3,9})\.?\s*[-–]\s*([a-z]{3,9})\.?\s*(\d{4})$/i.exec(t);
	if (m) {
		const from = MONTHS.get((m[1] as string).toLowerCase());
		const to = MONTHS.get((m[2] as string).toLowerCase());
		if (from && to) return span(m[3] as string, from, to);
	}
	m = /^(?:H([12])\s*[-/]?\s*(\d{4})|(\d{4})\s*[-/]?\s*H([12]))$/i.exec(t);
	if (m) {
		const half = Number(m[1] ?? m[4]);
		return span((m[2] ?? m[3]) as string, half === 1 ? 1 : 7, half === 1 ? 6 : 12);
	}
	// `Mar. 2024`, `marzo 2024`, `gen-24`
	m = /^([a-z]{3,9})\.?\s*[-/ ]?\s*(\d{4}|\d{2})$/i.exec(t);
	if (m) {
		const mm = MONTHS.get((m[1] as string).toLowerCase());
		if (mm) return month(m[2] as string, mm);
	}
	return null;
}

/** `YYYY-MM..YYYY-MM` for months `from`..`to` of a year, or null when that is not a valid span. */
function span(y: string, from: number, to: number): string | null {
	const mm = (n: number) => String(n).padStart(2, '0');
	const p = `${y}-${mm(from)}..${y}-${mm(to)}`;
	return year(y) && parsePeriod(p) ? p : null;
}

/**
 * A period written as a decimal number, `2005.1` … `2005.12` (or `2005,1`): the shape a
 * spreadsheet gives months it stored as numbers, where 2005.10 became 2005.1. Never read as a
 * period: 2005.1 may be January or October.
 */
export function isSpreadsheetMonth(raw: string): boolean {
	return /^\s*\d{4}[.,]\d{1,2}\s*$/.test(raw);
}

const cache = new Map<string, string | null>();

/** The schema period for a period text, or null. */
export function parsePeriodText(raw: string): string | null {
	if (raw.length > MAX_PERIOD_CHARS * 4) return null;
	let hit = cache.get(raw);
	if (hit === undefined) {
		const p = parseText(raw);
		hit = p && parsePeriod(p) ? p : null;
		if (cache.size > 10000) cache.clear();
		cache.set(raw, hit);
	}
	return hit;
}

/**
 * A wide table's column header read as a period: a period text, possibly followed by a footnote
 * marker (`2023 1`, `2023*`, `2023 (p)`), returned as `marker`.
 */
export function parsePeriodHeader(raw: string): { period: string; marker: string } | null {
	const t = raw.trim();
	if (t.length > MAX_PERIOD_CHARS) return null;
	const direct = parsePeriodText(t);
	if (direct) return { period: direct, marker: '' };
	const m = /^(\d{4})(?:\s+(\d{1,2})|\s*(\*+)|\s*\(([^)]{1,12})\))$/.exec(t);
	if (!m) return null;
	const y = parsePeriodText(m[1] as string);
	return y ? { period: y, marker: (m[2] ?? m[3] ?? m[4] ?? '').trim() } : null;
}
