/** Test support, imported only by tests: a Worker stand-in for `runImport`. */
import type { WorkerLike } from '../data/worker/client';
import { handleImportRequest } from '../data/worker/handler';
import type { ImportMessage, ImportRequest } from '../data/worker/protocol';

/**
 * Runs the real worker handler asynchronously, as the worker would, `delay` ms after each request
 * (a longer delay leaves time to cancel). `posted` keeps the requests; after `terminate()` no
 * message is delivered.
 */
export class FakeWorker implements WorkerLike {
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
