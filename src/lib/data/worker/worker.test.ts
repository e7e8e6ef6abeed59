import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rowObjects, unpackResult } from '../import/columns';
import { packedFromArrowIPC } from '../../storage/arrow';
import { importFile, MAX_BYTES } from '../import/pipeline';
import { FakeWorker } from '../../testing/fake-worker';
import { runImport, type WorkerLike } from './client';
import { WorkerPool } from './pool';
import { handleImportRequest, workbookKind } from './handler';
import type { ImportMessage } from './protocol';

const CSV =
	'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag\n2023,KAZ,export,ITA,TOTAL,,5,EUR,s,,\n';

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
		// As the importer gives them in this thread: nothing lost on the way back.
		const direct = importFile(new TextEncoder().encode(csv), 'events.csv');
		expect(result.events).toEqual(direct.events);
		expect(result.events[0]).toMatchObject({ date: '2024-04', countries: ['ITA', 'KAZ'] });
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

describe('workbooks through the worker', () => {
	/** A synthetic workbook: a cover sheet and a template sheet with one illustrative row. */
	async function book(bookType: 'xlsx' | 'biff8' | 'ods'): Promise<Uint8Array> {
		const XLSX = await import('@e965/xlsx');
		const wb = XLSX.utils.book_new();
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet([['Synthetic cover']]), 'Cover');
		const rows = CSV.trim()
			.split('\n')
			.map((l) => l.split(',').map((f) => (/^\d+$/.test(f) ? Number(f) : f)));
		XLSX.utils.book_append_sheet(wb, XLSX.utils.aoa_to_sheet(rows), 'Data');
		return new Uint8Array(XLSX.write(wb, { type: 'array', bookType }));
	}

	it.each(['xlsx', 'biff8', 'ods'] as const)(
		'a %s workbook is read from its data sheet, as the same CSV',
		async (bookType) => {
			const bytes = await book(bookType);
			const file = new File([bytes as BlobPart], 'trade.xlsx');
			const fractions: number[] = [];
			const result = await runImport(file, {
				createWorker: () => new FakeWorker(),
				onProgress: (f) => fractions.push(f)
			}).promise;
			const csv = await runImport(new File([CSV], 'trade.csv'), {
				createWorker: () => new FakeWorker()
			}).promise;
			expect(result.ok).toBe(true);
			expect([...result.rows]).toEqual([...csv.rows].map((r) => ({ ...r, dataset: 'trade.xlsx' })));
			expect((result as unknown as { workbook: { sheet: string } }).workbook.sheet).toBe('Data');
			expect(fractions.at(-1)).toBe(1);
		}
	);

	it('the hash covers the sheet read: the same workbook twice hashes alike, its sheets differ', async () => {
		const bytes = await book('xlsx');
		const hashOf = async (sheet?: string) => {
			const messages: ImportMessage[] = [];
			await handleImportRequest(
				{ bytes: bytes.slice().buffer as ArrayBuffer, fileName: 'b.xlsx', workbook: { sheet } },
				(m) => messages.push(m)
			);
			const done = messages.at(-1);
			return done?.type === 'done' ? done.result.sha256 : undefined;
		};
		const first = await hashOf();
		expect(first).toMatch(/^[0-9a-f]{64}$/);
		expect(await hashOf()).toBe(first);
		expect(await hashOf('Data')).toBe(first);
		expect(await hashOf('Cover')).not.toBe(first);
	});

	it('a damaged workbook is a fatal result, not a worker failure', async () => {
		const bytes = (await book('xlsx')).slice(0, 2000);
		const result = await runImport(new File([bytes as BlobPart], 'broken.xlsx'), {
			createWorker: () => new FakeWorker()
		}).promise;
		expect(result.ok).toBe(false);
		expect(result.fatal).toMatchObject({
			code: 'binary-file',
			params: { kind: 'workbook-corrupt' }
		});
	});
});

describe('workbookKind', () => {
	const ascii = (text: string) => new TextEncoder().encode(text);
	it('takes the sniffed kinds, an .xlsx named only at the end of its ZIP, and HTML or XML saved as .xls', () => {
		const zip = new Uint8Array(70_000);
		zip.set([0x50, 0x4b, 0x03, 0x04]);
		zip.set(ascii('xl/workbook.xml'), 69_000);
		expect(workbookKind(zip, 'a.zip')).toBe('xlsx');
		expect(workbookKind(zip.slice(0, 60_000), 'a.zip')).toBeNull();
		expect(
			workbookKind(ascii('\uFEFF <html><table><tr><td>1</td></tr></table>'), 'coeweb.xls')
		).toBe('xls');
		expect(
			workbookKind(
				ascii(
					'<?xml version="1.0"?><Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet">'
				),
				'x.xls'
			)
		).toBe('xls');
		// The same markup named .csv, or a CSV named .xls, stays text.
		expect(workbookKind(ascii('<html><table></table>'), 'a.csv')).toBeNull();
		expect(workbookKind(ascii('period,partner\n2023,KAZ\n'), 'a.xls')).toBeNull();
	});

	it('an HTML table saved as .xls is imported with its numbers read by the importer, not the library', async () => {
		const html = `<html><head><meta charset="utf-8"></head><body><table>
<tr><td colspan="8">Esportazioni (sintetico)</td></tr>
<tr><th>period</th><th>partner</th><th>flow</th><th>reporter</th><th>sector</th><th>value</th><th>currency</th><th>source</th></tr>
<tr><td>2023</td><td>Kazakistan</td><td>export</td><td>ITA</td><td>TOTAL</td><td>1.234,5</td><td>EUR</td><td>Synthetic</td></tr>
<tr><td>2022</td><td>Kazakistan</td><td>export</td><td>ITA</td><td>TOTAL</td><td>2.000,25</td><td>EUR</td><td>Synthetic</td></tr>
</table></body></html>`;
		const result = await runImport(new File([html], 'coeweb.xls'), {
			createWorker: () => new FakeWorker()
		}).promise;
		expect(result.ok).toBe(true);
		expect(result.dialect.decimal).toBe(',');
		expect([...result.rows].map((r) => [r.period, r.partner, r.value])).toEqual([
			['2023', 'KAZ', 1234.5],
			['2022', 'KAZ', 2000.25]
		]);
	});
});

describe('the import worker kept between imports', () => {
	it('runs the next import on the worker of the last one, with the same result', async () => {
		const made: FakeWorker[] = [];
		const pool = new WorkerPool(() => {
			made.push(new FakeWorker());
			return made.at(-1) as FakeWorker;
		});
		const first = await runImport(new File([CSV], 'a.csv'), { pool }).promise;
		const second = await runImport(new File([CSV], 'a.csv'), { pool }).promise;
		expect(made).toHaveLength(1);
		expect(made[0]?.posted).toHaveLength(2);
		expect(made[0]?.terminated).toBe(false);
		expect([...second.rows]).toEqual([...first.rows]);
	});

	it('never reuses a cancelled worker, and ends the idle one after a while', async () => {
		const made: FakeWorker[] = [];
		const pool = new WorkerPool(() => {
			made.push(new FakeWorker(20));
			return made.at(-1) as FakeWorker;
		}, 30);
		const job = runImport(new File([CSV], 'a.csv'), { pool });
		job.cancel();
		await expect(job.promise).rejects.toMatchObject({ name: 'AbortError' });
		expect(made[0]?.terminated).toBe(true);
		await runImport(new File([CSV], 'a.csv'), { pool }).promise;
		expect(made).toHaveLength(2);
		expect(made[1]?.terminated).toBe(false);
		await new Promise((r) => setTimeout(r, 60));
		expect(made[1]?.terminated).toBe(true);
	});

	it('gives two imports at once two workers, and keeps one of them', async () => {
		const made: FakeWorker[] = [];
		const pool = new WorkerPool(() => {
			made.push(new FakeWorker());
			return made.at(-1) as FakeWorker;
		});
		await Promise.all([
			runImport(new File([CSV], 'a.csv'), { pool }).promise,
			runImport(new File([CSV], 'b.csv'), { pool }).promise
		]);
		expect(made).toHaveLength(2);
		expect(made.filter((w) => w.terminated)).toHaveLength(1);
	});
});

describe('the rows as Arrow IPC, built in the worker', () => {
	it('comes back when asked, and reads back to the same rows', async () => {
		const result = await runImport(new File([CSV], 'a.csv'), {
			createWorker: () => new FakeWorker(),
			arrow: true
		}).promise;
		expect(result.arrow).toBeInstanceOf(Blob);
		const stored = packedFromArrowIPC(new Uint8Array(await (result.arrow as Blob).arrayBuffer()));
		expect(rowObjects(stored)).toEqual([...result.rows]);
	});

	it('is not built unless asked', async () => {
		const result = await runImport(new File([CSV], 'a.csv'), {
			createWorker: () => new FakeWorker()
		}).promise;
		expect(result.arrow).toBeUndefined();
	});
});
