/**
 * The catalogue of bad inputs (docs/research/reliability-anchors.md §3, groups A–H) as fixtures
 * with their expected outcome, run by ./catalogue.test.ts. Test data: imported only by tests.
 * The cases are in one file per group (./a-size.ts … ./h-storage.ts), joined in ./index.ts;
 * this file holds their types and the outcome classes:
 *
 * - groups A–F are files, run through `importFile` (big or binary ones are generated here);
 *   A4 is a file size, run through the worker client, which refuses it before reading;
 * - group G are URL states, run through `decodeState`;
 * - group H are storage events, run through the dataset store with an in-memory database.
 *
 * Outcome classes (see {@link outcomeOf}):
 * - `parse`: imported; notices at most;
 * - `partial`: imported, and the report lists every rejected row or changed/skipped line;
 * - `ask`: a genuine ambiguity the analyst must settle (decimal mark, flow, delimiter);
 * - `reject`: nothing imported, with a reason.
 *
 * `catalogue` keeps the research note's expectation verbatim; where ours differs on purpose,
 * `deviation` says why. `rows` are the INTENDED accepted rows, in order: any accepted row that
 * differs from them (or is not in them) is a silent change.
 */
import type { IssueCode, ImportOptions, ImportResult } from '../../data/import/types';
import type { Observation, TemplateRow } from '../../data/schema';

export type Outcome = 'parse' | 'partial' | 'ask' | 'reject';

/** Notices that report a change to the data or skipped lines of data: the import is partial. */
export const PARTIAL_NOTICES: ReadonlySet<IssueCode> = new Set<IssueCode>([
	'footer-skipped',
	'repeated-header',
	'quote-repaired',
	'invalid-utf8',
	'nul-removed'
]);

/** Fatal codes that are questions to the analyst, not failures of the file. */
export const ASK_FATALS: ReadonlySet<IssueCode> = new Set<IssueCode>(['needs-flow']);

/** The outcome class of an import result. */
export function outcomeOf(r: ImportResult): Outcome {
	if (r.fatal && ASK_FATALS.has(r.fatal.code)) return 'ask';
	if ((r.report.rejectedByCode['ambiguous-number'] ?? 0) > 0) return 'ask';
	if (!r.ok) return 'reject';
	if (r.report.rejected > 0) return 'partial';
	if (r.report.issues.some((i) => PARTIAL_NOTICES.has(i.code))) return 'partial';
	return 'parse';
}

/** The fields of an accepted row a fixture can pin. */
export type IntendedRow = Partial<TemplateRow & Pick<Observation, 'dataset'>>;

export interface Rejection {
	line: number;
	code: IssueCode;
	/** 1-based column, when a cell is to blame. */
	column?: number;
}

interface Base {
	id: string;
	description: string;
	/** The research catalogue's expectation, verbatim. */
	catalogue: string;
	/** Why our expected outcome differs from the catalogue's, when it does. */
	deviation?: string;
	/** Slower inputs: the test's time limit (ms); default 10 s. */
	timeoutMs?: number;
}

export interface FileCase extends Base {
	kind: 'file';
	fileName?: string;
	build: () => Uint8Array;
	options?: ImportOptions;
	expected: Outcome;
	/** The fatal code, for `reject` and `ask` by a fatal. */
	fatal?: IssueCode;
	/** Issue codes that must appear (notices included). */
	codes?: IssueCode[];
	/** Exact counts. */
	counts?: { read?: number; accepted?: number; rejected?: number };
	/** The intended accepted rows, in order (all of them). */
	rows?: IntendedRow[];
	/** Rejections that must be reported (line, code, column). */
	rejections?: Rejection[];
	/** Further checks; each string returned is a silent change or a broken promise. */
	verify?: (r: ImportResult) => string[];
	/** Work bound: importFile must return within this many ms. */
	budgetMs?: number;
}

/** What a file case expects, besides its identity (id, description, the catalogue's words). */
export type FileExpectation = Omit<FileCase, 'kind' | 'id' | 'description' | 'catalogue'>;

/** A file case: the catalogue's id, what the file is, the research note's words, what we expect. */
export function fileCase(
	id: string,
	description: string,
	catalogue: string,
	expectation: FileExpectation
): FileCase {
	return { kind: 'file', id, description, catalogue, ...expectation };
}

export interface SizeCase extends Base {
	kind: 'size';
	/** File.size of a file that is never read. */
	size: number;
	expected: 'reject';
	fatal: IssueCode;
	budgetMs: number;
}

export interface UrlCase extends Base {
	kind: 'url';
	query: () => string;
	/** `parse`: the state as asked; `partial`: defaults where needed, with notices. */
	expected: 'parse' | 'partial';
	/** Parameters the notices must name. */
	noticed?: string[];
	budgetMs?: number;
}

/** Storage scenarios: run by the test against the dataset store (see catalogue.test.ts). */
export type StorageScenario =
	| 'duplicate'
	| 'cancel-mid-import'
	| 'quota'
	| 'replace-fails'
	| 'two-tabs'
	| 'schema-upgrade'
	| 'evicted'
	| 'no-storage'
	| 'killed-after-save';

export interface StorageCase extends Base {
	kind: 'storage';
	scenario: StorageScenario;
	/** `parse`: the change applied; `reject`: refused with a message, data intact. */
	expected: 'parse' | 'reject' | 'partial';
	/** Not runnable in Node (needs a real browser and IndexedDB); reason. */
	browserOnly?: string;
	/** A known gap: the test asserts it is still a gap, and the summary counts it unmatched. */
	knownGap?: string;
}

export type CatalogueCase = FileCase | SizeCase | UrlCase | StorageCase;
