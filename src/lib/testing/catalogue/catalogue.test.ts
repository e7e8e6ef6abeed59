/**
 * Runs every input of the bad-input catalogue (./index.ts, one file per group) and checks, for each:
 * - it survives (no exception, within its time bound) and its outcome class is the expected one;
 * - every rejected row names its line, and its column and header when a cell is to blame; every
 *   issue has a message in Italian and in English, different from each other and from the code;
 * - counts reconcile: read = accepted + rejected = Σ rejectedByCode + accepted, accepted =
 *   rows + investment rows, and every physical line is accounted for (data lost = 0);
 * - the accepted rows are exactly the intended ones (silent changes = 0), with string codes and
 *   finite numbers, and Object.prototype is untouched.
 * A summary line is printed at the end (inputs tried / survived / outcome matched / ...).
 */
import { describeIssue } from '../../i18n/issues';
import { afterAll, describe, expect, it } from 'vitest';
import { OBSERVATION_COLUMNS, type Observation } from '../../data/schema';
import { DICT_FIELDS } from '../../data/import/columns';
import { decodeState, encodeState, stateToSearch } from '../../url/codec';
import { runImport } from '../../data/worker/client';
import type { DatasetsDb } from '../../storage/datasets-db';
import { DatasetStore, type StoreDeps } from '../../state/datasets.svelte';
import { importFile, isRejectionCode, type ImportResult, type IssueCode } from '../../data/import';
import { ChannelHub } from '../channel-hub';
import { MemoryDb } from '../memory-db';
import { testStoreDeps } from '../store-deps';
import {
	CATALOGUE,
	outcomeOf,
	type FileCase,
	type Outcome,
	type SizeCase,
	type StorageCase,
	type StorageScenario,
	type UrlCase
} from './index';

// ---------------------------------------------------------------------------------------------
// The tally for the summary line.

const tally = {
	tried: 0,
	survived: 0,
	matched: 0,
	silent: 0,
	lost: 0,
	notRun: [] as string[],
	unmatched: [] as string[],
	slowest: [] as [string, number][]
};

function record(id: string, outcome: { survived: boolean; matched: boolean; ms: number }) {
	tally.tried++;
	if (outcome.survived) tally.survived++;
	if (outcome.matched) tally.matched++;
	else tally.unmatched.push(id);
	tally.slowest.push([id, Math.round(outcome.ms)]);
}

afterAll(() => {
	const slow = tally.slowest
		.sort((a, b) => b[1] - a[1])
		.slice(0, 5)
		.map(([id, ms]) => `${id} ${ms} ms`)
		.join(', ');
	console.log(
		`[catalogue] inputs tried ${tally.tried}, survived ${tally.survived}, outcome matched ${tally.matched}/${tally.tried}` +
			`, silent changes ${tally.silent}, data lost ${tally.lost}` +
			(tally.unmatched.length ? `; unmatched: ${tally.unmatched.join(', ')}` : '') +
			(tally.notRun.length ? `; not run in Node: ${tally.notRun.join(', ')}` : '') +
			`; slowest: ${slow}`
	);
});

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

// ---------------------------------------------------------------------------------------------
// Checks shared by the file cases.

/** Codes whose issue is about one cell: it must name its column and header. */
const CELL_CODES: ReadonlySet<IssueCode> = new Set<IssueCode>([
	'invalid-number',
	'ambiguous-number',
	'unknown-country',
	'invalid-period',
	'unknown-flow',
	'invalid-currency',
	'invalid-flag',
	'invalid-measure',
	'missing-field',
	'missing-value',
	'aggregate-partner',
	'other-flow',
	'cell-too-long',
	'spreadsheet-period',
	'number-too-small',
	'number-too-large',
	'duplicate-row',
	'conflicting-value'
]);

const BROKEN_TEXT = /undefined|NaN|\[object|\{\w+\}/;

/** Every promise of the report; returns the broken ones. */
function reportProblems(r: ImportResult): { problems: string[]; lost: number } {
	const problems: string[] = [];
	const rep = r.report;
	let lost = 0;
	if (rep.read !== rep.accepted + rep.rejected) {
		problems.push(`read ${rep.read} ≠ accepted ${rep.accepted} + rejected ${rep.rejected}`);
		lost += Math.abs(rep.read - rep.accepted - rep.rejected);
	}
	const kept = r.rows.length + r.investment.length + r.events.length;
	if (rep.accepted !== kept) {
		problems.push(
			`accepted ${rep.accepted} ≠ rows ${r.rows.length} + investment ${r.investment.length} + events ${r.events.length}`
		);
		lost += Math.abs(rep.accepted - kept);
	}
	const byCode = Object.values(rep.rejectedByCode).reduce((a, b) => a + (b ?? 0), 0);
	if (byCode !== rep.rejected)
		problems.push(`Σ rejectedByCode ${byCode} ≠ rejected ${rep.rejected}`);
	if (rep.lines) {
		const l = rep.lines;
		const sum = l.blank + l.hint + l.title + l.header + l.data + l.repeatedHeader + l.footer;
		if (sum !== l.total) {
			problems.push(`lines: ${JSON.stringify(l)} do not add up to ${l.total}`);
			lost += Math.abs(l.total - sum);
		}
	}
	for (const issue of rep.issues) {
		const en = describeIssue(issue, 'en');
		const it = describeIssue(issue, 'it');
		if (!en || !it || en === it || en === issue.code || it === issue.code) {
			problems.push(`${issue.code}: messages "${en}" / "${it}"`);
		}
		// (Quoted file content may say anything: only our own words are checked.)
		const own = (t: string) => t.replace(/"[^"]*"/g, '""');
		if (BROKEN_TEXT.test(own(en)) || BROKEN_TEXT.test(own(it)))
			problems.push(`${issue.code}: "${en}"`);
		if (isRejectionCode(issue.code)) {
			if (issue.line === null) problems.push(`${issue.code} without a line`);
			else if (!en.startsWith(`Line ${issue.line.toLocaleString('en-US')}`))
				problems.push(`${issue.code}: message does not start with its line: "${en}"`);
			if (CELL_CODES.has(issue.code)) {
				if (issue.column === null || issue.header === null)
					problems.push(`${issue.code} at line ${issue.line} names no column/header`);
				else if (!en.includes(`column ${issue.column} (${issue.header})`))
					problems.push(`${issue.code}: message lacks the column: "${en}"`);
			}
		}
	}
	return { problems, lost };
}

/** Every accepted row: the schema's types, no extra keys, a plain prototype. */
function rowProblems(r: ImportResult): string[] {
	const problems: string[] = [];
	const keys = [...OBSERVATION_COLUMNS].sort().join();
	// Every dictionary column holds text; only the sector label may be null.
	const text = DICT_FIELDS.filter((f) => f !== 'sectorLabel');
	for (let i = 0; i < r.rows.length && problems.length < 5; i++) {
		const row = r.rows[i] as Observation;
		if (Object.getPrototypeOf(row) !== Object.prototype) problems.push(`row ${i}: prototype`);
		if (Object.keys(row).sort().join() !== keys)
			problems.push(`row ${i}: keys ${Object.keys(row)}`);
		for (const k of text)
			if (typeof row[k] !== 'string') problems.push(`row ${i}: ${k} not a string`);
		if (row.sectorLabel !== null && typeof row.sectorLabel !== 'string')
			problems.push(`row ${i}: sectorLabel`);
		if (typeof row.value !== 'number' || !Number.isFinite(row.value) || Object.is(row.value, -0))
			problems.push(`row ${i}: value ${row.value}`);
	}
	return problems;
}

/** Accepted rows that differ from the intended ones: silent changes. */
function silentChanges(c: FileCase, r: ImportResult): string[] {
	const out: string[] = [];
	if (c.rows) {
		if (r.rows.length !== c.rows.length)
			out.push(`${r.rows.length} rows accepted, ${c.rows.length} intended`);
		c.rows.forEach((want, i) => {
			const got = r.rows[i];
			if (!got) return;
			for (const [k, v] of Object.entries(want)) {
				const g = (got as unknown as Record<string, unknown>)[k];
				if (!Object.is(g, v))
					out.push(`row ${i} ${k}: ${JSON.stringify(g)} ≠ intended ${JSON.stringify(v)}`);
			}
		});
	}
	if (c.verify) out.push(...c.verify(r));
	return out;
}

function expectationProblems(c: FileCase, r: ImportResult, outcome: Outcome): string[] {
	const out: string[] = [];
	if (outcome !== c.expected) out.push(`outcome ${outcome} ≠ ${c.expected}`);
	if (c.fatal && r.fatal?.code !== c.fatal) out.push(`fatal ${r.fatal?.code} ≠ ${c.fatal}`);
	if (!c.fatal && r.fatal) out.push(`unexpected fatal ${r.fatal.code}`);
	const codes = new Set(r.report.issues.map((i) => i.code));
	for (const code of c.codes ?? []) if (!codes.has(code)) out.push(`no ${code} issue`);
	for (const [k, v] of Object.entries(c.counts ?? {})) {
		const got = r.report[k as 'read' | 'accepted' | 'rejected'];
		if (got !== v) out.push(`${k} ${got} ≠ ${v}`);
	}
	for (const want of c.rejections ?? []) {
		const hit = r.report.issues.find(
			(i) =>
				i.code === want.code &&
				i.line === want.line &&
				(want.column === undefined || i.column === want.column)
		);
		if (!hit)
			out.push(
				`no ${want.code} at line ${want.line}${want.column ? `, column ${want.column}` : ''}`
			);
	}
	return out;
}

// ---------------------------------------------------------------------------------------------
// Files

const fileCases = CATALOGUE.filter((c): c is FileCase => c.kind === 'file');

describe('catalogue: files through importFile', () => {
	it.each(fileCases.map((c) => [c.id, c] as const))(
		'%s',
		(id, c) => {
			const bytes = c.build();
			const before = protoNames();
			let result: ImportResult | null = null;
			let thrown: unknown = null;
			const t0 = performance.now();
			try {
				result = importFile(bytes, c.fileName ?? `${id}.csv`, c.options);
			} catch (err) {
				thrown = err;
			}
			const ms = performance.now() - t0;
			const withinBudget = c.budgetMs === undefined || ms <= c.budgetMs;
			if (!result) {
				record(id, { survived: false, matched: false, ms });
				throw thrown;
			}
			const outcome = outcomeOf(result);
			const expectation = expectationProblems(c, result, outcome);
			const report = reportProblems(result);
			const rows = rowProblems(result);
			const silent = silentChanges(c, result);
			const protoOk = protoNames() === before;
			tally.silent += silent.length;
			tally.lost += report.lost;
			record(id, {
				survived: withinBudget,
				matched: outcome === c.expected && expectation.length === 0,
				ms
			});
			expect({
				expectation,
				report: report.problems,
				rows,
				silent,
				prototype: protoOk,
				time: withinBudget ? 'ok' : `${Math.round(ms)} ms > ${c.budgetMs} ms`
			}).toEqual({
				expectation: [],
				report: [],
				rows: [],
				silent: [],
				prototype: true,
				time: 'ok'
			});
		},
		120_000
	);
});

// ---------------------------------------------------------------------------------------------
// A4: a file over the cap is refused by the worker client without being read.

const sizeCases = CATALOGUE.filter((c): c is SizeCase => c.kind === 'size');

describe('catalogue: file sizes through the worker client', () => {
	it.each(sizeCases.map((c) => [c.id, c] as const))('%s', async (id, c) => {
		let read = false;
		const file = {
			name: `${id}.csv`,
			size: c.size,
			arrayBuffer: () => {
				read = true;
				return Promise.reject(new Error('read'));
			}
		} as unknown as File;
		const t0 = performance.now();
		const result = await runImport(file, {
			createWorker: () => {
				throw new Error('no worker needed');
			}
		}).promise;
		const ms = performance.now() - t0;
		const matched = outcomeOf(result) === c.expected && result.fatal?.code === c.fatal && !read;
		record(id, { survived: ms <= c.budgetMs, matched, ms });
		expect(read).toBe(false);
		expect(result.fatal?.code).toBe(c.fatal);
		expect(ms).toBeLessThan(c.budgetMs);
		const en = describeIssue(result.fatal as NonNullable<ImportResult['fatal']>, 'en');
		const it = describeIssue(result.fatal as NonNullable<ImportResult['fatal']>, 'it');
		// The message says the size, the cap and what to do.
		expect(en).toMatch(
			/1,024 MB; the limit in the browser is 256 MB\. Nothing was read: keep only/
		);
		expect(it).toMatch(/1\.024 MB; il limite nel browser è 256 MB\. Non è stato letto nulla/);
		expect(reportProblems(result).problems).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// G: URL states

const urlCases = CATALOGUE.filter((c): c is UrlCase => c.kind === 'url');

describe('catalogue: URL states through decodeState', () => {
	it.each(urlCases.map((c) => [c.id, c] as const))('%s', (id, c) => {
		const query = c.query();
		const before = protoNames();
		const t0 = performance.now();
		let decoded: ReturnType<typeof decodeState> | null = null;
		try {
			decoded = decodeState(new URLSearchParams(query));
		} finally {
			if (!decoded) record(id, { survived: false, matched: false, ms: performance.now() - t0 });
		}
		const ms = performance.now() - t0;
		const { state, notices } = decoded;
		const outcome: Outcome = notices.length ? 'partial' : 'parse';
		const named = new Set(notices.map((n) => n.param));
		const missing = (c.noticed ?? []).filter((p) => !named.has(p));
		// The state is valid (it re-encodes to itself), small, and nothing was polluted.
		const again = decodeState(encodeState(state));
		const search = stateToSearch(state);
		const problems = [
			...(outcome === c.expected ? [] : [`outcome ${outcome}`]),
			...missing.map((p) => `no notice for ${p}`),
			...(again.notices.length ? ['state does not re-encode to itself'] : []),
			...(search.length < 2 * 1024 * 1024 ? [] : ['URL over 2 MB']),
			...(protoNames() === before ? [] : ['Object.prototype changed']),
			...(({} as Record<string, unknown>).polluted === undefined ? [] : ['polluted']),
			...(c.budgetMs === undefined || ms <= c.budgetMs ? [] : [`${Math.round(ms)} ms`])
		];
		record(id, {
			survived: c.budgetMs === undefined || ms <= c.budgetMs,
			matched: problems.length === 0,
			ms
		});
		expect(problems).toEqual([]);
	});
});

// ---------------------------------------------------------------------------------------------
// H: storage events, against the dataset store with an in-memory database.

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const V1 = `${HEADER}\n2025-01,KGZ,export,ITA,TOTAL,,1000,EUR,test,,\n2025-02,KGZ,export,ITA,TOTAL,,2000,EUR,test,,\n`;
const V2 = `${HEADER}\n2025-01,KGZ,export,ITA,TOTAL,,1500,EUR,test,,\n`;
const V3 = `${HEADER}\n2025-01,KGZ,export,ITA,TOTAL,,1700,EUR,test,,\n`;
const file = (text: string, name = 'kgz.csv') => new File([text], name, { type: 'text/csv' });

/** Quota errors in these scenarios say this many bytes were needed. */
const QUOTA_NEEDED = 123_456;
const memoryDb = () => new MemoryDb({ quotaNeeded: QUOTA_NEEDED });

const makeStore = (db: DatasetsDb | null, extra: Partial<StoreDeps> = {}, delay = 0) =>
	new DatasetStore(testStoreDeps(db, extra, delay));

const valuesOf = (store: DatasetStore, id: string) =>
	(store.datasets.find((d) => d.id === id)?.table.array('value') as number[] | undefined) ?? [];
const tick = (ms = 20) => new Promise((r) => setTimeout(r, ms));

/** Dataset `id` still holds the first version (V1), in this tab and in a store reloaded from `db`. */
async function firstVersionKept(
	store: DatasetStore,
	db: DatasetsDb,
	id: string
): Promise<string[]> {
	const again = makeStore(db);
	await again.restore();
	return [
		...(valuesOf(store, id).join() === '1000,2000' ? [] : ['first version gone in this tab']),
		...(valuesOf(again, id).join() === '1000,2000' ? [] : ['first version gone after a reload'])
	];
}

/** Each scenario returns its outcome class and any broken promise. */
const SCENARIOS: Record<StorageScenario, () => Promise<{ outcome: Outcome; problems: string[] }>> =
	{
		async duplicate() {
			const store = makeStore(memoryDb());
			await store.restore();
			const [a] = await store.importFiles([file(V1, 'a.csv')]);
			const [b] = await store.importFiles([file(V1, 'a again.csv')]);
			const problems = [
				...(a?.status === 'added' ? [] : [`first ${a?.status}`]),
				...(b?.status === 'duplicate' && b.datasetId === a?.datasetId
					? []
					: [`second ${b?.status}`]),
				...(store.datasets.length === 2 ? [] : [`${store.datasets.length} datasets`])
			];
			return { outcome: 'parse', problems };
		},
		async 'cancel-mid-import'() {
			const db = memoryDb();
			const store = makeStore(db, {}, 50);
			await store.restore();
			const [a] = await store.importFiles([file(V1)]);
			const id = a?.datasetId as string;
			const pending = store.replace(id, file(V2));
			await tick(5);
			store.cancel();
			const task = await pending;
			const problems = [
				...(task.status === 'cancelled' ? [] : [`status ${task.status}`]),
				...(await firstVersionKept(store, db, id))
			];
			return { outcome: task.status === 'cancelled' ? 'reject' : 'parse', problems };
		},
		async quota() {
			const db = memoryDb();
			const store = makeStore(db);
			await store.restore();
			const [a] = await store.importFiles([file(V1)]);
			db.failNext = 'quota';
			const [b] = await store.importFiles([file(V2, 'other.csv')]);
			const problems = [
				...(b?.status === 'failed' && b.error?.kind === 'quota' ? [] : [`status ${b?.status}`]),
				...(store.storageError === 'data.storage.quota' &&
				store.storageErrorParams.needed === QUOTA_NEEDED
					? []
					: ['no quota message with the size']),
				...(valuesOf(store, a?.datasetId as string).join() === '1000,2000'
					? []
					: ['old data changed']),
				...(store.datasets.length === 2 ? [] : ['a half-saved dataset is visible'])
			];
			return { outcome: b?.status === 'failed' ? 'reject' : 'parse', problems };
		},
		async 'replace-fails'() {
			const db = memoryDb();
			const store = makeStore(db);
			await store.restore();
			const [a] = await store.importFiles([file(V1)]);
			const id = a?.datasetId as string;
			db.failNext = 'crash';
			const task = await store.replace(id, file(V2));
			const problems = [
				...(task.status === 'failed' ? [] : [`status ${task.status}`]),
				...(await firstVersionKept(store, db, id))
			];
			return { outcome: task.status === 'failed' ? 'reject' : 'parse', problems };
		},
		async 'two-tabs'() {
			const db = memoryDb();
			const hub = new ChannelHub();
			const one = makeStore(db, { openChannel: () => hub.open() });
			const two = makeStore(db, { openChannel: () => hub.open() });
			await one.restore();
			await two.restore();
			const [a] = await one.importFiles([file(V1)]);
			const id = a?.datasetId as string;
			await tick();
			const [r1, r2] = await Promise.all([one.replace(id, file(V2)), two.replace(id, file(V3))]);
			await tick(50);
			const v1 = valuesOf(one, id).join();
			const v2 = valuesOf(two, id).join();
			const stored = db.records.get(id)?.meta.version;
			const problems = [
				...(r1.status === 'replaced' && r2.status === 'replaced'
					? []
					: [`${r1.status}/${r2.status}`]),
				...(v1 === v2 ? [] : [`tabs disagree: ${v1} vs ${v2}`]),
				...(v1 === '1500' || v1 === '1700' ? [] : [`mixed data ${v1}`]),
				...(one.datasets.find((d) => d.id === id)?.version === stored ? [] : ['tab one not told'])
			];
			return { outcome: 'parse', problems };
		},
		async 'schema-upgrade'() {
			return { outcome: 'parse', problems: ['browser only'] };
		},
		async evicted() {
			const db = memoryDb();
			const store = makeStore(db);
			await store.restore();
			await store.importFiles([file(V1)]);
			// The browser clears the origin: a new page finds an empty database.
			const after = makeStore(memoryDb());
			await after.restore();
			const told = after.storageError !== null;
			return {
				outcome: told ? 'partial' : 'parse',
				problems: told ? [] : ['the missing datasets are not reported']
			};
		},
		async 'no-storage'() {
			const store = makeStore(null);
			await store.restore();
			const [a] = await store.importFiles([file(V1)]);
			const entry = store.datasets.find((d) => d.id === a?.datasetId);
			const problems = [
				...(store.storageMode === 'memory' ? [] : [`mode ${store.storageMode}`]),
				...(a?.status === 'added' && entry && !entry.saved ? [] : ['not kept in memory'])
			];
			return { outcome: 'parse', problems };
		},
		async 'killed-after-save'() {
			return { outcome: 'parse', problems: ['browser only'] };
		}
	};

const storageCases = CATALOGUE.filter((c): c is StorageCase => c.kind === 'storage');

describe('catalogue: storage events through the dataset store', () => {
	for (const c of storageCases) {
		if (c.browserOnly) {
			tally.notRun.push(c.id);
			it.skip(`${c.id} (${c.browserOnly})`, () => {});
			continue;
		}
		it(c.id, async () => {
			const t0 = performance.now();
			const { outcome, problems } = await SCENARIOS[c.scenario]();
			const matched = outcome === c.expected && problems.length === 0;
			record(c.id, { survived: true, matched, ms: performance.now() - t0 });
			if (c.knownGap) {
				// Still a gap: when it is fixed, this fails and the catalogue entry must be updated.
				expect(matched).toBe(false);
				return;
			}
			expect({ outcome, problems }).toEqual({ outcome: c.expected, problems: [] });
		});
	}
});

describe('catalogue', () => {
	it('covers every group A–H, each id once', () => {
		const ids = CATALOGUE.map((c) => c.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const g of 'ABCDEFGH') expect(ids.some((id) => id.startsWith(g))).toBe(true);
		// The research catalogue's 104 entries, each present (sub-cases like A9b add to them).
		const base = new Set(ids.map((id) => id.replace(/[a-z]$/, '')));
		expect(base.size).toBe(104);
	});
});
