/**
 * Moved: the severities are in ./severity.ts, the sentences in src/lib/i18n/issues/catalogue.ts
 * (a new issue code: its severity there, its sentence in both languages there). This re-export
 * stays only until stages/issue-log.ts and stages/report.ts import ./severity.
 */
export { SEVERITY, severityOf, isRejectionCode } from './severity';
