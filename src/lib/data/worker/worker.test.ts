import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { unpackResult } from '../import/columns';
import { MAX_BYTES } from '../import/pipeline';
import { runImport, type WorkerLike } from './client';
import { handleImportRequest } from './handler';
import type { ImportMessage, ImportRequest } from './protocol';

const CSV =
	'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag\n2023,KAZ,export,ITA,TOTAL,,5,EUR,s,,\n';

/** A Worker stand-in running the real handler asynchronously, as the worker would. */
class FakeWorker implements WorkerLike {
	onmessage: ((event: MessageEvent<ImportMessage>) => void) | null = null;
	onerror: ((event: ErrorEvent) => void) | null = null;
	terminated = false;
	posted: ImportRequest[] = [];
	constructor(private readonly delay = 0) {}
	postMessage(message: ImportRequest): void {
		this.posted.push(message);
		setTimeout(() => {
			handleImportRequest(message, (m) => {
				if (!this.terminated)
					this.onmessage?.({ data: structuredClone(m) } as MessageEvent<ImportMessage>);
			});
		}, this.delay);
	}
	terminate(): void {
		this.terminated = true;
	}
}

describe('handleImportRequest', () => {
	it('posts progress and then the packed result, with the hash of the file', async () => {
		const messages: ImportMessage[] = [];
		const bytes = new TextEncoder().encode(CSV).buffer as ArrayBuffer;
		await handleImportRequest({ bytes, fileName: 'a.csv', dataset: 'mine' }, (m) =>
			messages.push(m)
		);
		const done = messages.at(-1);
		expect(done?.type).toBe('done');
		expect(messages.some((m) => m.type === 'progress')).toBe(true);
		if (done?.type !== 'done') return;
		const result = unpackResult(done.result);
		expect(result.rows).toEqual([
			expect.objectContaining({ partner: 'KAZ', value: 5, dataset: 'mine' })
		]);
		// What `sha256sum` prints for the same bytes: a file loaded twice is recognised by it.
		expect(result.sha256).toBe(createHash('sha256').update(CSV).digest('hex'));
	});
});

describe('events through the worker', () => {
	it('an events table comes back with its events, and no rows', async () => {
		const csv =
			'date,precision,countries,type,title_en,title_it,source\n2024-04,month,ITA|KAZ,visit,Visit,Visita,Illustrative\n';
		const result = await runImport(new File([csv], 'events.csv'), {
			createWorker: () => new FakeWorker()
		}).promise;
		expect(result.ok).toBe(true);
		expect(result.rows).toHaveLength(0);
		expect(result.events).toEqual([
			{
				date: '2024-04',
				precision: 'month',
				countries: ['ITA', 'KAZ'],
				type: 'visit',
				title_en: 'Visit',
				title_it: 'Visita',
				source: 'Illustrative'
			}
		]);
	});
});

describe('runImport', () => {
	it('resolves with the result and relays progress', async () => {
		const fractions: number[] = [];
		const fake = new FakeWorker();
		const job = runImport(new File([CSV], 'a.csv'), {
			createWorker: () => fake,
			onProgress: (f) => fractions.push(f)
		});
		const result = await job.promise;
		expect(result.ok).toBe(true);
		expect(result.rows[0]).toMatchObject({ partner: 'KAZ', dataset: 'a.csv' });
		expect(fractions.at(-1)).toBe(1);
		expect(fake.terminated).toBe(true);
		expect(fake.posted[0]?.fileName).toBe('a.csv');
	});

	it('cancels with an AbortError and terminates the worker', async () => {
		const fake = new FakeWorker(50);
		const job = runImport(new File([CSV], 'a.csv'), { createWorker: () => fake });
		await new Promise((r) => setTimeout(r, 5));
		job.cancel();
		await expect(job.promise).rejects.toMatchObject({ name: 'AbortError' });
		expect(fake.terminated).toBe(true);
	});

	it('refuses a file over the size limit without reading it', async () => {
		const big = {
			size: MAX_BYTES + 1,
			name: 'huge.csv',
			arrayBuffer: () => Promise.reject(new Error('read'))
		} as unknown as File;
		const result = await runImport(big, { createWorker: () => new FakeWorker() }).promise;
		expect(result.fatal?.code).toBe('file-too-large');
	});

	it('rejects when the worker fails', async () => {
		const broken: WorkerLike = {
			onmessage: null,
			onerror: null,
			postMessage() {
				setTimeout(() => broken.onerror?.({ message: 'boom' } as ErrorEvent), 0);
			},
			terminate() {}
		};
		await expect(
			runImport(new File([CSV], 'a.csv'), { createWorker: () => broken }).promise
		).rejects.toThrow('boom');
	});
});
