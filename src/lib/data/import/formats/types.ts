/**
 * The contract of a format module. Adding a format = one module implementing `FormatModule`,
 * registered in `./index.ts`, plus fixtures and a test (see docs/DATA_FORMAT.md).
 */
import type { Flow, InvestmentRow, TemplateRow, TradeEvent } from '../../schema';
import type { DecimalMark, IssueCode } from '../types';

export interface PrepareContext {
	/** Header texts as shown to the user (empty/duplicate headers renamed). */
	headers: string[];
	/** Normalised headers (`normHeader`): lower case, no accents, spaces or punctuation. */
	norm: string[];
	fileName: string;
	/** Text of the lines above the header (titles, unit notes), one string per line. */
	titleLines: string[];
	/** Flow of the table from the reporter's view, when the caller knows it (`ImportOptions.tableFlow`). */
	tableFlow?: Flow;
}

/** An observation before the pipeline adds freq/year/month and dataset. */
export interface Draft extends TemplateRow {
	/**
	 * Which part of its cell's figure the row holds, for formats whose rows split one figure into
	 * parts that add up to it (Comext bulk: trade type and statistical procedure). Rows of one cell
	 * with distinct parts are summed into one figure; a part seen twice is a repeat or a conflict.
	 */
	part?: string;
}

export interface Rejection {
	kind: 'reject';
	code: IssueCode;
	/** 0-based column, null for the whole row. */
	column: number | null;
	params: Record<string, string | number>;
	/** Observations this rejection stands for (wide rows); default 1. */
	count?: number;
}

export type Outcome =
	| {
			kind: 'obs';
			obs: Draft;
			swapped: boolean;
			/** 0-based column of the value, when the row has several (wide tables). */
			column?: number;
	  }
	| { kind: 'inv'; inv: InvestmentRow }
	| { kind: 'event'; event: TradeEvent }
	| Rejection;

export interface IssueDraft {
	code: IssueCode;
	line?: number | null;
	column?: number | null;
	params: Record<string, string | number>;
}

export type ValueResult = { ok: true; value: number } | { ok: false; reject: Rejection };

export interface RowContext {
	/** 1-based physical line where the record starts. */
	line: number;
	/**
	 * Reads column `col` as a number under the file's decimal decision and multiplies it by
	 * 10^power (exactly). Missing, ambiguous and invalid cells come back as a rejection.
	 */
	value(record: readonly string[], col: number, power?: number): ValueResult;
}

export interface Mapper {
	/** What each column is used for (null = ignored), by column index. */
	fields: (string | null)[];
	/** Columns whose cells are values: all of them decide the decimal mark. */
	valueColumns: number[];
	/** 'observations' for wide formats: counts are per (row × period column) cell. */
	countUnit: 'rows' | 'observations';
	/** Observations one data row stands for (1 for long formats). */
	perRow: number;
	/**
	 * The decimal mark the format's specification prescribes, used only when no cell of the file
	 * decides it and the file still has the format's own delimiter (`nativeDelimiter`).
	 */
	numberPrior: DecimalMark | null;
	nativeDelimiter: string | null;
	/** File-level notices (units scaled, flow taken from the file name, ...). */
	notices: IssueDraft[];
	/** Unit phrases that scale values, for `report.units`. */
	units: string[];
	/**
	 * True when the format scales values itself (per-row indicators, the source's convention).
	 * Otherwise the pipeline scales by what the value column's header or a title line says
	 * (`(US$ Thousand)`, `migliaia di euro`).
	 */
	ownUnits?: boolean;
	map(record: readonly string[], cx: RowContext): Outcome[];
}

export interface FormatModule {
	id: string;
	label: string;
	/**
	 * How well a header row matches, 0 (not this format) to 1 (certain). Scores of 0.5 and above
	 * are accepted; the best score over the first lines picks the header row and the format.
	 */
	detect(norm: readonly string[], headers: readonly string[]): number;
	prepare(ctx: PrepareContext): Mapper | { fatal: IssueDraft };
}
