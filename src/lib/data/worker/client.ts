/**
 * Main-thread side of the import: reads the File, hands its bytes to a worker (transferred),
 * relays progress, and resolves with the ImportResult. `cancel()` terminates the worker and
 * rejects the promise with an AbortError. A worker that finished cleanly is kept for the next
 * import (./pool.ts): the importer is then already compiled and optimised there.
 *
 * The rows come back as columns (typed arrays, transferred, not copied); the result's `rows` is
 * a lazy view of them (`unpackRows`), so nothing on the main thread walks the rows: `toTable` and
 * `packRows` take the columns as they are, and `rows.length` costs nothing.
 */
import type { Flow } from '../schema';
import { unpackResult } from '../import/columns';
// From the small stage module, not ../import/pipeline: that would put the whole importer on the first page.
import { fileTooLarge, MAX_BYTES } from '../import/stages/result';
import type { SheetChoice } from '../import/excel';
import type { DialectOverride, ImportResult } from '../import/types';
import { WorkerPool } from './pool';
import type { ImportMessage, ImportRequest } from './protocol';

/** The part of the Worker API used here (tests pass a fake). */
export interface WorkerLike {
	onmessage: ((event: MessageEvent<ImportMessage>) => void) | null;
	onerror: ((event: ErrorEvent) => void) | null;
	postMessage(message: ImportRequest, transfer: Transferable[]): void;
	terminate(): void;
}

export interface RunImportOptions {
	override?: DialectOverride;
	dataset?: string;
	tableFlow?: Flow;
	/** Which sheet of a workbook to read (else the worker chooses). */
	workbook?: SheetChoice;
	/** Also build the rows' Arrow IPC stream in the worker (`ImportResult.arrow`), for saving. */
	arrow?: boolean;
	onProgress?: (fraction: number) => void;
	/** For tests only: creates the worker (ended after its import, never kept). */
	createWorker?: () => WorkerLike;
	/** For tests only: where the worker comes from and goes back to (default: one shared pool). */
	pool?: WorkerPool;
}

export interface ImportJob {
	promise: Promise<ImportResult>;
	cancel(): void;
}

function defaultWorker(): WorkerLike {
	return new Worker(new URL('./import.worker.ts', import.meta.url), {
		type: 'module'
	}) as unknown as WorkerLike;
}

const sharedPool = new WorkerPool(defaultWorker);

export function runImport(file: File, opts: RunImportOptions = {}): ImportJob {
	let worker: WorkerLike | null = null;
	let settled = false;
	let rejectPromise: (reason: unknown) => void = () => {};
	const pool = opts.createWorker ? null : (opts.pool ?? sharedPool);

	/** Ends the job; a worker that finished cleanly goes back to the pool, any other is ended. */
	const finish = (clean = false) => {
		settled = true;
		if (worker && clean && pool) pool.release(worker);
		else worker?.terminate();
		worker = null;
	};

	const promise = new Promise<ImportResult>((resolve, reject) => {
		rejectPromise = reject;
		if (file.size > MAX_BYTES) {
			settled = true;
			resolve(fileTooLarge(file.size));
			return;
		}
		const w = pool ? pool.take() : (opts.createWorker as () => WorkerLike)();
		worker = w;
		w.onmessage = (event) => {
			if (settled) return;
			const message = event.data;
			if (message.type === 'progress') opts.onProgress?.(message.fraction);
			else if (message.type === 'done') {
				finish(true);
				resolve(unpackResult(message.result));
			} else {
				finish();
				reject(new Error(message.message));
			}
		};
		w.onerror = (event) => {
			if (settled) return;
			finish();
			reject(new Error(event.message || 'The import worker failed'));
		};
		// The File goes to the worker as is (a handle, not its bytes): the worker reads it.
		const request: ImportRequest = {
			file,
			fileName: file.name,
			override: opts.override,
			dataset: opts.dataset,
			tableFlow: opts.tableFlow,
			workbook: opts.workbook,
			arrow: opts.arrow
		};
		w.postMessage(request, []);
	});

	return {
		promise,
		cancel() {
			if (settled) return;
			finish();
			rejectPromise(new DOMException('Import cancelled', 'AbortError'));
		}
	};
}
