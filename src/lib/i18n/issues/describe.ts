/**
 * An import issue as a full sentence in the chosen language, e.g.
 * `Line 14, column 3 (VALUE_IN_EUR): "12,5" is ambiguous — a decimal comma or a thousands
 * separator? …`. The words are in `./catalogue.ts`; this file picks the entry and its parameters.
 */
import { isRejectionCode } from '../../data/import/severity';
import type { ImportIssue, IssueCode } from '../../data/import/types';
import { hasKey, type Params } from '../catalogue';
import type { Lang } from '../lang';
import { ISSUE_TEXT, type IssueKey } from './catalogue';
import { DERIVED, say, text } from './phrases';

/**
 * Which variant of a code's sentence an issue reads (`<code>.<variant>`), by the details it
 * carries; null (or a variant the catalogue lacks) reads the code's own sentence.
 */
const VARIANT: Partial<Record<IssueCode, (p: Params) => string | null>> = {
	'binary-file': (p) => text(p, 'kind'),
	'workbook-sheets': (p) => (p.sheet === undefined ? 'one' : null),
	'field-count': (p) => (p.span !== undefined ? 'span' : null),
	'invalid-number': (p) => (p.expected !== undefined ? 'expected' : null),
	'missing-value': (p) => (text(p, 'value') === '' ? 'empty' : null),
	'invalid-utf8': (p) => (text(p, 'encoding').startsWith('utf-16') ? 'utf16' : null),
	'units-scaled': (p) => (text(p, 'where') === 'format' ? 'format' : null),
	'quote-repaired': (p) => (p.reason !== undefined ? 'reason' : null)
};

function keyOf(code: IssueCode, p: Params): string {
	// An issue without details (a code quoted by another issue) reads the general sentence.
	const generic = `${code}.generic`;
	if (Object.keys(p).length === 0 && hasKey(ISSUE_TEXT, generic)) return generic;
	const variant = `${code}.${VARIANT[code]?.(p) ?? ''}`;
	return hasKey(ISSUE_TEXT, variant) ? variant : code;
}

/** The sentence without position, count or final full stop. */
function body(issue: ImportIssue, lang: Lang): string {
	const p = issue.params;
	const describeCode = (code: string) =>
		describeIssue(
			{ line: null, column: null, header: null, code: code as IssueCode, params: {} },
			lang
		);
	const derived = DERIVED[issue.code]?.(p, lang, describeCode) ?? {};
	return say(lang, keyOf(issue.code, p) as IssueKey, { ...p, ...derived });
}

function capitalise(t: string): string {
	return t.charAt(0).toUpperCase() + t.slice(1);
}

/** `Line 14, column 3 (VALUE_IN_EUR)`, or '' for a notice about the whole file. */
function position(issue: ImportIssue, lang: Lang): string {
	const parts: string[] = [];
	if (issue.line !== null) parts.push(say(lang, 'line', { line: issue.line }));
	if (issue.column !== null) {
		const header = issue.header !== null ? ` (${issue.header})` : '';
		parts.push(say(lang, 'column', { column: issue.column, header }));
	}
	return capitalise(parts.join(', '));
}

/**
 * A full sentence for an issue, e.g.
 * `Line 14, column 3 (VALUE_IN_EUR): "12,5" is ambiguous — a decimal comma or a thousands separator? …`
 */
export function describeIssue(issue: ImportIssue, lang: Lang): string {
	const count = issue.params.count;
	const suffix =
		typeof count === 'number' && count > 1 && isRejectionCode(issue.code)
			? say(lang, 'observations', { count })
			: '';
	const where = position(issue, lang);
	const text = body(issue, lang);
	const sentence = where ? `${where}: ${text}` : capitalise(text);
	return `${sentence}${suffix}${/[.?!]$/.test(sentence + suffix) ? '' : '.'}`;
}

/** The sentence on a workbook's sheets (`workbook-sheets` params), without its full stop. */
export function describeWorkbookSheets(params: Params, lang: Lang): string {
	return body({ line: null, column: null, header: null, code: 'workbook-sheets', params }, lang);
}
