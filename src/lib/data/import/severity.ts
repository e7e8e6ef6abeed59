/**
 * How grave each issue code is (see `IssueCode` in ./types): what the report counts as a rejection
 * and what stops an import. No words here: the sentences are in `src/lib/i18n/issues/`.
 */
import type { IssueCode, Severity } from './types';

export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
	'empty-file': 'fatal',
	'file-too-large': 'fatal',
	'binary-file': 'fatal',
	'no-text': 'fatal',
	'unknown-format': 'fatal',
	'no-data': 'fatal',
	'needs-flow': 'fatal',
	'no-valid-rows': 'fatal',
	'too-many-columns': 'fatal',
	'too-many-rows': 'fatal',
	'field-count': 'error',
	'cell-too-long': 'error',
	'invalid-number': 'error',
	'ambiguous-number': 'error',
	'unknown-country': 'error',
	'invalid-period': 'error',
	'unknown-flow': 'error',
	'invalid-currency': 'error',
	'invalid-flag': 'error',
	'invalid-measure': 'error',
	'missing-field': 'error',
	'invalid-date': 'error',
	'invalid-precision': 'error',
	'spreadsheet-period': 'error',
	'number-too-small': 'error',
	'number-too-large': 'error',
	'conflicting-value': 'error',
	'missing-value': 'skip',
	'not-italy': 'skip',
	'aggregate-partner': 'skip',
	'other-flow': 'skip',
	'not-trade-value': 'skip',
	'not-goods': 'skip',
	breakdown: 'skip',
	'duplicate-event': 'skip',
	'duplicate-row': 'skip',
	'repeated-header': 'info',
	'encoding-fallback': 'info',
	'utf16-without-bom': 'info',
	'invalid-utf8': 'info',
	'nul-removed': 'info',
	'double-encoded': 'info',
	'header-similar': 'info',
	'header-invisible': 'info',
	'text-bidi': 'info',
	'formula-prefix-removed': 'info',
	'separator-hint': 'info',
	'title-skipped': 'info',
	'footer-skipped': 'info',
	'header-renamed': 'info',
	'units-scaled': 'info',
	'units-assumed': 'info',
	'flow-from-context': 'info',
	'flow-swapped': 'info',
	'quote-repaired': 'info',
	'number-format': 'info',
	'two-currencies': 'info',
	'parts-summed': 'info',
	'part-exceeds-total': 'info',
	'footnote-flag': 'info',
	'issues-truncated': 'info',
	'workbook-sheets': 'info'
};

export function severityOf(code: IssueCode): Severity {
	return SEVERITY[code];
}

/** True for codes that count as a rejected row/observation. */
export function isRejectionCode(code: IssueCode): boolean {
	const s = SEVERITY[code];
	return s === 'error' || s === 'skip';
}
