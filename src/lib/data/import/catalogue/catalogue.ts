/**
 * The catalogue of bad inputs (docs/research/reliability-anchors.md §3, groups A–H) as fixtures
 * with their expected outcome, run by ./catalogue.test.ts:
 *
 * - groups A–F are files, run through {@link importFile} (big or binary ones are generated here);
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
import type { IssueCode, ImportOptions, ImportResult } from '../types';
import type { Observation } from '../../schema';

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
export const ASK_FATALS: ReadonlySet<IssueCode> = new Set<IssueCode>([
	'needs-flow',
	'needs-delimiter'
]);

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
export type IntendedRow = Partial<
	Pick<
		Observation,
		| 'period'
		| 'partner'
		| 'flow'
		| 'reporter'
		| 'sector'
		| 'sectorLabel'
		| 'value'
		| 'currency'
		| 'source'
		| 'note'
		| 'flag'
		| 'dataset'
	>
>;

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

// ---------------------------------------------------------------------------------------------
// Builders

const encoder = new TextEncoder();
export const utf8 = (text: string): Uint8Array => encoder.encode(text);

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';

type Cells = {
	period?: string;
	partner?: string;
	flow?: string;
	reporter?: string;
	sector?: string;
	label?: string;
	value?: string;
	currency?: string;
	source?: string;
	note?: string;
	flag?: string;
};

/** One template line; cells are written as given (quote them in the argument when needed). */
function row(c: Cells = {}, d = ','): string {
	return [
		c.period ?? '2023',
		c.partner ?? 'KAZ',
		c.flow ?? 'export',
		c.reporter ?? 'ITA',
		c.sector ?? 'TOTAL',
		c.label ?? '',
		c.value ?? '1',
		c.currency ?? 'EUR',
		c.source ?? 'ISTAT',
		c.note ?? '',
		c.flag ?? ''
	].join(d);
}

/** A template file: header then lines, each ended by `eol`. */
function tpl(lines: string[], eol = '\n', d = ','): string {
	return [d === ',' ? HEADER : HEADER.replaceAll(',', d), ...lines].map((l) => l + eol).join('');
}

function cp1252(text: string): Uint8Array {
	const high: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96 };
	return new Uint8Array([...text].map((ch) => high[ch] ?? ch.charCodeAt(0) & 0xff));
}

function latin9(text: string): Uint8Array {
	return new Uint8Array([...text].map((ch) => (ch === '€' ? 0xa4 : ch.charCodeAt(0) & 0xff)));
}

function utf16(text: string, bigEndian: boolean, bom: boolean): Uint8Array {
	const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (code: number) => {
		out[o++] = bigEndian ? code >> 8 : code & 0xff;
		out[o++] = bigEndian ? code & 0xff : code >> 8;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < text.length; i++) put(text.charCodeAt(i));
	return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
	const out = new Uint8Array(parts.reduce((a, p) => a + p.length, 0));
	let o = 0;
	for (const p of parts) {
		out.set(p, o);
		o += p.length;
	}
	return out;
}

/** `n` template rows with value i + 0.5 (and partners cycling), as one text. */
function manyRows(n: number, from = 0): string[] {
	const partners = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
	const out: string[] = [];
	// Every row its own cell (month × partner × sector repeat every 5,820 rows; the year moves on
	// then): a cell given twice is one figure, never two (src/lib/data/import/cells.ts).
	for (let i = from; i < from + n; i++) {
		out.push(
			`${1900 + Math.floor(i / 5820)}-${String(1 + (i % 12)).padStart(2, '0')},${partners[i % 5]},${i % 2 ? 'import' : 'export'},ITA,${String(i % 97).padStart(2, '0')},,${i}.5,EUR,Eurostat Comext,,`
		);
	}
	return out;
}

/** Checks that accepted rows are exactly manyRows(n): values and partners in order. */
function verifyMany(
	n: number,
	skip: ReadonlySet<number> = new Set()
): (r: ImportResult) => string[] {
	return (r) => {
		const bad: string[] = [];
		const partners = ['KAZ', 'UZB', 'KGZ', 'TJK', 'TKM'];
		let k = 0;
		for (let i = 0; i < n; i++) {
			if (skip.has(i)) continue;
			const got = r.rows[k++];
			if (!got || got.value !== i + 0.5 || got.partner !== partners[i % 5]) {
				bad.push(`row ${i}: ${JSON.stringify(got?.value)} ≠ ${i + 0.5}`);
				if (bad.length > 5) break;
			}
		}
		if (r.rows.length !== n - skip.size) bad.push(`${r.rows.length} rows ≠ ${n - skip.size}`);
		return bad;
	};
}

const HOSTILE = '<img src=x onerror=alert(1)>';

// ---------------------------------------------------------------------------------------------
// A. Size, resources and non-CSV files

const A: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'A1',
		description: '0-byte file',
		catalogue: 'REJECT "file is empty"',
		build: () => new Uint8Array(0),
		expected: 'reject',
		fatal: 'empty-file'
	},
	{
		kind: 'file',
		id: 'A2',
		description: 'header line only',
		catalogue: 'REJECT "header found (line 1) but no data rows"',
		build: () => utf8(`${HEADER}\n`),
		expected: 'reject',
		fatal: 'no-data'
	},
	{
		kind: 'file',
		id: 'A3',
		description: 'only blank or whitespace lines',
		catalogue: 'REJECT "no content"',
		build: () => utf8('\n \n\t\n\r\n   \r\n\n'),
		expected: 'reject',
		fatal: 'no-text'
	},
	{
		kind: 'size',
		id: 'A4',
		description: 'File.size of 1 GiB (never read)',
		catalogue: 'REJECT before reading, within 100 ms: "1.0 GB; limit is 500 MB"',
		size: 1024 * 1024 * 1024,
		expected: 'reject',
		fatal: 'file-too-large',
		budgetMs: 100
	},
	{
		kind: 'file',
		id: 'A5',
		description:
			'large valid CSV: 1,000,000 template rows, 62 MB (the 200 MB run goes through the worker in tests/reliability.spec.ts)',
		catalogue: 'OK: streamed in a worker with progress and cancel',
		build: () => utf8(tpl(manyRows(1_000_000))),
		expected: 'parse',
		counts: { read: 1_000_000, accepted: 1_000_000, rejected: 0 },
		verify: verifyMany(1_000_000),
		timeoutMs: 120_000
	},
	{
		kind: 'file',
		id: 'A6',
		description: 'one physical line over 2 MiB (a note of 2.5 million characters)',
		catalogue: 'REJECT or PARTIAL: "line 17 is longer than 2 MB; probably an unclosed quote"',
		build: () =>
			utf8(tpl([row({ note: 'x'.repeat(2_500_000) }), row({ partner: 'UZB', value: '7' })])),
		expected: 'partial',
		counts: { read: 2, accepted: 1, rejected: 1 },
		rows: [{ partner: 'UZB', value: 7 }],
		rejections: [{ line: 2, code: 'cell-too-long', column: 10 }],
		budgetMs: 1000
	},
	{
		kind: 'file',
		id: 'A7',
		description: 'header with 1,000,000 columns',
		catalogue: 'REJECT within 1 s: "1,000,000 columns; limit 2,000"',
		build: () =>
			utf8(`${HEADER},${Array.from({ length: 999_989 }, (_, i) => `c${i}`).join(',')}\n${row()}\n`),
		expected: 'reject',
		fatal: 'too-many-columns',
		verify: (r) =>
			r.fatal?.params.columns === 1_000_000 ? [] : [`columns ${r.fatal?.params.columns}`],
		budgetMs: 1000
	},
	{
		kind: 'file',
		id: 'A7b',
		description: 'one 20 MB line without a delimiter or a line break (a header that is not one)',
		catalogue: 'REJECT with a bounded message: the report shows no 20 MB header (issue 11)',
		build: () => utf8('x'.repeat(20_000_000)),
		expected: 'reject',
		fatal: 'unknown-format',
		budgetMs: 3000,
		timeoutMs: 30_000
	},
	{
		kind: 'file',
		id: 'A8',
		description:
			'more rows than the row cap (scaled: the real cap is 5,000,000; same code path through the module constant, exercised with 5,000,001 minimal rows)',
		catalogue: 'REJECT over the row cap',
		build: () => {
			const parts = [`${HEADER}\n`];
			const line = '2023,KAZ,X,ITA,T,,1,EUR,s,,\n';
			const chunk = line.repeat(100_000);
			for (let i = 0; i < 50; i++) parts.push(chunk);
			parts.push(line);
			return utf8(parts.join(''));
		},
		expected: 'reject',
		fatal: 'too-many-rows',
		timeoutMs: 120_000
	},
	{
		kind: 'file',
		id: 'A9',
		description: 'quote opened on line 2 and never closed (9,998 lines follow)',
		catalogue:
			'REJECT: "line 2, column 3: quoted field never closed; it would swallow 9,998 lines"',
		deviation:
			'recovered instead of refused (issue 15): the quote is kept as text within line 2 (notice with line, column and reason) and all 9,998 rows load',
		build: () => utf8(tpl([row({ label: '"open' }), ...manyRows(9_997)])),
		expected: 'partial',
		counts: { read: 9_998, accepted: 9_998, rejected: 0 },
		codes: ['quote-repaired'],
		verify: (r) => {
			const q = r.report.issues.find((i) => i.code === 'quote-repaired');
			return q?.line === 2 && q.column === 6 && q.params.reason === 'unclosed'
				? []
				: [`quote-repaired at ${q?.line}:${q?.column} (${q?.params.reason})`];
		}
	},
	{
		kind: 'file',
		id: 'A9b',
		description: 'quote opened on line 2 and closed by a stray quote 4 lines later',
		catalogue: 'REJECT or PARTIAL (A6: "probably an unclosed quote")',
		build: () =>
			utf8(
				tpl([
					row({ label: '"open' }),
					...manyRows(3),
					row({ label: '"Fuels"', partner: 'UZB' }),
					row({ partner: 'TJK' })
				])
			),
		deviation:
			'recovered instead of refused (issue 15): the quote opened on line 2 ends with its line (kept as text, notice with line, column and reason) and every row loads',
		expected: 'partial',
		counts: { read: 6, accepted: 6, rejected: 0 },
		codes: ['quote-repaired'],
		verify: (r) =>
			r.report.issues.some((i) => i.code === 'quote-repaired' && i.line === 2 && i.column === 6)
				? []
				: ['no quote-repaired notice at line 2, column 6']
	},
	{
		kind: 'file',
		id: 'A9c',
		description:
			'quote opened on line 2 and closed cleanly on line 5: the field count happens to match, the field holds 3 whole rows',
		catalogue: 'REJECT or PARTIAL (A6: "probably an unclosed quote")',
		build: () =>
			utf8(
				tpl([
					`2023,KAZ,export,ITA,TOTAL,"open`,
					...manyRows(3),
					`end",1,EUR,ISTAT,,`,
					row({ partner: 'TJK' })
				])
			),
		deviation:
			'recovered instead of refused (issue 15): lines 2 and 6 (the two halves of the broken field) are rejected with their line, the 3 rows between and the row after load',
		expected: 'partial',
		counts: { read: 6, accepted: 4, rejected: 2 },
		rejections: [
			{ line: 2, code: 'field-count' },
			{ line: 6, code: 'field-count' }
		]
	},
	{
		kind: 'file',
		id: 'A10',
		description: '1 MB of `"` characters',
		catalogue: 'REJECT quickly; no hang',
		build: () => utf8('"'.repeat(1_000_000)),
		expected: 'reject',
		fatal: 'unknown-format',
		budgetMs: 1000
	},
	{
		kind: 'file',
		id: 'A11',
		description: 'XLSX (ZIP with xl/) renamed .csv',
		catalogue: 'REJECT "This is an Excel workbook or ZIP; save it as CSV"',
		fileName: 'trade.csv',
		build: () =>
			concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]), utf8('xl/workbook.xml')),
		expected: 'reject',
		fatal: 'binary-file',
		verify: (r) => (r.fatal?.params.kind === 'xlsx' ? [] : [`kind ${r.fatal?.params.kind}`])
	},
	{
		kind: 'file',
		id: 'A11b',
		description: 'plain ZIP renamed .csv',
		catalogue: 'REJECT "This is an Excel workbook or ZIP; save it as CSV"',
		build: () => concat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0]), utf8('data.csv')),
		expected: 'reject',
		fatal: 'binary-file',
		verify: (r) => (r.fatal?.params.kind === 'zip' ? [] : [`kind ${r.fatal?.params.kind}`])
	},
	{
		kind: 'file',
		id: 'A12',
		description: 'gzip (1F 8B)',
		catalogue: 'REJECT, or decompress under a cap',
		build: () => new Uint8Array([0x1f, 0x8b, 0x08, 0x00, 0, 0, 0, 0, 0, 0x03, 0x4b, 0x4c]),
		expected: 'reject',
		fatal: 'binary-file'
	},
	{
		kind: 'file',
		id: 'A13',
		description: 'PDF',
		catalogue: 'REJECT "not a text file"',
		build: () => utf8('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n'),
		expected: 'reject',
		fatal: 'binary-file'
	},
	{
		kind: 'file',
		id: 'A13b',
		description: 'PNG',
		catalogue: 'REJECT "not a text file"',
		build: () => new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
		expected: 'reject',
		fatal: 'binary-file'
	},
	{
		kind: 'file',
		id: 'A13c',
		description: 'a CSV with more than 1% NUL bytes spread through it',
		catalogue: 'REJECT "not a text file"',
		build: () => {
			const text = utf8(tpl(manyRows(200)));
			for (let i = 3000; i < text.length; i += 50) text[i] = 0;
			return text;
		},
		expected: 'reject',
		fatal: 'binary-file'
	},
	{
		kind: 'storage',
		id: 'A14',
		description: 'the same file uploaded twice',
		catalogue: 'OK: deduplicate by SHA-256, notice "already imported on …"',
		scenario: 'duplicate',
		expected: 'parse'
	}
];

// ---------------------------------------------------------------------------------------------
// B. Encodings

const B: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'B1',
		description: 'UTF-8 with BOM',
		catalogue: 'OK: BOM stripped from the first header',
		build: () => concat(new Uint8Array([0xef, 0xbb, 0xbf]), utf8(tpl([row()]))),
		expected: 'parse',
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) => (r.columns[0]?.header === 'period' ? [] : [`header ${r.columns[0]?.header}`])
	},
	{
		kind: 'file',
		id: 'B2',
		description: 'UTF-8 with àèéìòù€',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ note: 'àèéìòù€ Città', label: 'Attività' })])),
		expected: 'parse',
		rows: [{ note: 'àèéìòù€ Città', sectorLabel: 'Attività' }]
	},
	{
		kind: 'file',
		id: 'B3',
		description: 'Windows-1252 Italian Excel export (E0 = à, 80 = €, 92 = ’, 96 = –)',
		catalogue: 'OK + notice "read as Windows-1252"',
		build: () => cp1252(tpl([row({ note: 'Città – 5 € l’anno' }, ';')], '\r\n', ';')),
		expected: 'parse',
		codes: ['encoding-fallback'],
		rows: [{ note: 'Città – 5 € l’anno' }],
		verify: (r) => (r.dialect.encoding === 'windows-1252' ? [] : [r.dialect.encoding])
	},
	{
		kind: 'file',
		id: 'B4',
		description: 'ISO-8859-15 (A4 = €, no byte 0x80-0x9F)',
		catalogue: 'ASK, or notice: decoding as Windows-1252 shows ¤',
		build: () => latin9(tpl([row({ note: 'Città 5 €' })])),
		expected: 'parse',
		codes: ['encoding-fallback'],
		rows: [{ note: 'Città 5 €' }],
		verify: (r) => (r.dialect.encoding === 'iso-8859-15' ? [] : [r.dialect.encoding])
	},
	{
		kind: 'file',
		id: 'B5',
		description: 'UTF-16LE with BOM, tab-delimited (Excel "Unicode text")',
		catalogue: 'OK: sniff FF FE, delimiter tab',
		build: () =>
			utf16(tpl([row({ value: '1234,5', note: 'Città' }, '\t')], '\r\n', '\t'), false, true),
		expected: 'parse',
		rows: [{ value: 1234.5, note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B6',
		description: 'UTF-16BE with BOM',
		catalogue: 'OK',
		build: () => utf16(tpl([row({ note: 'Città' })]), true, true),
		expected: 'parse',
		rows: [{ note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B7',
		description: 'UTF-16LE without BOM (NUL in every other byte)',
		catalogue: 'OK by heuristic, or REJECT with the hint "save as UTF-8"',
		build: () => utf16(tpl([row({ note: 'Città' })]), false, false),
		expected: 'parse',
		codes: ['utf16-without-bom'],
		rows: [{ note: 'Città' }]
	},
	{
		kind: 'file',
		id: 'B8',
		description: 'mostly UTF-8 (accents) with two invalid bytes on line 3',
		catalogue: 'PARTIAL: "line 412: invalid UTF-8 bytes replaced with �"',
		build: () =>
			concat(
				utf8(`${HEADER}\n${row({ note: 'Città è' })}\n2023,UZB,export,ITA,TOTAL,,2,EUR,ISTAT,Citt`),
				new Uint8Array([0xe0, 0xff]),
				utf8(`,\n${row({ partner: 'TJK', note: 'perché' })}\n`)
			),
		expected: 'partial',
		codes: ['invalid-utf8'],
		rows: [{ note: 'Città è' }, { note: 'Citt\uFFFD\uFFFD' }, { note: 'perché' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'invalid-utf8');
			return i?.line === 3 ? [] : [`invalid-utf8 line ${i?.line}`];
		}
	},
	{
		kind: 'file',
		id: 'B9',
		description: 'double-encoded UTF-8 (CittÃ\u00a0)',
		catalogue: 'OK + warning heuristic',
		build: () => utf8(tpl([row({ note: 'CittÃ\u00a0di Milano' })])),
		expected: 'parse',
		codes: ['double-encoded'],
		rows: [{ note: 'CittÃ\u00a0di Milano' }]
	},
	{
		kind: 'file',
		id: 'B10',
		description: 'NUL bytes inside a text cell (line 3)',
		catalogue: 'PARTIAL: strip and report',
		build: () => utf8(tpl([row(), row({ partner: 'UZB', note: 'a\u0000b\u0000c' })])),
		expected: 'partial',
		codes: ['nul-removed'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'abc' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'nul-removed');
			return i?.line === 3 && i.params.count === 2 ? [] : [`nul-removed ${JSON.stringify(i)}`];
		}
	},
	{
		kind: 'file',
		id: 'B8b',
		description: 'UTF-16LE with BOM, a lone surrogate (half a character) in a note on line 3',
		catalogue: 'PARTIAL: the same notice as bad UTF-8 (issue 11)',
		build: () => utf16(tpl([row(), row({ partner: 'UZB', note: 'Citt\uD800' })]), false, true),
		expected: 'partial',
		codes: ['invalid-utf8'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB', note: 'Citt\uFFFD' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'invalid-utf8');
			return i?.line === 3 && i.params.count === 1 ? [] : [`invalid-utf8 ${JSON.stringify(i)}`];
		}
	}
];

// ---------------------------------------------------------------------------------------------
// C. Structure and dialect

const C: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'C1',
		description: '`;` delimiter with decimal comma (Italian Excel)',
		catalogue: 'OK: detected',
		build: () =>
			utf8(
				tpl(
					[row({ value: '1.234,56' }, ';'), row({ value: '0,5', partner: 'UZB' }, ';')],
					'\r\n',
					';'
				)
			),
		expected: 'parse',
		rows: [{ value: 1234.56 }, { value: 0.5, partner: 'UZB' }],
		verify: (r) => (r.dialect.delimiter === ';' && r.dialect.decimal === ',' ? [] : ['dialect'])
	},
	{
		kind: 'file',
		id: 'C2',
		description: 'first line `sep=;`',
		catalogue: 'OK: honour it and drop the line',
		build: () => utf8(`sep=;\n${tpl([row({ value: '2,5' }, ';')], '\n', ';')}`),
		expected: 'parse',
		codes: ['separator-hint'],
		rows: [{ value: 2.5 }]
	},
	{
		kind: 'file',
		id: 'C3',
		description: 'tab-delimited',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ label: 'Fuels, oils' }, '\t')], '\n', '\t')),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils' }]
	},
	{
		kind: 'file',
		id: 'C4',
		description: 'pipe-delimited',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ label: 'Fuels, oils', value: '12.5' }, '|')], '\n', '|')),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels, oils', value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C5',
		description: '`, ` (comma and space) delimiter',
		catalogue: 'ASK (PapaParse cannot detect these)',
		deviation:
			'read as `,`: the spaces after each delimiter are trimmed like any surrounding space, so no question is needed',
		build: () => utf8(tpl([row({ value: '12.5', note: 'x' }, ', ')], '\n', ', ')),
		expected: 'parse',
		rows: [{ value: 12.5, note: 'x' }]
	},
	{
		kind: 'file',
		id: 'C5b',
		description: 'space-delimited',
		catalogue: 'ASK',
		deviation:
			'detected (issue 15): the space is weighed with the other delimiters and wins where it explains the rows best',
		build: () => utf8(tpl([row({ value: '12.5' }, ' ')], '\n', ' ')),
		expected: 'parse',
		rows: [{ value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C5c',
		description: 'space-delimited, after the analyst chose "space"',
		catalogue: 'ASK → the answer imports',
		build: () => utf8(tpl([row({ value: '12.5' }, ' ')], '\n', ' ')),
		options: { override: { delimiter: ' ' } },
		expected: 'parse',
		rows: [{ value: 12.5 }]
	},
	{
		kind: 'file',
		id: 'C6',
		description: 'two preamble title lines (ISTAT style) and a blank line',
		catalogue: 'OK + notice "skipped lines 1–2 (title)"',
		build: () =>
			utf8(
				`Interscambio Italia – Asia centrale\n"Estrazione del 06/01/2025, valori in euro"\n\n${tpl([row({ value: '5' })])}`
			),
		expected: 'parse',
		codes: ['title-skipped'],
		rows: [{ value: 5 }],
		verify: (r) =>
			r.dialect.headerLine === 4 && r.dialect.skippedTop === 2 ? [] : [JSON.stringify(r.dialect)]
	},
	{
		kind: 'file',
		id: 'C7',
		description: 'footnote lines (`Fonte: ISTAT`, `Note: …`)',
		catalogue: 'PARTIAL: trailing 1-field rows excluded and listed by line',
		build: () =>
			utf8(
				`${tpl([row(), row({ partner: 'UZB' })])}\nFonte: ISTAT, Coeweb\n"Note: 2023 provisional"\n`
			),
		expected: 'partial',
		codes: ['footer-skipped'],
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'footer-skipped');
			return i?.line === 5 && i.params.lines === 2 ? [] : [JSON.stringify(i)];
		}
	},
	{
		kind: 'file',
		id: 'C8',
		description: 'two tables in one file (trade, then investment), separated by a blank line',
		catalogue: 'ASK or PARTIAL: import the first table and report the second',
		build: () =>
			utf8(
				`${tpl([row(), row({ partner: 'UZB' })])}\nperiod,investor,host,measure,sector,value,currency,source,note\n2023,ITA,KAZ,stock,TOTAL,7400000000,USD,Embassy,\n`
			),
		expected: 'partial',
		counts: { read: 4, accepted: 2, rejected: 2 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		rejections: [
			{ line: 5, code: 'field-count' },
			{ line: 6, code: 'field-count' }
		]
	},
	{
		kind: 'file',
		id: 'C9',
		description: 'two-row header (names, then units)',
		catalogue: 'ASK, proposing joined names',
		deviation:
			'the first row is recognised as the template header; the second is reported as a rejected row with its line and reason (the template has a one-row header)',
		build: () => utf8(tpl(['(YYYY),(ISO3),,,,,(full units),(EUR/USD),,,', row()])),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'C10',
		description: 'no header (the first row is data)',
		catalogue: 'OK: names `Column 1…`, plus a notice',
		deviation:
			'rejected: without its header a file cannot be mapped to the template or an official format; the message quotes the first row and points to the template',
		build: () => utf8(`${row()}\n${row({ partner: 'UZB' })}\n`),
		expected: 'reject',
		fatal: 'unknown-format'
	},
	{
		kind: 'file',
		id: 'C11',
		description: 'a row with too few fields (line 3)',
		catalogue: 'PARTIAL: "line 44: 3 of 5 fields"',
		deviation:
			'the short row is rejected and reported rather than padded: padding would shift no value but would invent empty cells in required columns',
		build: () => utf8(tpl([row(), '2023,UZB,export,ITA', row({ partner: 'TJK' })])),
		expected: 'partial',
		rows: [{ partner: 'KAZ' }, { partner: 'TJK' }],
		rejections: [{ line: 3, code: 'field-count' }]
	},
	{
		kind: 'file',
		id: 'C12',
		description: 'a row with too many fields (an unquoted comma, line 2)',
		catalogue: 'PARTIAL: extras dropped and reported',
		deviation:
			'the whole row is rejected and reported: the extra field shifts every later column, so its value cannot be trusted',
		build: () => utf8(tpl([row({ label: 'Fuels, oils' }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'field-count' }]
	},
	{
		kind: 'file',
		id: 'C13',
		description: 'quoted field with an embedded CRLF; a later error reports the right line',
		catalogue: 'OK; later report line numbers must count these lines',
		build: () =>
			utf8(
				tpl(
					[row({ note: '"two\r\nlines"' }), row({ partner: 'Atlantis' }), row({ partner: 'UZB' })],
					'\r\n'
				)
			),
		expected: 'partial',
		rows: [{ note: 'two\r\nlines' }, { partner: 'UZB' }],
		rejections: [{ line: 4, code: 'unknown-country', column: 2 }],
		verify: (r) => (r.report.lines?.data === 4 ? [] : [`data lines ${r.report.lines?.data}`])
	},
	{
		kind: 'file',
		id: 'C14',
		description: '`""` escaped quotes',
		catalogue: 'OK',
		build: () => utf8(tpl([row({ note: '"say ""hi"""', label: '"a ""b"" c"' })])),
		expected: 'parse',
		rows: [{ note: 'say "hi"', sectorLabel: 'a "b" c' }]
	},
	{
		kind: 'file',
		id: 'C15',
		description: 'unescaped quote inside a quoted field (`"Cafe "De Tuin" A"`)',
		catalogue: 'PARTIAL: lenient value, plus a report line',
		build: () => utf8(tpl([row({ label: '"Cafe "De Tuin" A"' })])),
		expected: 'partial',
		codes: ['quote-repaired'],
		rows: [{ sectorLabel: 'Cafe "De Tuin" A' }]
	},
	{
		kind: 'file',
		id: 'C16',
		description: 'mixed CRLF, LF and CR line ends',
		catalogue: 'OK: no stray \\r or \\n in values',
		build: () =>
			utf8(
				`${HEADER}\r\n${row({ note: 'a' })}\n${row({ partner: 'UZB', note: 'b' })}\r${row({ partner: 'TJK', note: 'c' })}\r\n`
			),
		expected: 'parse',
		rows: [
			{ partner: 'KAZ', note: 'a' },
			{ partner: 'UZB', note: 'b' },
			{ partner: 'TJK', note: 'c' }
		]
	},
	{
		kind: 'file',
		id: 'C17',
		description: 'CR-only line ends (old Mac)',
		catalogue: 'OK',
		build: () => utf8(tpl([row(), row({ partner: 'UZB' })], '\r')),
		expected: 'parse',
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C18',
		description: 'no trailing newline',
		catalogue: 'OK: no phantom row',
		build: () => utf8(`${HEADER}\n${row()}\n${row({ partner: 'UZB' })}`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C18b',
		description: 'double trailing newline and trailing blank lines',
		catalogue: 'OK: no phantom row',
		build: () => utf8(`${tpl([row(), row({ partner: 'UZB' })])}\n\n   \n,,,,\n`),
		expected: 'parse',
		counts: { read: 2, accepted: 2, rejected: 0 },
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }]
	},
	{
		kind: 'file',
		id: 'C19',
		description: 'blank and whitespace-only lines mid-file',
		catalogue: 'OK: skipped and counted',
		build: () => utf8(`${HEADER}\n${row()}\n\n  \t\n${row({ partner: 'UZB' })}\n`),
		expected: 'parse',
		rows: [{ partner: 'KAZ' }, { partner: 'UZB' }],
		verify: (r) => (r.report.lines?.blank === 2 ? [] : [`blank ${r.report.lines?.blank}`])
	},
	{
		kind: 'file',
		id: 'C20',
		description: 'cells starting with `#`',
		catalogue: 'OK as data unless the user enables comments',
		build: () => utf8(tpl([row({ note: '# not a comment', label: '#1 sector' })])),
		expected: 'parse',
		rows: [{ note: '# not a comment', sectorLabel: '#1 sector' }]
	},
	{
		kind: 'file',
		id: 'C21',
		description: 'spaces around delimiters and quotes (`"a" , b`)',
		catalogue: 'OK: text kept; numbers trimmed',
		build: () =>
			utf8(
				`${HEADER}\n 2023 , KAZ , export , ITA , TOTAL , "Fuels, oils" , 1.5 , EUR , "ISTAT" , note here ,\n`
			),
		expected: 'parse',
		rows: [
			{
				period: '2023',
				partner: 'KAZ',
				sectorLabel: 'Fuels, oils',
				value: 1.5,
				source: 'ISTAT',
				note: 'note here'
			}
		]
	},
	{
		kind: 'file',
		id: 'C22',
		description: 'single-column file',
		catalogue: 'OK; UndetectableDelimiter must not show as a failure',
		deviation:
			'rejected with the "columns match no supported format" message: no supported format has one column',
		build: () => utf8('partner\nKAZ\nUZB\n'),
		expected: 'reject',
		fatal: 'unknown-format'
	},
	{
		kind: 'file',
		id: 'C23',
		description: 'text with `;` in a `,` file',
		catalogue: 'OK, and the dialect is shown so it can be overridden',
		build: () => utf8(tpl([row({ label: '"x;y"' }), row({ label: 'a;b;c', partner: 'UZB' })])),
		expected: 'parse',
		rows: [{ sectorLabel: 'x;y' }, { sectorLabel: 'a;b;c' }],
		verify: (r) => (r.dialect.delimiter === ',' ? [] : [`delimiter ${r.dialect.delimiter}`])
	},
	{
		kind: 'file',
		id: 'C24',
		description: 'backslash escapes (`\\"`) instead of `""`',
		catalogue: 'ASK / dialect option',
		deviation:
			'imported with the backslashes kept and the row reported (quote-repaired): no backslash-escape dialect is offered',
		build: () => utf8(tpl([row({ label: '"Cafe \\"De Tuin\\" A"' })])),
		expected: 'partial',
		codes: ['quote-repaired'],
		rows: [{ sectorLabel: 'Cafe \\"De Tuin\\" A' }]
	},
	{
		kind: 'file',
		id: 'C25',
		description: "single-quote quoting (`'Fuels, oils'`)",
		catalogue: 'ASK / dialect option',
		deviation:
			'detected (issue 15): single-quote quoting is weighed where a field is enclosed in single quotes and the file quotes nothing with double quotes',
		build: () =>
			utf8(tpl([row({ label: "'Fuels, oils'" }), row({ label: "'Cotton'", partner: 'UZB' })])),
		expected: 'parse',
		rows: [
			{ sectorLabel: 'Fuels, oils', partner: 'KAZ' },
			{ sectorLabel: 'Cotton', partner: 'UZB' }
		]
	},
	{
		kind: 'file',
		id: 'C26',
		description: 'concatenated exports: the header repeated at line 5,001',
		catalogue: 'PARTIAL: repeated header rows dropped, "line 5001 repeats the header"',
		build: () => utf8(tpl([...manyRows(4_999), HEADER, ...manyRows(3_000, 4_999)])),
		expected: 'partial',
		codes: ['repeated-header'],
		counts: { read: 7_999, accepted: 7_999, rejected: 0 },
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'repeated-header');
			return [...(i?.line === 5001 ? [] : [`line ${i?.line}`]), ...verifyMany(7_999)(r)];
		}
	}
];

// ---------------------------------------------------------------------------------------------
// D. Headers

const D: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'D1',
		description: 'duplicate header (`note,note`)',
		catalogue: 'OK: `Valore`, `Valore (2)`, plus a notice. No column lost',
		build: () => utf8(`${HEADER},note\n${row({ note: 'first' })},second\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		rows: [{ note: 'first' }],
		verify: (r) =>
			r.columns[11]?.header === 'note (2)' && r.columns.length === 12
				? []
				: [JSON.stringify(r.columns[11])]
	},
	{
		kind: 'file',
		id: 'D2',
		description: 'empty header cells',
		catalogue: 'OK: `Column 3`, plus a notice',
		build: () => utf8(`${HEADER},,\n${row()},x,y\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		verify: (r) =>
			r.columns[11]?.header === 'Column 12' && r.columns[12]?.header === 'Column 13'
				? []
				: [JSON.stringify(r.columns.slice(11))]
	},
	{
		kind: 'file',
		id: 'D3',
		description: '`__proto__` header (twice)',
		catalogue: 'OK: column preserved, Object.prototype untouched',
		build: () => utf8(`${HEADER},__proto__,__proto__\n${row()},{"polluted":1},x\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) =>
			r.columns[11]?.header === '__proto__' && r.columns[12]?.header === '__proto__ (2)'
				? []
				: [JSON.stringify(r.columns.slice(11))]
	},
	{
		kind: 'file',
		id: 'D4',
		description:
			'`constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__defineGetter__` headers',
		catalogue: 'OK (Arquero crashes or corrupts)',
		build: () =>
			utf8(
				`${HEADER},constructor,toString,valueOf,hasOwnProperty,__defineGetter__\n${row()},a,b,c,d,e\n`
			),
		expected: 'parse',
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) =>
			r.columns
				.slice(11)
				.map((c) => c.header)
				.join() === 'constructor,toString,valueOf,hasOwnProperty,__defineGetter__'
				? []
				: ['headers']
	},
	{
		kind: 'file',
		id: 'D5',
		description: '`value` vs `Value ` (case or space near-duplicates)',
		catalogue: 'OK: distinct keys, plus a notice of near-duplicates',
		build: () => utf8(`${HEADER},Value \n${row({ value: '5' })},9\n`),
		expected: 'parse',
		codes: ['header-similar'],
		rows: [{ value: 5 }],
		verify: (r) => (r.columns[11]?.header === 'Value' ? [] : [JSON.stringify(r.columns[11])])
	},
	{
		kind: 'file',
		id: 'D6',
		description: `header \`${HOSTILE}\``,
		catalogue: 'OK: stored verbatim and shown as text everywhere',
		build: () => utf8(`${HEADER},${HOSTILE}\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header === HOSTILE ? [] : [JSON.stringify(r.columns[11])])
	},
	{
		kind: 'file',
		id: 'D7',
		description: 'header of 10,000 characters',
		catalogue: 'OK: display truncated; full text kept',
		build: () => utf8(`${HEADER},${'h'.repeat(10_000)}\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header.length === 10_000 ? [] : ['header cut'])
	},
	{
		kind: 'file',
		id: 'D8',
		description: 'newline inside a quoted header (`"sector\\nlabel"`)',
		catalogue: 'OK: shown on one line',
		build: () =>
			utf8(
				`period,partner,flow,reporter,sector,"sector\nlabel",value,currency,source,note,flag\n${row({ label: 'Fuels' })}\n`
			),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels' }],
		verify: (r) => (r.columns[5]?.header === 'sector label' ? [] : [JSON.stringify(r.columns[5])])
	},
	{
		kind: 'file',
		id: 'D9',
		description: 'bidi override U+202E and a zero-width space in headers',
		catalogue: 'OK: display isolated, plus a notice',
		build: () => utf8(`${HEADER},\u202Eevil\u202C,val\u200Bue2\n${row()},a,b\n`),
		expected: 'parse',
		codes: ['header-invisible'],
		verify: (r) => (r.columns[11]?.header === '\u202Eevil\u202C' ? [] : ['header changed'])
	},
	{
		kind: 'file',
		id: 'D10',
		description: 'header row with fewer fields than every data row (a non-empty 12th field)',
		catalogue: 'PARTIAL: extra columns named `Column N`, reported',
		deviation:
			'every row is rejected (field-count, with line): naming the extra column would shift nothing here, but in general an unquoted delimiter makes the same shape and a shifted value column would be imported silently',
		build: () => utf8(tpl([`${row()},extra`, `${row({ partner: 'UZB' })},extra`])),
		expected: 'reject',
		fatal: 'no-valid-rows',
		rejections: [
			{ line: 2, code: 'field-count' },
			{ line: 3, code: 'field-count' }
		]
	}
];

// ---------------------------------------------------------------------------------------------
// E. Values and types

const E: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'E1',
		description: '`1.234,56` column',
		catalogue: 'OK: 1234.56 (majority format `.,`)',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1.234,56' }, ';'),
						row({ value: '1.234.567,8', partner: 'UZB' }, ';'),
						row({ value: '2.500', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		codes: ['number-format'],
		rows: [{ value: 1234.56 }, { value: 1234567.8 }, { value: 2500 }]
	},
	{
		kind: 'file',
		id: 'E2',
		description: 'a column of only `1.234`, `2.500` (ambiguous)',
		catalogue: 'ASK, or it-IT default with a notice. Silent 1.234 is a failure',
		build: () => utf8(tpl([row({ value: '1.234' }), row({ value: '2.500', partner: 'UZB' })])),
		expected: 'ask',
		fatal: 'no-valid-rows',
		rejections: [
			{ line: 2, code: 'ambiguous-number', column: 7 },
			{ line: 3, code: 'ambiguous-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E2b',
		description: 'the same file after the analyst chose the decimal comma',
		catalogue: 'ASK → the answer imports',
		build: () => utf8(tpl([row({ value: '1.234' }), row({ value: '2.500', partner: 'UZB' })])),
		options: { override: { decimal: ',' } },
		expected: 'parse',
		rows: [{ value: 1234 }, { value: 2500 }]
	},
	{
		kind: 'file',
		id: 'E3',
		description: '`1.234,56` and `1,234.56` mixed',
		catalogue: 'PARTIAL: minority cells listed by line and column',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1.234,56' }, ';'),
						row({ value: '2.000,25', partner: 'UZB' }, ';'),
						row({ value: '1,234.56', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: 1234.56 }, { value: 2000.25 }],
		rejections: [{ line: 4, code: 'invalid-number', column: 7 }]
	},
	{
		kind: 'file',
		id: 'E4',
		description: "thousands grouped by space, NBSP, narrow NBSP and `'`",
		catalogue: 'OK',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1 234' }, ';'),
						row({ value: '1\u00a0234', partner: 'UZB' }, ';'),
						row({ value: '1\u202f234,5', partner: 'TJK' }, ';'),
						row({ value: "1'234", partner: 'TKM' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		rows: [{ value: 1234 }, { value: 1234 }, { value: 1234.5 }, { value: 1234 }]
	},
	{
		kind: 'file',
		id: 'E5',
		description: '`(1.234,00)`, `1.234-`, `−5` (U+2212)',
		catalogue: 'OK (negative), or flagged',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '(1.234,00)' }, ';'),
						row({ value: '1.234-', partner: 'UZB' }, ';'),
						row({ value: '\u22125,5', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: -5.5, partner: 'TJK' }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'invalid-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E6',
		description: '`€ 1.234,56`, `12,5%`, `1,2 Mln`',
		catalogue: 'OK numeric with a unit/scale note, or text with a notice',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '€ 1.234,56' }, ';'),
						row({ value: '12,5%', partner: 'UZB' }, ';'),
						row({ value: '1,2 Mln', partner: 'TJK' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'partial',
		rows: [{ value: 1234.56 }],
		rejections: [
			{ line: 3, code: 'invalid-number', column: 7 },
			{ line: 4, code: 'invalid-number', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E7',
		description:
			'codes with leading zeros: HS `0101`, CN8 `01012100`, CAP `00118`, partita IVA `01234567890`',
		catalogue: 'OK as text',
		build: () =>
			utf8(
				tpl([
					row({ sector: '0101', note: 'CAP 00118' }),
					row({ sector: '01012100', note: '01234567890', partner: 'UZB' }),
					row({ sector: '00118', partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ sector: '0101', note: 'CAP 00118' },
			{ sector: '01012100', note: '01234567890' },
			{ sector: '00118' }
		]
	},
	{
		kind: 'file',
		id: 'E8',
		description: 'integers above 2^53: 20-digit IDs in text columns, and in the value column',
		catalogue: 'OK as text; never mixed number/string',
		build: () =>
			utf8(
				tpl([
					row({ sector: '12345678901234567890', note: '98765432109876543210' }),
					row({ value: '9007199254740993', partner: 'UZB' })
				])
			),
		// A value above 1e15 is no trade figure (and sums of such values overflow): rejected.
		expected: 'partial',
		counts: { read: 2, accepted: 1, rejected: 1 },
		rows: [{ sector: '12345678901234567890', note: '98765432109876543210', value: 1 }],
		rejections: [{ line: 3, code: 'number-too-large', column: 7 }]
	},
	{
		kind: 'file',
		id: 'E9',
		description: 'Excel scientific `1,23E+05`, `1E5`; a code-like sector `1E5` stays text',
		catalogue: 'OK numeric; a code-like column stays text',
		build: () =>
			utf8(
				tpl(
					[
						row({ value: '1,23E+05', sector: '1E5' }, ';'),
						row({ value: '1E5', partner: 'UZB' }, ';')
					],
					'\n',
					';'
				)
			),
		expected: 'parse',
		rows: [
			{ value: 123000, sector: '1E5' },
			{ value: 100000, sector: 'TOTAL' }
		]
	},
	{
		kind: 'file',
		id: 'E10',
		description: 'periods written as dates `01/02/2024` (day and month ambiguous)',
		catalogue: 'ASK, or day-first it-IT default with a notice',
		deviation:
			'a date is not a period of the template (YYYY, YYYY-MM, YYYY-Qn): the row is rejected with its line, never guessed',
		build: () =>
			utf8(tpl([row({ period: '01/02/2024' }), row({ period: '2024-02', partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ period: '2024-02' }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'E11',
		description: 'Excel serial date `45292` as a period',
		catalogue: 'OK as number; convert only on request',
		deviation:
			'in the period column a serial number is not a period: rejected with its line (never converted)',
		build: () => utf8(tpl([row({ period: '45292' }), row({ partner: 'UZB', value: '45292' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB', value: 45292 }],
		rejections: [{ line: 2, code: 'invalid-period', column: 1 }]
	},
	{
		kind: 'file',
		id: 'E12',
		description: '`gen-24`, `gennaio 2024`, `T1 2024`, `2024Q1`',
		catalogue: 'OK as dates (Italian months)',
		build: () =>
			utf8(
				tpl([
					row({ period: 'gen-24' }),
					row({ period: 'gennaio 2024', partner: 'UZB' }),
					row({ period: 'T1 2024', partner: 'TJK' }),
					row({ period: '2024Q1', partner: 'TKM' })
				])
			),
		expected: 'parse',
		rows: [
			{ period: '2024-01' },
			{ period: '2024-01' },
			{ period: '2024-Q1' },
			{ period: '2024-Q1' }
		]
	},
	{
		kind: 'file',
		id: 'E13',
		description: '`31/02/2024`, `2024-13-01`',
		catalogue: 'PARTIAL: invalid dates listed by line',
		build: () =>
			utf8(
				tpl([
					row({ period: '31/02/2024' }),
					row({ period: '2024-13-01', partner: 'UZB' }),
					row({ period: '2024-13', partner: 'TJK' }),
					row({ partner: 'TKM' })
				])
			),
		expected: 'partial',
		rows: [{ partner: 'TKM' }],
		rejections: [
			{ line: 2, code: 'invalid-period', column: 1 },
			{ line: 3, code: 'invalid-period', column: 1 },
			{ line: 4, code: 'invalid-period', column: 1 }
		]
	},
	{
		kind: 'file',
		id: 'E14',
		description: '`SI/NO`, `VERO/FALSO` cells',
		catalogue: 'OK as text; never infer booleans from a sample',
		build: () =>
			utf8(tpl([row({ note: 'SI' }), row({ note: 'FALSO', label: 'VERO', partner: 'UZB' })])),
		expected: 'parse',
		rows: [{ note: 'SI' }, { note: 'FALSO', sectorLabel: 'VERO' }]
	},
	{
		kind: 'file',
		id: 'E15',
		description: 'missing-value markers `""`, `NA`, `n/a`, `-`, `:`, `..`, `ND`',
		catalogue: 'OK: null, with a per-column count',
		deviation:
			'an observation without a value is not imported ("gaps are gaps"): each row is counted under missing-value, with its line',
		build: () =>
			utf8(
				tpl([
					row({ value: '""' }),
					row({ value: 'NA' }),
					row({ value: 'n/a' }),
					row({ value: '-' }),
					row({ value: ':' }),
					row({ value: '..' }),
					row({ value: 'ND' }),
					row({ value: '3', partner: 'UZB' })
				])
			),
		expected: 'partial',
		counts: { read: 8, accepted: 1, rejected: 7 },
		rows: [{ value: 3 }],
		verify: (r) => (r.report.rejectedByCode['missing-value'] === 7 ? [] : ['missing-value count'])
	},
	{
		kind: 'file',
		id: 'E16',
		description: '1,499 numeric rows, then `n/a` at data row 1,500',
		catalogue: 'PARTIAL: that cell null and reported (Arquero: silent NaN)',
		build: () => utf8(tpl([...manyRows(1_499), row({ value: 'n/a' })])),
		expected: 'partial',
		counts: { read: 1_500, accepted: 1_499, rejected: 1 },
		rejections: [{ line: 1_501, code: 'missing-value', column: 7 }],
		verify: verifyMany(1_499)
	},
	{
		kind: 'file',
		id: 'E17',
		description: '`0x1F`, `Infinity`, `NaN` in the value column',
		catalogue: 'PARTIAL: flagged, not coerced (Arquero gives 31)',
		build: () =>
			utf8(
				tpl([
					row({ value: '0x1F' }),
					row({ value: 'Infinity' }),
					row({ value: 'NaN' }),
					row({ value: '31', partner: 'UZB' })
				])
			),
		expected: 'partial',
		rows: [{ value: 31 }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'invalid-number', column: 7 },
			{ line: 4, code: 'missing-value', column: 7 }
		]
	},
	{
		kind: 'file',
		id: 'E18',
		description: 'one 50 MB cell',
		catalogue: 'PARTIAL: truncated display, or REJECT over a cell cap',
		build: () => utf8(tpl([row({ note: `"${'y'.repeat(50_000_000)}"` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'cell-too-long', column: 10 }],
		timeoutMs: 60_000
	},
	{
		kind: 'file',
		id: 'E19',
		description: 'negative zero `-0,0`',
		catalogue: 'OK, shown as 0',
		build: () =>
			utf8(
				tpl([row({ value: '-0,0' }, ';'), row({ value: '1,5', partner: 'UZB' }, ';')], '\n', ';')
			),
		expected: 'parse',
		rows: [{ value: 0 }, { value: 1.5 }]
	},
	{
		kind: 'file',
		id: 'E20',
		description: 'trailing spaces and NBSP (`"Kazakhstan "`, `"ISTAT\u00a0"`)',
		catalogue: 'OK: categories trimmed for grouping',
		build: () =>
			utf8(tpl([row({ partner: '"Kazakhstan "', source: '"ISTAT\u00a0"', sector: ' 27 ' })])),
		expected: 'parse',
		rows: [{ partner: 'KAZ', source: 'ISTAT', sector: '27' }]
	},
	{
		kind: 'file',
		id: 'E20b',
		description: 'a source made only of zero-width characters (U+200B, U+FEFF, U+2060) on line 2',
		catalogue: 'PARTIAL: a field empty once invisible characters are removed is missing (issue 11)',
		build: () => utf8(tpl([row({ source: '\u200B\u200B\uFEFF\u2060' }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB', source: 'ISTAT' }],
		rejections: [{ line: 2, code: 'missing-field', column: 9 }]
	},
	{
		kind: 'file',
		id: 'E20c',
		description: 'a right-to-left override (U+202E) in a source and a label',
		catalogue: 'OK + notice naming the control; removed or isolated on display (issue 11)',
		build: () =>
			utf8(
				tpl([row({ source: 'ISTAT \u202Etxt.exe', label: '"Fuels\u202E, oils"', sector: '27' })])
			),
		expected: 'parse',
		codes: ['text-bidi'],
		// Kept as written (what the file says); the display removes the control (text/bounded.ts).
		rows: [{ source: 'ISTAT \u202Etxt.exe', sectorLabel: 'Fuels\u202E, oils', sector: '27' }],
		verify: (r) => {
			const i = r.report.issues.find((x) => x.code === 'text-bidi');
			return i?.line === 2 && i.params.cells === 2 && i.params.controls === 'U+202E'
				? []
				: [`text-bidi ${JSON.stringify(i)}`];
		}
	}
];

// ---------------------------------------------------------------------------------------------
// F. Injection and hostile content

const OWASP1 = '=1+2";=1+2';
const OWASP2 = `=1+2'" ;,=1+2`;
const q = (s: string) => `"${s.replaceAll('"', '""')}"`;

const F: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'F1',
		description:
			'formula cells `=HYPERLINK(…)`, `+1`, `-1+1`, `@SUM(A1)`, `\\t=1`, `\\r=1`, `\\n=1`',
		catalogue: 'OK as text (escaped on export)',
		build: () =>
			utf8(
				tpl([
					row({ note: q('=HYPERLINK("http://x?"&A1)') }),
					row({ note: '+1', label: '-1+1', partner: 'UZB' }),
					row({ note: '@SUM(A1)', label: q('\t=1'), partner: 'KGZ' }),
					row({ note: q('\r=1'), label: q('\n=1'), partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ note: '=HYPERLINK("http://x?"&A1)' },
			{ note: '+1', sectorLabel: '-1+1', partner: 'UZB' },
			{ note: '@SUM(A1)', sectorLabel: '=1', partner: 'KGZ' },
			{ note: '=1', sectorLabel: '=1', partner: 'TJK' }
		]
	},
	{
		kind: 'file',
		id: 'F2',
		description: '`=1+1\\nx` (formula plus newline)',
		catalogue: 'OK as text; export escaped',
		build: () => utf8(tpl([row({ note: q('=1+1\nx') })])),
		expected: 'parse',
		rows: [{ note: '=1+1\nx' }]
	},
	{
		kind: 'file',
		id: 'F3',
		description: `OWASP examples \`${OWASP1}\` and \`${OWASP2}\``,
		catalogue: 'OK as text; export exactly as OWASP says',
		build: () => utf8(tpl([row({ note: q(OWASP1), label: q(OWASP2) })])),
		expected: 'parse',
		rows: [{ note: OWASP1, sectorLabel: OWASP2 }]
	},
	{
		kind: 'file',
		id: 'F4',
		description: 'markup as sector label, source and note',
		catalogue: 'OK: inert everywhere',
		build: () =>
			utf8(
				tpl([
					row({
						label: HOSTILE,
						source: '<svg onload=alert(1)>',
						note: q('"><script>alert(1)</script>')
					})
				])
			),
		expected: 'parse',
		rows: [
			{ sectorLabel: HOSTILE, source: '<svg onload=alert(1)>', note: '"><script>alert(1)</script>' }
		]
	},
	{
		kind: 'file',
		id: 'F5',
		description: '`javascript:alert(1)` and `data:text/html,…` cells',
		catalogue: 'OK as text; never used as href',
		build: () =>
			utf8(tpl([row({ note: 'javascript:alert(1)', source: q('data:text/html,<b>x</b>') })])),
		expected: 'parse',
		rows: [{ note: 'javascript:alert(1)', source: 'data:text/html,<b>x</b>' }]
	},
	{
		kind: 'file',
		id: 'F6',
		description: 'hostile file names: markup, `../../x.csv`, 300 characters',
		catalogue: 'OK: escaped in the UI; export name sanitised',
		fileName: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv`,
		build: () => utf8(tpl([row()])),
		expected: 'parse',
		rows: [{ dataset: `"><img src=x onerror=alert(1)>../../${'n'.repeat(300)}.csv` }]
	},
	{
		kind: 'file',
		id: 'F7',
		description: 'ReDoS-shaped value cell: 100k digits + `x`',
		catalogue: 'each cell under 50 ms',
		build: () => utf8(tpl([row({ value: `${'1'.repeat(100_000)}x` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'invalid-number', column: 7 }],
		budgetMs: 50
	},
	{
		kind: 'file',
		id: 'F7b',
		description: 'ReDoS-shaped cells: 100k spaces inside a value, a partner and a period',
		catalogue: 'each cell under 50 ms',
		build: () =>
			utf8(
				tpl([
					row({ value: `1${' '.repeat(100_000)}x` }),
					row({ partner: `KAZ${' '.repeat(100_000)}x` }),
					row({ period: `2023${' '.repeat(100_000)}x` }),
					row({ partner: 'UZB' })
				])
			),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [
			{ line: 2, code: 'invalid-number', column: 7 },
			{ line: 3, code: 'unknown-country', column: 2 },
			{ line: 4, code: 'invalid-period', column: 1 }
		],
		budgetMs: 150
	},
	{
		kind: 'file',
		id: 'F7c',
		description: 'ReDoS-shaped value cell: `1.1.1…` (100k characters)',
		catalogue: 'each cell under 50 ms',
		build: () => utf8(tpl([row({ value: `${'1.'.repeat(50_000)}1` }), row({ partner: 'UZB' })])),
		expected: 'partial',
		rows: [{ partner: 'UZB' }],
		rejections: [{ line: 2, code: 'invalid-number', column: 7 }],
		budgetMs: 50
	},
	{
		kind: 'file',
		id: 'F8',
		description: 'sector values `__proto__`, `constructor`, `toString`',
		catalogue: 'OK: all groups present',
		build: () =>
			utf8(
				tpl([
					row({ sector: '__proto__', label: '__proto__' }),
					row({ sector: 'constructor', partner: 'UZB' }),
					row({ sector: 'toString', partner: 'TJK' })
				])
			),
		expected: 'parse',
		rows: [
			{ sector: '__proto__', sectorLabel: '__proto__' },
			{ sector: 'constructor' },
			{ sector: 'toString' }
		]
	},
	{
		kind: 'file',
		id: 'F9',
		description: "formula-looking header `=cmd|' /C calc'!A0`",
		catalogue: 'OK as text',
		build: () => utf8(`${HEADER},=cmd|' /C calc'!A0\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header === "=cmd|' /C calc'!A0" ? [] : ['header'])
	}
];

// ---------------------------------------------------------------------------------------------
// G. URL state

const G: CatalogueCase[] = [
	{
		kind: 'url',
		id: 'G1',
		description: 'a 3 MB query (over Chrome’s 2 MB URL cap)',
		catalogue: 'never produces a URL over 2 MB; no crash',
		deviation:
			'repeated partners are dropped as documented (no notice); the state that comes out re-encodes to a short URL',
		query: () => `partners=${'KAZ,'.repeat(750_000)}UZB&tables=${'volumes,'.repeat(10)}`,
		expected: 'parse',
		budgetMs: 2000
	},
	{
		kind: 'url',
		id: 'G2',
		description: 'truncated or corrupted percent-encoding',
		catalogue: 'default view plus the notice "link is damaged"; no exception',
		query: () => 'lang=it&flow=exp%E0%A4%A&from=20%&partners=KA%',
		expected: 'partial',
		noticed: ['flow', 'from', 'partners']
	},
	{
		kind: 'url',
		id: 'G3',
		description: '`__proto__` and `constructor[prototype]` parameters',
		catalogue: 'rejected by the schema; ({}).polluted === undefined',
		query: () =>
			'__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x&partners=__proto__',
		expected: 'partial',
		noticed: ['__proto__', 'partners']
	},
	{
		kind: 'url',
		id: 'G4',
		description: 'unknown keys, wrong types, NaN, 1e308, negative, 100,000-item lists',
		catalogue: 'schema-clamped or rejected with a notice',
		query: () =>
			`from=NaN&to=1e308&base=-5&events=2&growth=[]&focus=-1&tables=${'a,'.repeat(100_000)}&zzz=1`,
		expected: 'partial',
		noticed: ['from', 'to', 'base', 'events', 'growth', 'focus', 'zzz'],
		budgetMs: 2000
	},
	{
		kind: 'url',
		id: 'G5',
		description: 'a link naming a dataset that is not on this device',
		catalogue: 'clear message; embeds carry their data',
		deviation:
			'links never name datasets (the URL holds only the view), so the parameter is unknown and reported; the view opens on the data this device has',
		query: () => 'dataset=up-1234&flow=import',
		expected: 'partial',
		noticed: ['dataset']
	},
	{
		kind: 'url',
		id: 'G6',
		description: 'HTML and JS in state values',
		catalogue: 'shown as text; templates, links, CSS and JS never accepted from the URL',
		query: () =>
			`tables=${encodeURIComponent(HOSTILE)}&sector=${encodeURIComponent('grp:<script>')}&lang=${encodeURIComponent('javascript:alert(1)')}`,
		expected: 'partial',
		noticed: ['tables', 'lang']
	},
	{
		kind: 'url',
		id: 'G7',
		description: 'a state from an older app version (`v=1`)',
		catalogue: 'migrated, or the notice "link from an older version"',
		query: () => 'v=1&flow=export&partners=KAZ',
		expected: 'partial',
		noticed: ['v']
	}
];

// ---------------------------------------------------------------------------------------------
// H. Storage and lifecycle

const H: CatalogueCase[] = [
	{
		kind: 'storage',
		id: 'H1',
		description: 'close (cancel) during an import',
		catalogue: 'previous dataset intact; nothing half-written visible',
		scenario: 'cancel-mid-import',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H2',
		description: 'QuotaExceededError while saving',
		catalogue: 'REJECT the save with sizes; old data intact',
		scenario: 'quota',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H3',
		description: 'replacing a dataset fails midway',
		catalogue: 'the old version is still readable',
		scenario: 'replace-fails',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H4',
		description: 'two tabs replacing the same dataset',
		catalogue: 'one version wins, the other tab is told',
		scenario: 'two-tabs',
		expected: 'parse'
	},
	{
		kind: 'storage',
		id: 'H5',
		description: 'schema upgrade while another tab is open',
		catalogue: 'prompt, no crash; the old tab closes its DB on versionchange',
		scenario: 'schema-upgrade',
		expected: 'parse',
		browserOnly:
			'needs a real IndexedDB with two connections (datasets-db.ts closes on `versionchange`)'
	},
	{
		kind: 'storage',
		id: 'H6',
		description: 'origin evicted (the stored datasets disappeared)',
		catalogue: 'on load, the missing data is detected and the user is told',
		scenario: 'evicted',
		expected: 'partial',
		knownGap:
			'the store does not remember that datasets existed (no localStorage marker): an evicted origin opens silently on the bundled data'
	},
	{
		kind: 'storage',
		id: 'H7',
		description: 'storage blocked (private mode, cross-site iframe)',
		catalogue: 'memory-only mode with a banner',
		scenario: 'no-storage',
		expected: 'parse'
	},
	{
		kind: 'storage',
		id: 'H8',
		description: 'browser killed right after "saved"',
		catalogue: "data present after restart (durability 'strict')",
		scenario: 'killed-after-save',
		expected: 'parse',
		browserOnly:
			"needs a browser process to kill; saves use one transaction with durability: 'strict'"
	}
];

export const CATALOGUE: readonly CatalogueCase[] = [...A, ...B, ...C, ...D, ...E, ...F, ...G, ...H];
