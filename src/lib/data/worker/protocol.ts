/**
 * Messages between the main thread (client.ts) and the import worker (import.worker.ts).
 */
import type { Flow } from '../schema';
import type { PackedResult } from '../import/columns';
import type { SheetChoice } from '../import/excel';
import type { DialectOverride } from '../import/types';

export interface ImportRequest {
	/**
	 * The file itself: the worker reads it, so that the main thread never copies its bytes (a
	 * 100 MB read is a long task there).
	 */
	file?: Blob;
	/** Or the file's bytes, already read; transferred, not copied. */
	bytes?: ArrayBuffer;
	fileName: string;
	override?: DialectOverride;
	dataset?: string;
	tableFlow?: Flow;
	/** Which sheet of a workbook to read (else the worker chooses). */
	workbook?: SheetChoice;
	/** Build the rows' Arrow IPC stream in the worker too (`ImportResult.arrow`). */
	arrow?: boolean;
}

export type ImportMessage =
	| { type: 'progress'; fraction: number }
	/**
	 * The result: observations as transferred columns, investment rows and events (an events
	 * table) as plain objects, structured-cloned.
	 */
	| { type: 'done'; result: PackedResult }
	| { type: 'error'; message: string };
