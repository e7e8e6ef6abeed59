/**
 * importFile: bytes → decoded text → dialect → header row and format → every value cell checked
 * for the number format → rows mapped to observations → report.
 *
 * Counting (report.read = accepted + rejected, always):
 * - long formats count data rows; wide formats count (row × period column) cells, see
 *   `report.countUnit`;
 * - every data item that does not become an observation is a rejection with one code: errors
 *   (something is wrong: bad number, unknown country, ...) and skips (deliberate: a missing value
 *   such as `:` or an empty cell, a flow not involving Italy, an aggregate partner, a quantity
 *   indicator, a re-export). `report.rejectedByCode` has the count per code;
 * - header, title, blank, footnote and repeated-header lines are not data and are not counted
 *   (they appear as notices and in `dialect.skippedTop/skippedBottom`).
 */
import type { InvestmentRow, Observation } from '../schema';
import { parsePeriod } from '../schema';
import { tokenize, type Tokenized } from './csv';
import { decodeBytes } from './decode';
import { DELIMITERS, countFooter, readSepHint, sniffDelimiter } from './dialect';
import { headerKey } from './formats/common';
import { FORMATS } from './formats/index';
import type { FormatModule, IssueDraft, Mapper, RowContext } from './formats/types';
import { isRejectionCode, severityOf } from './messages';
import { NumberEvidence, parseNumber, scaleCanonical, type NumberDecision } from './numbers';
import { detectScale, type Scale } from './units';
import type {
	ColumnMapping,
	Delimiter,
	ImportDialect,
	ImportIssue,
	ImportOptions,
	ImportResult,
	IssueCode
} from './types';

export const MAX_BYTES = 512 * 1024 * 1024;
export const MAX_ISSUES_PER_CODE = 10_000;
/** Lines searched for the header row. */
const HEADER_SEARCH = 40;
const MIN_SCORE = 0.5;
const SAMPLE_CHARS = 64 * 1024;

function clip(text: string, max = 120): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** Display names: empty → `Column N`, repeated → `Name (2)`; newlines flattened. */
export function displayHeaders(raw: readonly string[]): {
	headers: string[];
	renamed: { index: number; from: string; to: string }[];
} {
	const seen = new Map<string, number>();
	const renamed: { index: number; from: string; to: string }[] = [];
	const headers = raw.map((h, index) => {
		const flat = h.replace(/\s+/g, ' ').trim();
		let name = flat || `Column ${index + 1}`;
		const times = (seen.get(name) ?? 0) + 1;
		seen.set(name, times);
		if (times > 1) name = `${name} (${times})`;
		if (name !== flat) renamed.push({ index, from: flat, to: name });
		return name;
	});
	return { headers, renamed };
}

interface HeaderMatch {
	index: number;
	format: FormatModule;
	score: number;
}

function findHeader(
	records: readonly string[][],
	from: number,
	forcedIndex: number | null
): HeaderMatch | null {
	let best: HeaderMatch | null = null;
	const end =
		forcedIndex !== null ? forcedIndex + 1 : Math.min(records.length, from + HEADER_SEARCH);
	for (let i = forcedIndex ?? from; i < end; i++) {
		const rec = records[i] as string[];
		if (rec.length < 2) continue;
		const { headers } = displayHeaders(rec);
		const norm = headers.map(headerKey);
		for (const format of FORMATS) {
			const score = format.detect(norm, headers);
			if (score > (best?.score ?? 0)) best = { index: i, format, score };
		}
	}
	if (!best) return null;
	return forcedIndex !== null || best.score >= MIN_SCORE ? best : null;
}

function modalRecord(records: readonly string[][], from: number): number {
	const freq = new Map<number, number>();
	const end = Math.min(records.length, from + 200);
	for (let i = from; i < end; i++) {
		const n = (records[i] as string[]).length;
		freq.set(n, (freq.get(n) ?? 0) + 1);
	}
	let mode = 1;
	let best = 0;
	for (const [n, times] of freq) if (n > 1 && times > best) [mode, best] = [n, times];
	for (let i = from; i < end; i++) if ((records[i] as string[]).length === mode) return i;
	return from;
}

function sampleText(text: string): string {
	if (text.length <= SAMPLE_CHARS) return text;
	const cut = text.slice(0, SAMPLE_CHARS);
	const nl = Math.max(cut.lastIndexOf('\n'), cut.lastIndexOf('\r'));
	return nl > 0 ? cut.slice(0, nl) : cut;
}

function emptyDialect(): ImportDialect {
	return {
		encoding: 'utf-8',
		bom: false,
		delimiter: ',',
		decimal: '.',
		thousands: null,
		decimalSource: 'none',
		headerLine: 0,
		skippedTop: 0,
		skippedBottom: 0
	};
}

/** A result with nothing imported. */
export function fatalResult(
	fatal: ImportIssue,
	context: {
		format?: ImportResult['format'];
		dialect?: ImportDialect;
		columns?: ColumnMapping[];
		notices?: ImportIssue[];
	} = {}
): ImportResult {
	return {
		ok: false,
		fatal,
		format: context.format ?? null,
		dialect: context.dialect ?? emptyDialect(),
		columns: context.columns ?? [],
		rows: [],
		investment: [],
		report: {
			read: 0,
			accepted: 0,
			rejected: 0,
			countUnit: 'rows',
			rejectedByCode: {},
			issues: [fatal, ...(context.notices ?? [])],
			periods: [],
			partners: [],
			reporters: [],
			currencies: [],
			units: null
		}
	};
}

/** The result for a file over MAX_BYTES, without reading it. */
export function fileTooLarge(size: number): ImportResult {
	return fatalResult({
		line: null,
		column: null,
		header: null,
		code: 'file-too-large',
		params: { size: Math.ceil(size / 1048576), limit: MAX_BYTES / 1048576 }
	});
}

const EXAMPLE: Record<string, string> = { ',': '1.234,56', '.': '1,234.56' };

export function importFile(
	bytes: Uint8Array,
	fileName: string,
	opts: ImportOptions = {}
): ImportResult {
	const override = opts.override ?? {};
	const dataset = opts.dataset ?? fileName;
	let lastProgress = -1;
	const progress = (f: number) => {
		if (!opts.onProgress) return;
		const rounded = Math.floor(f * 100) / 100;
		if (rounded > lastProgress) {
			lastProgress = rounded;
			opts.onProgress(Math.min(1, rounded));
		}
	};
	const dialect = emptyDialect();
	const notices: ImportIssue[] = [];
	const notice = (d: IssueDraft, header: string | null = null) =>
		notices.push({
			line: d.line ?? null,
			column: d.column ?? null,
			header,
			code: d.code,
			params: d.params
		});

	let columns: ColumnMapping[] = [];
	let format: ImportResult['format'] = null;

	const finishFatal = (
		code: IssueCode,
		params: Record<string, string | number> = {},
		line: number | null = null
	): ImportResult => {
		progress(1);
		return fatalResult(
			{ line, column: null, header: null, code, params },
			{ format, dialect, columns, notices }
		);
	};

	// 1. Bytes → text
	if (bytes.length > MAX_BYTES) {
		progress(1);
		return fileTooLarge(bytes.length);
	}
	const decoded = decodeBytes(bytes, override.encoding);
	if (!decoded.ok) {
		return decoded.reason === 'empty'
			? finishFatal('empty-file')
			: finishFatal('binary-file', { kind: decoded.kind ?? 'binary' });
	}
	dialect.encoding = decoded.encoding;
	dialect.bom = decoded.bom;
	if (decoded.how === 'fallback') notice({ code: 'encoding-fallback', params: {} });
	if (decoded.how === 'nul-pattern')
		notice({ code: 'utf16-without-bom', params: { encoding: decoded.encoding } });
	if (decoded.replaced) notice({ code: 'invalid-utf8', params: {} });
	const text = decoded.text;
	if (text.trim() === '') return finishFatal('no-text');
	progress(0.05);

	// 2. Delimiter and header row: on a sample, trying the sniffed delimiter first.
	const hint = readSepHint(text);
	if (hint)
		notice({
			code: 'separator-hint',
			line: 1,
			params: { delimiter: hint.delimiter === '\t' ? '\\t' : hint.delimiter }
		});
	const firstRecord = hint ? 1 : 0;
	const sample = sampleText(text);
	const sniffed = override.delimiter ?? hint?.delimiter ?? sniffDelimiter(sample);
	const candidates: Delimiter[] =
		override.delimiter || hint ? [sniffed] : [sniffed, ...DELIMITERS.filter((d) => d !== sniffed)];
	let delimiter: Delimiter = sniffed;
	let match: HeaderMatch | null = null;
	for (const d of candidates) {
		const tok = tokenize(sample, d);
		let forced: number | null = null;
		if (override.headerLine) {
			forced = tok.lines.findIndex((l) => l >= (override.headerLine as number));
			if (forced < 0) continue;
		}
		match = findHeader(tok.records, firstRecord, forced);
		if (match) {
			delimiter = d;
			break;
		}
	}
	dialect.delimiter = delimiter;

	// 3. Tokenize the whole text.
	const tok: Tokenized = tokenize(text, delimiter, (f) => progress(0.05 + f * 0.35));
	if (tok.unterminated) {
		return finishFatal(
			'unterminated-quote',
			{ lines: tok.unterminated.swallowedLines },
			tok.unterminated.line
		);
	}
	const { records, lines } = tok;
	if (records.length === 0) return finishFatal('no-text');
	if (!match) {
		const guess = override.headerLine
			? Math.max(
					0,
					lines.findIndex((l) => l >= (override.headerLine as number))
				)
			: modalRecord(records, firstRecord);
		dialect.headerLine = lines[guess] ?? 0;
		dialect.skippedTop = guess;
		const { headers } = displayHeaders(records[guess] ?? []);
		columns = headers.map((header, index) => ({ index, header, field: null }));
		return finishFatal(
			'unknown-format',
			{ header: clip(headers.slice(0, 12).join(' | '), 200) },
			dialect.headerLine
		);
	}

	const headerIdx = match.index;
	format = { id: match.format.id, label: match.format.label };
	dialect.headerLine = lines[headerIdx] as number;
	dialect.skippedTop = headerIdx;
	const headerRec = records[headerIdx] as string[];
	const { headers, renamed } = displayHeaders(headerRec);
	const norm = headers.map(headerKey);
	for (const r of renamed) {
		notice(
			{
				code: 'header-renamed',
				line: dialect.headerLine,
				column: r.index + 1,
				params: { from: r.from, to: r.to }
			},
			r.to
		);
	}
	const joiner = delimiter === '\t' ? ' ' : delimiter;
	const lineText = (r: readonly string[]) => r.filter((f) => f.trim() !== '').join(joiner);
	const titleLines = records.slice(firstRecord, headerIdx).map(lineText);
	if (titleLines.length > 0) {
		notice({
			code: 'title-skipped',
			line: lines[firstRecord] ?? null,
			params: { lines: titleLines.length, first: clip(titleLines[0] ?? '') }
		});
	}

	// 4. The format's mapper.
	const prepared = match.format.prepare({
		headers,
		norm,
		fileName,
		titleLines,
		tableFlow: opts.tableFlow
	});
	if ('fatal' in prepared) {
		columns = headers.map((header, index) => ({ index, header, field: null }));
		return finishFatal(prepared.fatal.code, prepared.fatal.params);
	}
	const mapper: Mapper = prepared;
	columns = headers.map((header, index) => ({
		index,
		header,
		field: mapper.fields[index] ?? null
	}));

	// Units stated by the value column's header or a title line (formats without their own rule).
	const columnPower = new Map<number, number>();
	const units = [...mapper.units];
	if (!mapper.ownUnits) {
		let titleScale: Scale | null = null;
		for (const t of titleLines) titleScale ??= detectScale(t, true);
		for (const c of mapper.valueColumns) {
			const header = headers[c] ?? '';
			const scale = detectScale(header) ?? titleScale;
			if (!scale) continue;
			columnPower.set(c, scale.power);
			if (!units.includes(scale.phrase)) {
				units.push(scale.phrase);
				notice({
					code: 'units-scaled',
					params: {
						factor: 10 ** scale.power,
						phrase: scale.phrase,
						where: scale === titleScale ? 'title' : 'header'
					}
				});
			}
		}
	}

	// 5. Footnotes below the data.
	const bodyStart = headerIdx + 1;
	const footer = countFooter(records, bodyStart);
	const bodyEnd = records.length - footer;
	dialect.skippedBottom = footer;
	if (footer > 0) {
		const first = records[bodyEnd] as string[];
		notice({
			code: 'footer-skipped',
			line: lines[bodyEnd] ?? null,
			params: { lines: footer, first: clip(lineText(first)) }
		});
	}
	for (const l of tok.repairedQuoteLines) {
		if (l > dialect.headerLine) notice({ code: 'quote-repaired', line: l, params: {} });
	}

	// 6. Number format from every value cell.
	const evidence = new NumberEvidence();
	let example = '';
	for (let i = bodyStart; i < bodyEnd; i++) {
		const rec = records[i] as string[];
		for (const c of mapper.valueColumns) {
			const raw = rec[c];
			if (raw === undefined) continue;
			evidence.add(raw);
			if (!example && evidence.ambiguous > 0) example = raw.trim();
		}
	}
	const prior =
		mapper.numberPrior && (mapper.nativeDelimiter === null || mapper.nativeDelimiter === delimiter)
			? mapper.numberPrior
			: null;
	const decision: NumberDecision = evidence.decide(override.decimal, prior);
	dialect.decimal = decision.decimal ?? '.';
	dialect.decimalSource = decision.source;
	dialect.thousands = decision.thousands;
	const conflicting =
		decision.votes.dot > 0 && decision.votes.comma > 0
			? Math.min(decision.votes.dot, decision.votes.comma)
			: 0;
	if (decision.decimal && (decision.votes.ambiguous > 0 || conflicting > 0)) {
		notice({
			code: 'number-format',
			params: {
				decimal: decision.decimal,
				thousands: decision.thousands ?? '',
				source: decision.source,
				ambiguous: decision.votes.ambiguous,
				conflicting,
				example
			}
		});
	}
	progress(0.5);

	// 7. Rows.
	const rows: Observation[] = [];
	const investment: InvestmentRow[] = [];
	const rowIssues: ImportIssue[] = [];
	const byCode = new Map<IssueCode, number>();
	let read = 0;
	let rejected = 0;
	let swapped = 0;
	const ncols = headers.length;
	const headerJoined = norm.join('\u0001');
	const expected = decision.decimal ? { expected: EXAMPLE[decision.decimal] as string } : {};

	const cx: RowContext = {
		line: 0,
		value(rec, c, power = 0) {
			const raw = rec[c] ?? '';
			const p = parseNumber(raw, decision);
			if (!p.ok) {
				const params: Record<string, string | number> = { value: clip(raw, 60) };
				if (p.code === 'invalid-number') Object.assign(params, expected);
				return { ok: false, reject: { kind: 'reject', code: p.code, column: c, params } };
			}
			const total = power + (columnPower.get(c) ?? 0);
			return { ok: true, value: total ? scaleCanonical(p.canonical, total) : p.value };
		}
	};
	const addIssue = (
		code: IssueCode,
		line: number,
		column: number | null,
		params: Record<string, string | number>,
		count: number
	) => {
		rejected += count;
		byCode.set(code, (byCode.get(code) ?? 0) + count);
		rowIssues.push({
			line,
			column: column === null || column < 0 ? null : column + 1,
			header: column === null || column < 0 ? null : (headers[column] ?? null),
			code,
			params
		});
	};

	// A trailing delimiter on every data row (but not on the header) is tolerated; otherwise a row
	// with extra fields is a shifted row and is rejected.
	const lengths = new Map<number, number>();
	for (let i = bodyStart; i < bodyEnd; i++) {
		const n = (records[i] as string[]).length;
		lengths.set(n, (lengths.get(n) ?? 0) + 1);
	}
	const modalLength = [...lengths].sort((a, b) => b[1] - a[1])[0]?.[0] ?? ncols;
	const trailingOk = modalLength > ncols;
	const total = Math.max(1, bodyEnd - bodyStart);
	for (let i = bodyStart; i < bodyEnd; i++) {
		if ((i - bodyStart) % 8192 === 0) progress(0.5 + (0.5 * (i - bodyStart)) / total);
		let rec = records[i] as string[];
		const line = lines[i] as number;
		if (
			rec.length === ncols &&
			rec[0] === headerRec[0] &&
			rec.map(headerKey).join('\u0001') === headerJoined
		) {
			notice({ code: 'repeated-header', line, params: {} });
			continue;
		}
		if (rec.length !== ncols) {
			const extraEmpty =
				trailingOk && rec.length > ncols && rec.slice(ncols).every((f) => f.trim() === '');
			if (extraEmpty) rec = rec.slice(0, ncols);
			else if (rec.length < ncols && mapper.countUnit === 'observations') {
				rec = rec.concat(Array<string>(ncols - rec.length).fill(''));
			} else {
				read += mapper.perRow;
				addIssue(
					'field-count',
					line,
					null,
					{
						expected: ncols,
						found: rec.length,
						...(mapper.perRow > 1 ? { count: mapper.perRow } : {})
					},
					mapper.perRow
				);
				continue;
			}
		}
		cx.line = line;
		for (const o of mapper.map(rec, cx)) {
			if (o.kind === 'obs') {
				read++;
				const p = parsePeriod(o.obs.period);
				if (!p) {
					addIssue('invalid-period', line, null, { value: o.obs.period }, 1);
					continue;
				}
				if (o.swapped) swapped++;
				const d = o.obs;
				rows.push({
					period: d.period,
					freq: p.freq,
					year: p.year,
					month: p.month,
					partner: d.partner,
					flow: d.flow,
					reporter: d.reporter,
					sector: d.sector,
					sectorLabel: d.sectorLabel,
					value: d.value,
					currency: d.currency,
					source: d.source,
					note: d.note,
					flag: d.flag,
					dataset
				});
			} else if (o.kind === 'inv') {
				read++;
				investment.push(o.inv);
			} else {
				const count = o.count ?? 1;
				read += count;
				addIssue(o.code, line, o.column, o.params, count);
			}
		}
	}
	progress(0.98);

	// 8. Report.
	for (const d of mapper.notices) notice(d);
	if (swapped > 0) notice({ code: 'flow-swapped', params: { observations: swapped } });

	const accepted = rows.length + investment.length;
	const allUnits = [...new Set([...units, ...mapper.units])];
	const kept = new Map<IssueCode, number>();
	const issuesKept: ImportIssue[] = [];
	for (const issue of rowIssues) {
		const k = (kept.get(issue.code) ?? 0) + 1;
		kept.set(issue.code, k);
		if (k <= MAX_ISSUES_PER_CODE) issuesKept.push(issue);
	}
	for (const [code, k] of kept) {
		if (k > MAX_ISSUES_PER_CODE) {
			notice({ code: 'issues-truncated', params: { code, omitted: k - MAX_ISSUES_PER_CODE } });
		}
	}
	const rank = (i: ImportIssue) => {
		const s = severityOf(i.code);
		if (s === 'fatal') return 0;
		if (s === 'info' && i.line === null) return 1;
		if (s === 'error') return 2;
		if (s === 'info') return 3;
		return 4;
	};
	const issues = [...notices, ...issuesKept]
		.map((issue, order) => ({ issue, order }))
		.sort(
			(a, b) =>
				rank(a.issue) - rank(b.issue) ||
				(a.issue.line ?? 0) - (b.issue.line ?? 0) ||
				(a.issue.column ?? 0) - (b.issue.column ?? 0) ||
				a.order - b.order
		)
		.map((x) => x.issue);

	const sorted = (values: Iterable<string>) => [...new Set(values)].sort();
	const rejectedByCode: Partial<Record<IssueCode, number>> = {};
	for (const [code, count] of [...byCode].sort((a, b) => b[1] - a[1])) {
		if (isRejectionCode(code)) rejectedByCode[code] = count;
	}

	let fatal: ImportIssue | null = null;
	if (accepted === 0) {
		if (read === 0)
			fatal = { line: dialect.headerLine, column: null, header: null, code: 'no-data', params: {} };
		else {
			const main = [...byCode].sort((a, b) => b[1] - a[1])[0];
			fatal = {
				line: null,
				column: null,
				header: null,
				code: 'no-valid-rows',
				params: { rows: read, main: main ? main[0] : '' }
			};
		}
		issues.unshift(fatal);
	}
	progress(1);
	return {
		ok: fatal === null,
		fatal,
		format,
		dialect,
		columns,
		rows,
		investment,
		report: {
			read,
			accepted,
			rejected,
			countUnit: mapper.countUnit,
			rejectedByCode,
			issues,
			periods: sorted([...rows.map((r) => r.period), ...investment.map((r) => r.period)]),
			partners: sorted(rows.map((r) => r.partner)),
			reporters: sorted(rows.map((r) => r.reporter)),
			currencies: sorted([...rows.map((r) => r.currency), ...investment.map((r) => r.currency)]),
			units: allUnits.length ? allUnits.join('; ') : null
		}
	};
}
