/**
 * Web Worker entry: receives an ImportRequest, posts progress messages and then the result, with
 * the rows as columns (typed arrays transferred). See client.ts.
 */
import { handleImportRequest } from './handler';
import type { ImportMessage, ImportRequest } from './protocol';

interface WorkerScope {
	onmessage: ((event: MessageEvent<ImportRequest>) => void) | null;
	postMessage(message: ImportMessage, transfer?: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;

scope.onmessage = (event) => {
	handleImportRequest(event.data, (message, transfer) =>
		scope.postMessage(message, transfer ?? [])
	);
};
