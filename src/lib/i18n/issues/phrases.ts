/**
 * Parameters an issue's sentence needs beyond its own: the parts of the sentence that depend on
 * the issue (a flow's name, a figure's identity, a note shown only when a value is there). Each
 * part's words are in the catalogue (`phrase.*`); this file only chooses them.
 */
import type { IssueCode } from '../../data/import/types';
import type { SheetSkipReason } from '../../data/import/excel-messages';
import { hasKey, translate, type Params } from '../catalogue';
import type { Lang } from '../lang';
import { ISSUE_TEXT, type IssueKey } from './catalogue';

/** Describes an issue code without details (for `no-valid-rows` and `issues-truncated`). */
export type DescribeCode = (code: string) => string;
type Derive = (p: Params, lang: Lang, describeCode: DescribeCode) => Params;

/** A parameter as text, '' when absent. */
export function text(p: Params, key: string): string {
	const v = p[key];
	return v === undefined ? '' : String(v);
}

export function say(lang: Lang, key: IssueKey, params: Params = {}): string {
	return translate(ISSUE_TEXT, lang, key, params, () => '');
}

/** The phrase `phrase.<group>.<value>`, or the value itself when the catalogue has none. */
function named(lang: Lang, group: string, value: string): string {
	const key = `phrase.${group}.${value}`;
	return hasKey(ISSUE_TEXT, key) ? say(lang, key) : value;
}

/** A phrase shown only when `present`, e.g. ` (source "X")`. */
function note(present: boolean, lang: Lang, key: IssueKey, params: Params): string {
	return present ? say(lang, key, params) : '';
}

/** A figure's identity: `partner KAZ, exports, reporter ITA, sector TOTAL, 2023, EUR`. */
function figure(p: Params, lang: Lang): string {
	if (p.partner === undefined) return say(lang, 'phrase.sameCell');
	return say(lang, 'phrase.figure', { ...p, flowName: named(lang, 'flow', text(p, 'flow')) });
}

/** ` (lines 3, 5, 7, …)`: where the first few of `count` cases are. */
function linesNote(p: Params, lang: Lang): Params {
	const lines = text(p, 'lines');
	const more = Number(p.count) > 5 ? ', …' : '';
	return { linesNote: note(lines !== '', lang, 'phrase.lines', { lines, more }) };
}

/** `HS 84`, a product group's label, or the code. */
function sectorName(p: Params, lang: Lang): string {
	const code = text(p, 'sector');
	if (/^\d{2,10}$/.test(code)) return `HS ${code}`;
	if (code.startsWith('grp:')) return `"${text(p, 'label') || code.slice(4)}"`;
	return code || say(lang, 'phrase.sector');
}

/** `; not read: “Cover” (a cover or notes: no table); …` from the `others` JSON pairs. */
function notRead(p: Params, lang: Lang): string {
	let others: unknown = [];
	try {
		others = JSON.parse(text(p, 'others') || '[]');
	} catch {
		others = [];
	}
	if (!Array.isArray(others)) return '';
	const list = others
		.map(([name, why]: [string, SheetSkipReason]) => {
			const key = `phrase.sheet.${why}`;
			return `“${name}” (${say(lang, hasKey(ISSUE_TEXT, key) ? key : 'phrase.sheet.notes')})`;
		})
		.join('; ');
	return note(others.length > 0, lang, 'phrase.notRead', { list });
}

function decimalName(p: Params): IssueKey {
	return text(p, 'decimal') === ',' ? 'phrase.decimal.comma' : 'phrase.decimal.point';
}

function basis(p: Params): IssueKey {
	const source = text(p, 'source');
	if (source === 'format') return 'phrase.basis.format';
	return source === 'override' ? 'phrase.basis.override' : 'phrase.basis.file';
}

export const DERIVED: Partial<Record<IssueCode, Derive>> = {
	'workbook-sheets': (p, lang) => ({ notRead: notRead(p, lang) }),
	'no-valid-rows': (p, _lang, describeCode) => ({
		reason: text(p, 'main') ? describeCode(text(p, 'main')) : ''
	}),
	'issues-truncated': (p, _lang, describeCode) => ({ reason: describeCode(text(p, 'code')) }),
	'spreadsheet-period': (p) => ({ year: /^\s*(\d{4})/.exec(text(p, 'value'))?.[1] ?? '2005' }),
	'number-too-large': (p, lang) => ({
		factorNote: note(text(p, 'factor') !== '', lang, 'phrase.factor', p)
	}),
	'conflicting-value': (p, lang) => ({
		figure: figure(p, lang),
		sourceNote: note(text(p, 'source') !== '', lang, 'phrase.source', p),
		firstSourceNote: note(text(p, 'firstSource') !== '', lang, 'phrase.source', {
			source: text(p, 'firstSource')
		})
	}),
	'duplicate-row': (p, lang) => ({
		figure: figure(p, lang),
		sources: note(p.source !== undefined, lang, 'phrase.sources', p)
	}),
	'encoding-fallback': (p, lang) => {
		const iso = text(p, 'encoding') === 'iso-8859-15';
		return {
			encodingName: iso ? 'ISO-8859-15' : 'Windows-1252',
			euroNote: note(iso, lang, 'phrase.euro', {})
		};
	},
	'utf16-without-bom': (p) => ({ encodingName: text(p, 'encoding').toUpperCase() }),
	'invalid-utf8': linesNote,
	'nul-removed': linesNote,
	'flow-from-context': (p, lang) => ({
		flowName: named(lang, 'flow', text(p, 'flow')),
		fromName: named(lang, 'from', text(p, 'from')),
		tableNote: note(text(p, 'table') !== '', lang, 'phrase.table', p)
	}),
	'number-format': (p, lang) => ({
		decimalName: say(lang, decimalName(p)),
		basis: say(lang, basis(p))
	}),
	'part-exceeds-total': (p, lang) => ({ sectorName: sectorName(p, lang) }),
	'footnote-flag': (p, lang) => ({
		flagName: say(lang, text(p, 'flag') === 'e' ? 'phrase.flag.e' : 'phrase.flag.p')
	})
};
