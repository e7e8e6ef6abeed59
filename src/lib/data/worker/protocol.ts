/**
 * Messages between the main thread (client.ts) and the import worker (import.worker.ts).
 */
import type { Flow } from '../schema';
import type { PackedResult } from '../import/columns';
import type { DialectOverride } from '../import/types';

export interface ImportRequest {
	/** The file's bytes; transferred, not copied. */
	bytes: ArrayBuffer;
	fileName: string;
	override?: DialectOverride;
	dataset?: string;
	tableFlow?: Flow;
}

export type ImportMessage =
	| { type: 'progress'; fraction: number }
	| { type: 'done'; result: PackedResult }
	| { type: 'error'; message: string };
