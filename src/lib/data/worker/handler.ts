/**
 * The worker's work, kept apart from the worker global so that it can be tested in Node.
 */
import { sha256Hex } from '../hash';
import { packResult, transferables } from '../import/columns';
import { importFile } from '../import/pipeline';
import type { ImportMessage, ImportRequest } from './protocol';

type Post = (message: ImportMessage, transfer?: Transferable[]) => void;

const failure = (post: Post) => (err: unknown) =>
	post({ type: 'error', message: err instanceof Error ? err.message : String(err) });

export function handleImportRequest(request: ImportRequest, post: Post): void | Promise<void> {
	const fail = failure(post);
	if (!request.bytes) {
		if (!request.file) return fail(new Error('No file to import'));
		// Read here, in the worker: the main thread never holds or copies the bytes.
		return request.file.arrayBuffer().then((bytes) => run(request, bytes, post), fail);
	}
	return run(request, request.bytes, post);
}

async function run(request: ImportRequest, bytes: ArrayBuffer, post: Post): Promise<void> {
	try {
		// Web Crypto copies the bytes when called and hashes them off this thread, while the
		// import runs: the main thread never reads the file to recognise a duplicate.
		const digest = sha256Hex(bytes).catch(() => null);
		const result = importFile(new Uint8Array(bytes), request.fileName, {
			override: request.override,
			dataset: request.dataset,
			tableFlow: request.tableFlow,
			onProgress: (fraction) => post({ type: 'progress', fraction })
		});
		result.sha256 = await digest;
		const packed = packResult(result);
		post({ type: 'done', result: packed }, transferables(packed.rows));
	} catch (err) {
		failure(post)(err);
	}
}
