/**
 * Import tasks: one file (or one sheet of a workbook) being imported, what the task list shows of
 * it, and the pure rules the dataset store (datasets.svelte.ts) follows for each task.
 *
 * A workbook with several trade tables is one task per table: the first task reads the first
 * table and lists the others (`status: 'own'` in its `workbook.sheets`); the store then queues a
 * task for each of them, by sheet name, so that each becomes a dataset with its own report, and a
 * sheet that fails is a failed task of its own that stops nothing else.
 */
import type { SheetChoice, WorkbookImportResult } from '../data/import/excel';
import type { DialectOverride, ImportResult } from '../data/import/types';
import type { Flow } from '../data/schema';
import type { DatasetSummary } from '../storage/datasets-db';

export type TaskStatus =
	| 'queued'
	| 'importing'
	| 'saving'
	| 'added'
	| 'replaced'
	| 'duplicate'
	| 'rejected'
	| 'failed'
	| 'cancelled';

export interface TaskOptions {
	override?: DialectOverride;
	tableFlow?: Flow;
	/** The workbook sheet to read, by name (none: every trade table becomes a dataset). */
	sheet?: string;
}

/** One file being imported, or imported in the current batch. */
export interface ImportTask {
	key: number;
	file: File;
	status: TaskStatus;
	/** 0..1 while importing. */
	progress: number;
	/** The dataset this import replaces (null: a new dataset). */
	target: string | null;
	/** The dataset this import created, replaced, or duplicates. */
	datasetId: string | null;
	/**
	 * For a duplicate found in storage (saved by another tab meanwhile): the stored dataset's
	 * name, shown even before the list has caught up.
	 */
	duplicateName?: string;
	options: TaskOptions;
	result: ImportResult | null;
	/** Why it failed: a storage problem, or the worker's message. */
	error: { kind: 'quota' | 'storage' | 'worker'; message: string } | null;
}

export interface ImportFilesOptions extends TaskOptions {
	/** Replace this dataset instead of adding one (single file). */
	replaceId?: string;
}

const FINAL: ReadonlySet<TaskStatus> = new Set([
	'added',
	'replaced',
	'duplicate',
	'rejected',
	'failed',
	'cancelled'
]);

/** True when the task has ended (successfully or not). */
export const isFinished = (task: Pick<ImportTask, 'status'>) => FINAL.has(task.status);

/** True when the task's dataset is in the list (added, or a new version of one). */
export const isApplied = (task: Pick<ImportTask, 'status'>) =>
	task.status === 'added' || task.status === 'replaced';

/** The file name without its extension: the default dataset name. */
export function nameFromFile(fileName: string): string {
	const base = fileName.replace(/^.*[\\/]/, '');
	const dot = base.lastIndexOf('.');
	return (dot > 0 ? base.slice(0, dot) : base) || base || 'dataset';
}

/** Between a workbook's file name and its sheet in a dataset's name: `file.xlsx › Sheet`. */
const SHEET_MARK = ' › ';

const workbookOf = (result: ImportResult | null) =>
	(result as WorkbookImportResult | null)?.workbook;

/** The workbook sheet a task reads or has read (undefined: a text file, or not read yet). */
export function taskSheet(task: Pick<ImportTask, 'options' | 'result'>): string | undefined {
	return task.options.sheet ?? workbookOf(task.result)?.sheet ?? undefined;
}

/** What the task list calls a task: its file, and for a workbook the sheet (`file.xlsx › Sheet`). */
export function taskName(task: Pick<ImportTask, 'file' | 'options' | 'result'>): string {
	const sheet = taskSheet(task);
	return sheet === undefined ? task.file.name : `${task.file.name}${SHEET_MARK}${sheet}`;
}

/** The name a new dataset gets: `file.xlsx › Sheet` for a workbook, else the file's name. */
export function datasetNameOf(file: File, result: ImportResult): string {
	return workbookOf(result)?.datasetName ?? nameFromFile(file.name);
}

/**
 * The sheets of a workbook to import each as a task of its own after this one: the other trade
 * tables its first task found. None for a task that named its sheet or replaces a dataset.
 */
export function otherTables(task: ImportTask): string[] {
	if (task.target !== null || task.options.sheet !== undefined) return [];
	const sheets = workbookOf(task.result)?.sheets ?? [];
	return sheets.filter((s) => s.status === 'own').map((s) => s.name);
}

/**
 * Which sheet the worker reads for a task: the one it names; for a replacement, one table only,
 * preferably the sheet of the replaced dataset's name (`file.xlsx › Sheet`) when the new workbook
 * has one of that name; else every trade table (the worker chooses the first).
 */
export function sheetChoice(task: ImportTask, replacedName: string | undefined): SheetChoice {
	if (task.options.sheet !== undefined) return { sheet: task.options.sheet };
	if (task.target === null) return {};
	const at = replacedName?.lastIndexOf(SHEET_MARK) ?? -1;
	const prefer = at >= 0 ? replacedName?.slice(at + SHEET_MARK.length) : undefined;
	return { single: true, prefer };
}

export function summaryOf(result: ImportResult): DatasetSummary {
	const r = result.report;
	return {
		read: r.read,
		accepted: r.accepted,
		rejected: r.rejected,
		countUnit: r.countUnit,
		periods: [...r.periods],
		partners: [...r.partners],
		reporters: [...r.reporters],
		currencies: [...r.currencies],
		units: r.units
	};
}

export const messageOf = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function isAbort(err: unknown): boolean {
	return typeof err === 'object' && err !== null && 'name' in err && err.name === 'AbortError';
}
