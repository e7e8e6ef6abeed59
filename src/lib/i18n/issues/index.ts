/** The import report's words: every issue as a sentence in English and Italian. */
export { describeIssue, describeWorkbookSheets } from './describe';
export { ISSUE_TEXT, type IssueKey } from './catalogue';
