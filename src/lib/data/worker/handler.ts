/**
 * The worker's work, kept apart from the worker global so that it can be tested in Node.
 *
 * Text files go to `importFile`. Workbooks (.xlsx, .xls, .ods, recognised by their bytes) go to
 * `importWorkbook`, with SheetJS loaded here when a workbook arrives (a dynamic import: the library
 * is a chunk of its own that neither the pages nor a CSV import ever load).
 */
import { sha256Hex } from '../hash';
import { packResult, transferables, type PackedRows } from '../import/columns';
import { sniffBinary } from '../import/decode';
import { importWorkbook, type WorkbookKind } from '../import/excel';
import { importFile } from '../import/pipeline';
import type { ImportResult } from '../import/types';
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

/** Bytes as text for an ASCII search (every byte one character). */
const latin1 = (bytes: Uint8Array) => new TextDecoder('windows-1252').decode(bytes);

/**
 * The workbook kind of the bytes, from decode.ts's magic-number sniff; null for other files.
 * Two more cases the sniff leaves out:
 * - a ZIP whose entry names (listed at its end) hold `xl/workbook`: an .xlsx whose first entries
 *   are large (the sniff looks at the first 64 KB);
 * - a text file named .xls or .xlsx that is an HTML table or an Excel 2003 XML workbook, as some
 *   statistics sites export: read as a workbook, not as a CSV.
 */
export function workbookKind(bytes: Uint8Array, fileName = ''): WorkbookKind | null {
	const kind = sniffBinary(bytes);
	if (kind === 'xlsx' || kind === 'xls' || kind === 'ods') return kind;
	if (kind === 'zip') {
		const tail = latin1(bytes.subarray(Math.max(0, bytes.length - 65536)));
		return tail.includes('xl/workbook.') ? 'xlsx' : null;
	}
	if (kind === null && /\.xlsx?$/i.test(fileName)) {
		const head = latin1(bytes.subarray(0, 65536)).replace(/^(\u00EF\u00BB\u00BF)?\s*/, '');
		const markup =
			head.startsWith('<') &&
			(/<table[\s>]/i.test(head) || head.includes('urn:schemas-microsoft-com:office:spreadsheet'));
		return markup ? 'xls' : null;
	}
	return null;
}

/**
 * A workbook's hash covers the sheet read too: two sheets of one file are two datasets, and the
 * same sheet loaded twice is recognised.
 */
async function workbookDigest(bytes: ArrayBuffer, sheet: string | null): Promise<string | null> {
	const suffix = new TextEncoder().encode(`\u0000sheet:${sheet ?? ''}`);
	const all = new Uint8Array(bytes.byteLength + suffix.length);
	all.set(new Uint8Array(bytes));
	all.set(suffix, bytes.byteLength);
	return sha256Hex(all).catch(() => null);
}

/**
 * The rows' Arrow IPC stream, built here before the columns are transferred (a Blob holds a copy
 * of the bytes): the main thread then only stores it. The Arrow code loads only when asked.
 */
async function arrowOf(rows: PackedRows): Promise<Blob> {
	const { packedToArrowBlob } = await import('../../storage/arrow');
	return packedToArrowBlob(rows);
}

async function run(request: ImportRequest, bytes: ArrayBuffer, post: Post): Promise<void> {
	try {
		const view = new Uint8Array(bytes);
		const options = {
			override: request.override,
			dataset: request.dataset,
			tableFlow: request.tableFlow,
			onProgress: (fraction: number) => post({ type: 'progress', fraction })
		};
		const kind = workbookKind(view, request.fileName);
		let result: ImportResult;
		if (kind) {
			const xlsx = await import('@e965/xlsx');
			const book = importWorkbook(xlsx, view, request.fileName, kind, {
				...options,
				...request.workbook
			});
			book.sha256 = await workbookDigest(bytes, book.workbook.sheet);
			result = book;
		} else {
			// Web Crypto copies the bytes when called and hashes them off this thread, while the
			// import runs: the main thread never reads the file to recognise a duplicate.
			const digest = sha256Hex(bytes).catch(() => null);
			result = importFile(view, request.fileName, options);
			result.sha256 = await digest;
		}
		const packed = packResult(result);
		if (request.arrow && packed.rows.length > 0) packed.arrow = await arrowOf(packed.rows);
		post({ type: 'done', result: packed }, transferables(packed.rows));
	} catch (err) {
		failure(post)(err);
	}
}
