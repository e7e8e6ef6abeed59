/**
 * Numbers: the decimal mark is decided from the FILE (every value cell of every value column is
 * looked at), never from the UI language.
 *
 * Each cell is classified:
 * - `plain`: digits only (`1234`, `-5`, `1e5`, `1 234`): fits both conventions;
 * - `dec-dot` / `dec-comma`: the cell shows which mark is the decimal one (`1234.5`, `0,25`,
 *   `1.234.567` (dots group thousands, so the decimal mark is a comma), `1,234.56`);
 * - `amb-dot` / `amb-comma`: one mark followed by exactly three digits after one to three digits
 *   (`1.234`, `12,500`): a decimal or a thousands separator, the cell alone cannot tell;
 * - `invalid`: not a number (`12%`, `0x1F`, `(5)`, `abc`).
 * Votes of the decisive cells pick the decimal mark for the whole file. If nothing decides, the
 * format's specification may (Comtrade, Eurostat and IMF machine files use `.`, no grouping) when
 * the file still has the format's own delimiter; otherwise ambiguous cells are rejected with
 * `ambiguous-number`: never guessed. Cells that contradict the decision are `invalid-number`.
 */
import type { DecimalMark } from './types';

const MISSING = /^(?:|\.{2,3}|:\s*[a-z]?|[-\u2013\u2014]|n\.?\s?[da]\.?|n\/[da]|x|null|none|nan)$/i;

/** Fast path: a plain integer of up to 15 digits is the same number under every convention. */
const PLAIN_INT = /^-?\d{1,15}$/;

/** Empty, `..`, `:`, `: c`, `-`, `n.d.`, `n/a`, `x` (confidential), ... */
export function isMissing(raw: string): boolean {
	return MISSING.test(raw.trim());
}

export type NumberClass = 'plain' | 'dec-dot' | 'dec-comma' | 'amb-dot' | 'amb-comma' | 'invalid';

interface Prepared {
	negative: boolean;
	body: string;
	exponent: number;
}

/** Grouping marks besides `.` and `,`: spaces (also NBSP, narrow NBSP), `'` and `’` (de-CH). */
const GROUP_CHARS = /[ \u00a0\u202f'\u2019]/;
const BODY = /^[0-9.,' \u00a0\u202f\u2019]+$/;

/** Longer cells are not numbers (bounded work on hostile cells, catalogue F7). */
export const MAX_NUMBER_CHARS = 400;

function prepare(raw: string): Prepared | null {
	if (raw.length > MAX_NUMBER_CHARS) return null;
	let s = raw.trim();
	s = s.replace(/^(?:€|\$|US\$)\s*/, '');
	// A trailing currency sign, then the spaces before it (no `\s*…$` regex: quadratic on spaces).
	if (s.endsWith('€') || s.endsWith('$')) s = s.slice(0, -1).trimEnd();
	let negative = false;
	const first = s.charAt(0);
	if (first === '-' || first === '\u2212') {
		negative = true;
		s = s.slice(1);
	} else if (first === '+') s = s.slice(1);
	let exponent = 0;
	const e = /[eE]([-+]?\d{1,4})$/.exec(s);
	if (e) {
		exponent = Number(e[1]);
		s = s.slice(0, e.index);
	}
	if (!BODY.test(s) || !/\d/.test(s)) return null;
	if (GROUP_CHARS.test(s.charAt(0)) || GROUP_CHARS.test(s.charAt(s.length - 1))) return null;
	return { negative, body: s, exponent };
}

function count(s: string, c: string): number {
	let n = 0;
	for (let i = s.indexOf(c); i !== -1; i = s.indexOf(c, i + 1)) n++;
	return n;
}

function classifyOne(body: string, mark: '.' | ',', hasExponent: boolean): NumberClass {
	const at = body.indexOf(mark);
	const before = body.slice(0, at);
	const after = body.slice(at + 1);
	const decimalHere: NumberClass = mark === '.' ? 'dec-dot' : 'dec-comma';
	if (hasExponent || after.length !== 3 || before === '' || before.startsWith('0')) {
		return decimalHere;
	}
	if (GROUP_CHARS.test(before)) return decimalHere;
	if (before.length > 3) return decimalHere;
	return mark === '.' ? 'amb-dot' : 'amb-comma';
}

export function classifyNumber(raw: string): NumberClass {
	const p = prepare(raw);
	if (!p) return 'invalid';
	const dots = count(p.body, '.');
	const commas = count(p.body, ',');
	const hasExp = /[eE][-+]?\d/.test(raw);
	if (dots === 0 && commas === 0) return 'plain';
	if (dots > 0 && commas > 0) {
		const lastDot = p.body.lastIndexOf('.');
		const lastComma = p.body.lastIndexOf(',');
		if (lastDot > lastComma) return dots === 1 ? 'dec-dot' : 'invalid';
		return commas === 1 ? 'dec-comma' : 'invalid';
	}
	if (dots > 1) return hasExp ? 'invalid' : 'dec-comma';
	if (commas > 1) return hasExp ? 'invalid' : 'dec-dot';
	return classifyOne(p.body, dots === 1 ? '.' : ',', hasExp);
}

export interface NumberDecision {
	/** null: nothing decided, ambiguous cells are rejected. */
	decimal: DecimalMark | null;
	source: 'file' | 'format' | 'override' | 'none';
	/** The grouping mark seen in the file under that decision, for the report. */
	thousands: string | null;
	/** Votes, for the report's notice. */
	votes: { dot: number; comma: number; ambiguous: number };
}

/** Collects every value cell's class, then decides. */
export class NumberEvidence {
	dot = 0;
	comma = 0;
	ambiguous = 0;
	private sawDot = false;
	private sawComma = false;
	private sawSpace = false;
	private sawApostrophe = false;

	add(raw: string): void {
		if (PLAIN_INT.test(raw)) return;
		if (isMissing(raw)) return;
		const cls = classifyNumber(raw);
		if (cls === 'invalid' || cls === 'plain') {
			if (cls === 'plain') this.noteGrouping(raw);
			return;
		}
		this.noteGrouping(raw);
		if (cls === 'dec-dot') this.dot++;
		else if (cls === 'dec-comma') this.comma++;
		else this.ambiguous++;
	}

	private noteGrouping(raw: string): void {
		if (raw.includes('.')) this.sawDot = true;
		if (raw.includes(',')) this.sawComma = true;
		if (/\d[ \u00a0\u202f]\d/.test(raw)) this.sawSpace = true;
		if (/\d['\u2019]\d/.test(raw)) this.sawApostrophe = true;
	}

	decide(override: DecimalMark | undefined, prior: DecimalMark | null): NumberDecision {
		let decimal: DecimalMark | null;
		let source: NumberDecision['source'];
		if (override) {
			decimal = override;
			source = 'override';
		} else if (this.dot > 0 || this.comma > 0) {
			decimal = this.comma > this.dot ? ',' : '.';
			source = 'file';
		} else if (prior) {
			decimal = prior;
			source = 'format';
		} else {
			decimal = null;
			source = 'none';
		}
		let thousands: string | null = null;
		if (decimal === ',' && this.sawDot) thousands = '.';
		else if (decimal === '.' && this.sawComma && source !== 'format') thousands = ',';
		else if (this.sawSpace) thousands = ' ';
		else if (this.sawApostrophe) thousands = "'";
		return {
			decimal,
			source,
			thousands,
			votes: { dot: this.dot, comma: this.comma, ambiguous: this.ambiguous }
		};
	}
}

export type ParsedNumber =
	| { ok: true; value: number; canonical: string }
	| {
			ok: false;
			code:
				| 'missing-value'
				| 'ambiguous-number'
				| 'invalid-number'
				| 'number-too-small'
				| 'number-too-large';
	  };

/**
 * No trade figure is larger (in full currency units, after scaling by the file's unit): world
 * trade in a year is about 2.5e13 US dollars. Larger values are rejected, so that no sum of
 * accepted values can overflow to Infinity downstream.
 */
export const MAX_VALUE = 1e15;

const DIGITS = /^\d*$/;
const GROUPED_SPACE = /^\d{1,3}(?:[ \u00a0\u202f'\u2019]\d{3})+$/;
const GROUPED_DOT = /^\d{1,3}(?:[. \u00a0\u202f'\u2019]\d{3})+$/;
const GROUPED_COMMA = /^\d{1,3}(?:[, \u00a0\u202f'\u2019]\d{3})+$/;

/**
 * Parses one cell under the file's decision. `canonical` is `[-]digits[.digits]e<exp>`, so that
 * scaling by a power of ten (`scaleCanonical`) is exact.
 * When the decimal mark comes from the format's specification, only space grouping is accepted.
 */
export function parseNumber(raw: string, decision: NumberDecision): ParsedNumber {
	if (PLAIN_INT.test(raw)) {
		const value = Number(raw);
		return { ok: true, value: value === 0 ? 0 : value, canonical: `${raw}e0` };
	}
	if (isMissing(raw)) return { ok: false, code: 'missing-value' };
	const p = prepare(raw);
	if (!p) return { ok: false, code: 'invalid-number' };
	let decimal = decision.decimal;
	if (decimal === null) {
		const cls = classifyNumber(raw);
		if (cls === 'amb-dot' || cls === 'amb-comma') return { ok: false, code: 'ambiguous-number' };
		if (cls === 'dec-dot') decimal = '.';
		else if (cls === 'dec-comma') decimal = ',';
		else decimal = '.';
	}
	const body = p.body;
	const at = body.lastIndexOf(decimal);
	let intPart = at === -1 ? body : body.slice(0, at);
	const frac = at === -1 ? '' : body.slice(at + 1);
	if (!DIGITS.test(frac)) return { ok: false, code: 'invalid-number' };
	if (!DIGITS.test(intPart)) {
		const grouped =
			decision.decimal === null || decision.source === 'format'
				? GROUPED_SPACE
				: decimal === ','
					? GROUPED_DOT
					: GROUPED_COMMA;
		if (!grouped.test(intPart)) return { ok: false, code: 'invalid-number' };
		intPart = intPart.replace(/\D/g, '');
	}
	if (intPart === '' && frac === '') return { ok: false, code: 'invalid-number' };
	const canonical = `${p.negative ? '-' : ''}${intPart || '0'}${frac ? '.' + frac : ''}e${p.exponent}`;
	const value = Number(canonical);
	if (!Number.isFinite(value)) return { ok: false, code: 'number-too-large' };
	// `1e-400` is not zero: reading it as 0 would be a silent change.
	if (value === 0 && /[1-9]/.test(intPart + frac)) return { ok: false, code: 'number-too-small' };
	return { ok: true, value: value === 0 ? 0 : value, canonical };
}

/** Multiplies a canonical number by 10^power without binary rounding error. */
export function scaleCanonical(canonical: string, power: number): number {
	if (power === 0) return Number(canonical);
	const at = canonical.lastIndexOf('e');
	const v = Number(`${canonical.slice(0, at)}e${Number(canonical.slice(at + 1)) + power}`);
	return v === 0 ? 0 : v;
}
