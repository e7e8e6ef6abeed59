import { describe, expect, it, vi } from 'vitest';
import { ChannelHub } from '../testing/channel-hub';
import { MemoryDb } from '../testing/memory-db';
import { testStoreDeps } from '../testing/store-deps';
import type { DatasetData, DatasetMeta, DatasetsDb } from '../storage/datasets-db';
import { DashboardState } from './dashboard.svelte';
import { DatasetStore, nameFromFile, type StoreDeps } from './datasets.svelte';

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const GOOD = `${HEADER}\n2025-01,KGZ,export,ITA,TOTAL,,1000,EUR,test,,\n2025-02,KGZ,export,ITA,TOTAL,,2000,EUR,test,,\n`;
const NEWER = `${HEADER}\n2025-01,KGZ,export,ITA,TOTAL,,1500,EUR,test,,\n`;
const OTHER = `${HEADER}\n2025-03,UZB,import,ITA,TOTAL,,7,EUR,test,,\n`;
const BAD = `${HEADER}\n2025-01,Atlantis,export,ITA,TOTAL,,1000,EUR,test,,\n`;
const EVENTS_HEADER = 'date,precision,countries,type,title_en,title_it,source';
const EVENTS = `${EVENTS_HEADER}\n2024-04-19,day,ITA|KAZ,visit,Uploaded visit,Visita caricata,test\n2023,,UZB,forum,Uploaded forum,,test\n`;
const EVENTS_V2 = `${EVENTS_HEADER}\n2025-02,month,ITA|KGZ,summit,Revised summit,Vertice rivisto,test\n`;

const file = (text: string | Uint8Array, name = 'kgz.csv') =>
	new File([typeof text === 'string' ? text : new Uint8Array(text)], name, { type: 'text/csv' });

function makeStore(db: DatasetsDb | null, extra: Partial<StoreDeps> = {}) {
	const persist = vi.fn(async () => true);
	const store = new DatasetStore(testStoreDeps(db, { persist, ...extra }));
	return { store, persist };
}

const values = (store: DatasetStore, id: string) =>
	(store.datasets.find((d) => d.id === id)?.table.array('value') as number[] | undefined) ?? [];

describe('DatasetStore: adding files', () => {
	it('starts with the bundled dataset only, first and active', async () => {
		const { store } = makeStore(new MemoryDb());
		await store.restore();
		expect(store.datasets.map((d) => d.id)).toEqual(['bundled']);
		expect(store.datasets[0]?.active).toBe(true);
		expect(store.datasets[0]?.table.numRows()).toBeGreaterThan(0);
		expect(store.storageMode).toBe('indexeddb');
	});

	it('adds a good file, saves it, stamps rows with its id and asks for persistence once', async () => {
		const db = new MemoryDb();
		const { store, persist } = makeStore(db);
		await store.restore();
		const [task] = await store.importFiles([file(GOOD, 'Italy KGZ 2025.csv')]);
		expect(task?.status).toBe('added');
		const entry = store.datasets[0];
		expect(entry?.name).toBe('Italy KGZ 2025');
		expect(entry?.rowCount).toBe(2);
		expect(entry?.saved).toBe(true);
		expect(entry?.sha256).toMatch(/^[0-9a-f]{64}$/);
		expect(entry?.loadedAt).toBe('2026-01-02T03:04:05.000Z');
		expect(entry?.summary).toMatchObject({ read: 2, accepted: 2, rejected: 0, partners: ['KGZ'] });
		expect(new Set(entry?.table.array('dataset') as string[])).toEqual(new Set([entry?.id]));
		expect(store.lastReport?.report.accepted).toBe(2);
		expect(db.records.size).toBe(1);
		expect(persist).toHaveBeenCalledTimes(1);
		expect(store.persistent).toBe(true);

		await store.importFiles([file(OTHER, 'uzb.csv')]);
		expect(persist).toHaveBeenCalledTimes(1);

		// A new page (reload) sees both, newest on top, with the same rows.
		const again = makeStore(db).store;
		await again.restore();
		expect(again.datasets.map((d) => d.name)).toEqual(['uzb', 'Italy KGZ 2025', 'bundled']);
		expect(values(again, entry?.id as string)).toEqual([1000, 2000]);
	});

	it('imports several files at once, each with its own task', async () => {
		const { store } = makeStore(new MemoryDb());
		await store.restore();
		const tasks = await store.importFiles([
			file(GOOD, 'a.csv'),
			file(BAD, 'b.csv'),
			file(OTHER, 'c.csv')
		]);
		expect(tasks.map((t) => t.status)).toEqual(['added', 'rejected', 'added']);
		expect(store.datasets.map((d) => d.name)).toEqual(['c', 'a', 'bundled']);
		expect(store.busy).toBe(false);
	});
});

describe('DatasetStore: a failed import or write changes nothing', () => {
	it.each([
		['garbage bytes', file(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 1, 2]), 'x.xlsx')],
		['no accepted row', file(BAD, 'bad.csv')],
		['an empty file', file('', 'empty.csv')]
	])('leaves everything as it was after %s', async (_label, bad) => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		const before = store.datasets;
		const writes = db.writes;
		const [task] = await store.importFiles([bad]);
		expect(task?.status).toBe('rejected');
		expect(store.datasets).toBe(before);
		expect(db.writes).toBe(writes);
		expect(store.lastReport?.ok === false || store.lastReport?.report.accepted === 0).toBe(true);
	});

	it('leaves everything as it was when the worker fails', async () => {
		const { store } = makeStore(new MemoryDb(), {
			runImport: () => ({ promise: Promise.reject(new Error('worker crashed')), cancel() {} })
		});
		await store.restore();
		const before = store.datasets;
		const [task] = await store.importFiles([file(GOOD)]);
		expect(task?.status).toBe('failed');
		expect(task?.error).toEqual({ kind: 'worker', message: 'worker crashed' });
		expect(store.datasets).toBe(before);
		expect(store.lastReport).toBeNull();
	});

	it('leaves everything as it was when an import is cancelled', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		const before = store.datasets;
		const pending = store.importFiles([file(GOOD), file(OTHER)]);
		store.cancel();
		const tasks = await pending;
		expect(tasks.map((t) => t.status)).toEqual(['cancelled', 'cancelled']);
		expect(store.datasets).toBe(before);
		expect(db.records.size).toBe(0);
	});

	it('replaces a dataset atomically: a failed write keeps the old version everywhere', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD, 'kgz.csv')]);
		const id = store.datasets[0]?.id as string;
		const before = store.datasets;

		db.failNext = 'crash';
		const failed = await store.replace(id, file(NEWER, 'kgz-v2.csv'));
		expect(failed.status).toBe('failed');
		expect(failed.error?.kind).toBe('storage');
		expect(store.datasets).toBe(before);
		expect(values(store, id)).toEqual([1000, 2000]);
		expect(store.storageError).toBe('data.storage.failed');
		const reloaded = makeStore(db).store;
		await reloaded.restore();
		expect(values(reloaded, id)).toEqual([1000, 2000]);
		expect(reloaded.datasets[0]?.version).toBe(1);

		const done = await store.replace(id, file(NEWER, 'kgz-v2.csv'));
		expect(done.status).toBe('replaced');
		expect(store.storageError).toBeNull();
		const entry = store.datasets[0];
		expect(entry).toMatchObject({ id, name: 'kgz', fileName: 'kgz-v2.csv', version: 2 });
		expect(values(store, id)).toEqual([1500]);
		expect(store.datasets).toHaveLength(2);
		// One version stored: the old one went in the same write.
		expect([...db.versions.keys()]).toEqual([`${id}@2`]);
	});

	it('turns a full disk into a quota message and keeps the stored data', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		const before = store.datasets;
		const stored = structuredClone([...db.records.entries()]);

		db.failNext = 'quota';
		const [task] = await store.importFiles([file(OTHER, 'uzb.csv')]);
		expect(task?.status).toBe('failed');
		expect(task?.error?.kind).toBe('quota');
		expect(store.storageError).toBe('data.storage.quota');
		expect(store.storageErrorParams).toEqual({ needed: 1234 });
		expect(store.datasets).toBe(before);
		expect([...db.records.entries()]).toEqual(stored);
		// The report of the file is still there to read.
		expect(store.lastReport?.report.accepted).toBe(1);

		db.failNext = 'quota';
		const id = before[0]?.id as string;
		await store.replace(id, file(NEWER));
		expect(values(store, id)).toEqual([1000, 2000]);
	});
});

describe('DatasetStore: storage, duplicates and other tabs', () => {
	it('keeps uploads in memory when IndexedDB is unavailable', async () => {
		const { store, persist } = makeStore(null);
		await store.restore();
		expect(store.storageMode).toBe('memory');
		const [task] = await store.importFiles([file(GOOD)]);
		expect(task?.status).toBe('added');
		expect(store.datasets[0]?.saved).toBe(false);
		expect(persist).not.toHaveBeenCalled();
		expect(await store.remove(store.datasets[0]?.id as string)).toBe(true);
		expect(store.datasets).toHaveLength(1);
	});

	it('persists the active flags, never removes the bundled dataset', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		const id = store.datasets[0]?.id as string;
		await store.setActive('bundled', false);
		await store.setActive(id, false);
		expect(await store.remove('bundled')).toBe(false);
		const again = makeStore(db).store;
		await again.restore();
		expect(again.datasets.map((d) => [d.id, d.active])).toEqual([
			[id, false],
			['bundled', false]
		]);
		expect(await again.remove(id)).toBe(true);
		expect(db.records.size).toBe(0);
		expect(db.versions.size).toBe(0);
	});

	it('keeps a dataset when removing it from storage fails', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		db.failNext = 'crash';
		expect(await store.remove(store.datasets[0]?.id as string)).toBe(false);
		expect(store.datasets).toHaveLength(2);
		expect(store.storageError).toBe('data.storage.failed');
	});

	it('does not add the same file twice', async () => {
		const { store } = makeStore(new MemoryDb());
		await store.restore();
		const [first] = await store.importFiles([file(GOOD, 'a.csv')]);
		const [second] = await store.importFiles([file(GOOD, 'copy.csv')]);
		expect(second?.status).toBe('duplicate');
		expect(second?.datasetId).toBe(first?.datasetId);
		expect(store.datasets).toHaveLength(2);
	});

	it('two tabs uploading the same file at once store it once; the second says under which name', async () => {
		const db = new MemoryDb();
		const hub = new ChannelHub();
		const a = makeStore(db, { openChannel: () => hub.open() }).store;
		const b = makeStore(db, { openChannel: () => hub.open() }).store;
		await Promise.all([a.restore(), b.restore()]);
		const [[ta], [tb]] = await Promise.all([
			a.importFiles([file(GOOD, 'kgz-in-tab-a.csv')]),
			b.importFiles([file(GOOD, 'kgz-in-tab-b.csv')])
		]);
		const statuses = [ta?.status, tb?.status].sort();
		expect(statuses).toEqual(['added', 'duplicate']);
		expect(db.records.size).toBe(1);
		const [winner, loser, loserTab] = ta?.status === 'added' ? [ta, tb, b] : [tb, ta, a];
		const stored = [...db.records.values()][0]?.meta;
		expect(loser?.datasetId).toBe(winner?.datasetId);
		// The name: from the failed write when both wrote at once, else from the losing tab's list
		// (the winner's announcement arrived first and the twin was found there).
		const listed = loserTab.datasets.find((d) => d.id === loser?.datasetId);
		expect(loser?.duplicateName ?? listed?.name).toBe(stored?.name);
		// Both tabs list the one stored dataset, saved.
		for (const store of [a, b]) {
			await vi.waitFor(() => expect(store.datasets).toHaveLength(2));
			expect(store.datasets[0]).toMatchObject({ id: stored?.id, saved: true });
		}
	});

	it('re-imports with an override by replacing the dataset it created', async () => {
		const { store } = makeStore(new MemoryDb());
		await store.restore();
		const [task] = await store.importFiles([file(GOOD)]);
		const again = await store.reimport(task?.key as number, { override: { delimiter: ',' } });
		expect(again.status).toBe('replaced');
		expect(again.datasetId).toBe(task?.datasetId);
		expect(store.datasets).toHaveLength(2);
		expect(store.datasets[0]?.version).toBe(2);
	});

	it('tells the other tabs, which reload the list', async () => {
		const db = new MemoryDb();
		const hub = new ChannelHub();
		const a = makeStore(db, { openChannel: () => hub.open() }).store;
		const b = makeStore(db, { openChannel: () => hub.open() }).store;
		await Promise.all([a.restore(), b.restore()]);
		await a.importFiles([file(GOOD)]);
		await vi.waitFor(() => expect(b.datasets).toHaveLength(2));
		const id = a.datasets[0]?.id as string;
		const table = b.datasets[0]?.table;
		await a.setActive(id, false);
		await vi.waitFor(() => expect(b.datasets[0]?.active).toBe(false));
		expect(b.datasets[0]?.table).toBe(table);
		await a.remove(id);
		await vi.waitFor(() => expect(b.datasets).toHaveLength(1));
	});
});

describe('a database deleted or upgraded by another tab', () => {
	it('stops listing datasets as saved, keeps later changes in memory, and saves them again', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD, 'kgz.csv')]);
		const id = store.datasets[0]?.id as string;
		expect(store.datasets[0]?.saved).toBe(true);

		db.lose('deleted');
		expect(store.storageLost).toBe('deleted');
		expect(store.datasets.filter((d) => !d.bundled).map((d) => d.saved)).toEqual([false]);
		// The table is still there, and changes made meanwhile are kept in the page.
		expect(values(store, id)).toEqual([1000, 2000]);
		const [task] = await store.importFiles([file(OTHER, 'uzb.csv')]);
		expect(task?.status).toBe('added');
		await store.setActive('bundled', false);
		expect(store.storageError).toBeNull();
		expect(db.records.size).toBe(0);
		expect(store.datasets.filter((d) => !d.bundled).every((d) => !d.saved)).toBe(true);

		expect(await store.saveAgain()).toBe(true);
		expect(store.storageLost).toBeNull();
		expect(db.records.size).toBe(2);
		expect(store.datasets.filter((d) => !d.bundled).every((d) => d.saved)).toBe(true);

		// A reload finds everything, in the same order, the bundled data still hidden.
		const again = makeStore(db).store;
		await again.restore();
		expect(again.datasets.map((d) => [d.id, d.active])).toEqual(
			store.datasets.map((d) => [d.id, d.active])
		);
		expect(values(again, id)).toEqual([1000, 2000]);
	});

	it('keeps the notice when saving again fails, to try again', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		db.lose('upgraded');
		expect(store.storageLost).toBe('upgraded');
		db.failNext = 'quota';
		expect(await store.saveAgain()).toBe(false);
		expect(store.storageLost).toBe('upgraded');
		expect(store.storageError).toBe('data.storage.quota');
		expect(store.datasets.find((d) => !d.bundled)?.saved).toBe(false);
		expect(await store.saveAgain()).toBe(true);
		expect(store.storageLost).toBeNull();
		expect(store.datasets.find((d) => !d.bundled)?.saved).toBe(true);
	});
});

/** A restored store on `db` and a dashboard reading it. */
async function withDashboard(db: DatasetsDb = new MemoryDb()) {
	const { store } = makeStore(db);
	await store.restore();
	return { store, dash: new DashboardState(store) };
}

describe('events tables', () => {
	const titles = (events: readonly { title_en: string }[]) => events.map((e) => e.title_en);

	it('the bundled dataset carries the bundled events, which the dashboard shows by default', async () => {
		const { store, dash } = await withDashboard();
		expect(store.datasets[0]?.events.length).toBeGreaterThan(0);
		expect(dash.events).toBe(store.datasets[0]?.events);
		expect(dash.prepared.data.events).toBe(dash.events);
	});

	it('an uploaded events table replaces the bundled events; hiding or removing it restores them', async () => {
		const { store, dash } = await withDashboard();
		const bundled = dash.events;

		const [task] = await store.importFiles([file(EVENTS, 'events.csv')]);
		expect(task?.status).toBe('added');
		const id = task?.datasetId as string;
		const entry = store.datasets.find((d) => d.id === id);
		expect(entry).toMatchObject({ rowCount: 0, summary: { accepted: 2 } });
		expect(titles(dash.events)).toEqual(['Uploaded visit', 'Uploaded forum']);
		// The time charts and the events view read them from the prepared data.
		expect(titles(dash.prepared.data.events)).toEqual(['Uploaded visit', 'Uploaded forum']);

		// A trade file added later has no events: the uploaded table stays.
		await store.importFiles([file(GOOD)]);
		expect(titles(dash.events)).toEqual(['Uploaded visit', 'Uploaded forum']);

		await store.setActive(id, false);
		expect(dash.events).toBe(bundled);
		await store.setActive(id, true);
		expect(titles(dash.events)).toEqual(['Uploaded visit', 'Uploaded forum']);

		// A new version of the table replaces the old one in place.
		expect((await store.replace(id, file(EVENTS_V2, 'events-v2.csv'))).status).toBe('replaced');
		expect(titles(dash.events)).toEqual(['Revised summit']);

		expect(await store.remove(id)).toBe(true);
		expect(dash.events).toBe(bundled);
	});

	it('keeps the events on this device: a reload shows the uploaded table again', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(EVENTS, 'events.csv')]);

		const { store: again, dash } = await withDashboard(db);
		expect(again.datasets.map((d) => d.name)).toEqual(['events', 'bundled']);
		expect(titles(dash.events)).toEqual(['Uploaded visit', 'Uploaded forum']);
		expect(dash.events).toEqual(store.datasets[0]?.events);
	});

	it('loads a dataset saved before events could be uploaded, with no events', async () => {
		const db = new MemoryDb();
		const { store } = makeStore(db);
		await store.restore();
		await store.importFiles([file(GOOD)]);
		// What an older release wrote: rows and investment, no `events`.
		for (const [key, data] of db.versions) {
			const { events: _dropped, ...old } = data;
			db.versions.set(key, old as DatasetData);
		}

		const { store: again, dash } = await withDashboard(db);
		expect(again.datasets).toHaveLength(2);
		expect(again.datasets[0]?.events).toEqual([]);
		expect(values(again, again.datasets[0]?.id as string)).toEqual([1000, 2000]);
		expect(dash.events).toBe(again.datasets[1]?.events);
	});
});

const ids = (store: DatasetStore) => store.datasets.map((d) => d.id);
/** Two uploads, `a` then `b`: the list reads b, a, bundled. */
async function twoUploads(db: MemoryDb | null = new MemoryDb(), extra: Partial<StoreDeps> = {}) {
	const { store } = makeStore(db, extra);
	await store.restore();
	const [a] = await store.importFiles([file(GOOD, 'a.csv')]);
	const [b] = await store.importFiles([file(OTHER, 'b.csv')]);
	return { store, a: a?.datasetId as string, b: b?.datasetId as string };
}

describe('the order of precedence', () => {
	it('puts a new upload on top, above the bundled data', async () => {
		const { store, a, b } = await twoUploads();
		expect(ids(store)).toEqual([b, a, 'bundled']);
		expect(store.priority).toEqual([b, a, 'bundled']);
		// `active` is the same order read from the bottom (the last wins there).
		expect(store.active.map((d) => d.id)).toEqual(['bundled', a, b]);
	});

	it('priority lists only the active datasets, most authoritative first', async () => {
		const { store, a, b } = await twoUploads();
		await store.setActive(a, false);
		expect(store.priority).toEqual([b, 'bundled']);
		await store.setActive('bundled', false);
		expect(store.priority).toEqual([b]);
		// Hidden datasets keep their place in the list.
		expect(ids(store)).toEqual([b, a, 'bundled']);
	});

	it('moves a dataset up and down, the bundled one too; stops at the ends', async () => {
		const { store, a, b } = await twoUploads();
		expect(await store.move(b, 'up')).toBe(false);
		expect(await store.move('bundled', 'down')).toBe(false);
		expect(await store.move('nope', 'up')).toBe(false);
		expect(await store.move(b, 'down')).toBe(true);
		expect(ids(store)).toEqual([a, b, 'bundled']);
		expect(await store.move('bundled', 'up')).toBe(true);
		expect(ids(store)).toEqual([a, 'bundled', b]);
		expect(store.priority).toEqual([a, 'bundled', b]);
		expect(await store.move(a, 'down')).toBe(true);
		expect(store.priority).toEqual(['bundled', a, b]);
	});

	it('a replacement keeps its place; the next upload still goes on top', async () => {
		const { store, a, b } = await twoUploads();
		await store.move(b, 'down');
		expect((await store.replace(b, file(NEWER, 'b-v2.csv'))).status).toBe('replaced');
		expect(ids(store)).toEqual([a, b, 'bundled']);
		const [c] = await store.importFiles([file(EVENTS, 'c.csv')]);
		expect(ids(store)).toEqual([c?.datasetId, a, b, 'bundled']);
	});
});

describe('the order of precedence, stored and shared', () => {
	it('keeps the order on this device (the bundled place too)', async () => {
		const db = new MemoryDb();
		const { store, a, b } = await twoUploads(db);
		await store.move('bundled', 'up');
		await store.move('bundled', 'up');
		expect(ids(store)).toEqual(['bundled', b, a]);
		const again = makeStore(db).store;
		await again.restore();
		expect(ids(again)).toEqual(['bundled', b, a]);
		expect(again.priority).toEqual(['bundled', b, a]);
	});

	it('loads records saved before the order could be changed: the latest upload wins', async () => {
		const db = new MemoryDb();
		await twoUploads(db);
		// What an older release wrote: creation order (0, 1, …), no place for the bundled data,
		// and in a damaged record no order at all.
		expect(db.numbers.size).toBe(0);
		const [first, second] = [...db.records.values()];
		if (!first || !second) throw new Error('two records expected');
		first.meta = { ...first.meta, order: 0 };
		second.meta = { ...second.meta, order: 1 };
		const again = makeStore(db).store;
		await again.restore();
		expect(ids(again)).toEqual([second.meta.id, first.meta.id, 'bundled']);
		const { order: _gone, ...noOrder } = second.meta;
		second.meta = noOrder as DatasetMeta;
		const third = makeStore(db).store;
		await third.restore();
		expect(third.datasets).toHaveLength(3);
		expect(third.datasets.at(-1)?.id).toBe('bundled');
	});

	it('a failed write puts the stored order back and says why', async () => {
		const db = new MemoryDb();
		const { store, a, b } = await twoUploads(db);
		db.failNext = 'crash';
		expect(await store.move(b, 'down')).toBe(false);
		expect(ids(store)).toEqual([b, a, 'bundled']);
		expect(store.storageError).toBe('data.storage.failed');
	});

	it('moves in memory without IndexedDB, or with a database that cannot store the order', async () => {
		const memory = await twoUploads(null);
		expect(await memory.store.move('bundled', 'up')).toBe(true);
		expect(ids(memory.store)).toEqual([memory.b, 'bundled', memory.a]);

		const old = new MemoryDb();
		Object.assign(old, { getNumber: undefined, setOrder: undefined });
		const { store, a, b } = await twoUploads(old);
		expect(await store.move(a, 'up')).toBe(true);
		expect(ids(store)).toEqual([a, b, 'bundled']);
	});

	it('another tab sees a move', async () => {
		const db = new MemoryDb();
		const hub = new ChannelHub();
		const { store: one, a, b } = await twoUploads(db, { openChannel: () => hub.open() });
		const two = makeStore(db, { openChannel: () => hub.open() }).store;
		await two.restore();
		expect(ids(two)).toEqual([b, a, 'bundled']);
		const table = two.datasets[0]?.table;
		await one.move('bundled', 'up');
		await vi.waitFor(() => expect(ids(two)).toEqual([b, 'bundled', a]));
		expect(two.datasets[0]?.table).toBe(table);
	});

	it('the dashboard takes a shared figure from the dataset higher in the list', async () => {
		const { store, dash } = await withDashboard();
		const [old] = await store.importFiles([file(GOOD, 'old.csv')]);
		const [newer] = await store.importFiles([file(NEWER, 'newer.csv')]);
		const jan = () =>
			dash.prepared.data.cube.filter(
				(c) => c.partner === 'KGZ' && c.period === '2025-01' && c.flow === 'export'
			);
		expect(jan().map((c) => [c.dataset, c.value])).toEqual([[newer?.datasetId, 1500]]);
		await store.move(old?.datasetId as string, 'up');
		expect(jan().map((c) => [c.dataset, c.value])).toEqual([[old?.datasetId, 1000]]);
	});

	it('events come from the highest shown dataset that has events', async () => {
		const { store, dash } = await withDashboard();
		const bundled = dash.events;
		const [up] = await store.importFiles([file(EVENTS, 'events.csv')]);
		expect(dash.events.map((e) => e.title_en)).toEqual(['Uploaded visit', 'Uploaded forum']);
		await store.move(up?.datasetId as string, 'down');
		expect(dash.events).toBe(bundled);
	});
});

describe('nameFromFile', () => {
	it.each([
		['kgz.csv', 'kgz'],
		['C:\\data\\a.b.csv', 'a.b'],
		['.hidden', '.hidden'],
		['noext', 'noext']
	])('%s → %s', (input, expected) => {
		expect(nameFromFile(input)).toBe(expected);
	});
});
