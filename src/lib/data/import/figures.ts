/**
 * The figures of one file as the pipeline keeps them (step 7): one figure per cell (reporter,
 * partner, flow, sector, period, currency), checked with {@link CellIndex} before a row is
 * written to the {@link RowsBuilder}.
 *
 * - a later row for a cell already held is never a second figure and never added: the same value
 *   is `duplicate-row` (kept once), another value is `conflicting-value` (the first line's value
 *   is kept); both count as rejections, with both lines, values and sources;
 * - the one exception, declared by a format: rows that hold distinct parts of one figure
 *   (`Draft.part`, Comext bulk's trade type and statistical procedure) are summed into the
 *   cell's figure, since the file publishes the figure only as its parts; a part seen twice is a
 *   repeat or a conflict as above;
 * - the same cell in EUR and in USD is two figures (the currency as reported): one
 *   `two-currencies` notice says the dashboard shows one of them and never adds them;
 * - after reading, a sector above the TOTAL of its cell by more than 0.5% is a
 *   `part-exceeds-total` notice (both rows stay);
 * - notes that flag some years (`dati 2023 provvisori`) set the flag of those years' figures,
 *   with one `footnote-flag` notice each.
 */
import { TOTAL, type Frequency } from '../schema';
import { CellIndex, cellKey, sectorCode, withCurrency, withSector, type CellKey } from './cells';
import type { RowsBuilder } from './columns';
import type { FootnoteFlag } from './footnotes';
import type { Draft, IssueDraft } from './formats/types';
import { PartSets } from './part-sets';
import type { IssueCode } from './types';

type Params = Record<string, string | number>;

export interface FigureReport {
	/** A rejection: counted, and listed unless `listed(code)` is false (then params are empty). */
	reject(code: IssueCode, line: number, column: number, params: Params): void;
	/** A notice about one row (not a rejection). */
	note(code: IssueCode, line: number, column: number, params: Params): void;
	/** Whether one more issue of `code` would be listed (else it is only counted). */
	listed(code: IssueCode): boolean;
}

/** More than this above its TOTAL, a part is reported (rounding in published tables stays below). */
const PART_TOLERANCE = 0.005;

function figureParams(d: Draft): Params {
	return {
		reporter: d.reporter,
		partner: d.partner,
		flow: d.flow,
		sector: d.sector,
		period: d.period,
		currency: d.currency
	};
}

export class Figures {
	private readonly cells: CellIndex;
	/** Line and value column (0-based, -1 none) of each kept row, by row index. */
	private rowLine: Int32Array;
	private rowColumn: Int16Array;
	private twoCurrencyCodes = false;
	private twoCurrencies = 0;
	private twoCurrencyExample: Params | null = null;
	private twoCurrencyLine = 0;
	private readonly yearFlag = new Map<number, number>();
	private readonly flagged: number[];
	/** The parts summed into each kept row (by row index), for formats that declare parts. */
	private readonly parts = new PartSets();
	/** Rows added into another row's figure as its parts, and the first such pair of lines. */
	partsSummed = 0;
	private readonly summedFigures = new Set<number>();
	private partsExample: { line: number; first: number } | null = null;

	constructor(
		private readonly rows: RowsBuilder,
		expected: number,
		private readonly dataset: string,
		private readonly footFlags: readonly FootnoteFlag[],
		private readonly report: FigureReport
	) {
		this.cells = new CellIndex(expected);
		this.rowLine = new Int32Array(Math.max(64, expected));
		this.rowColumn = new Int16Array(this.rowLine.length);
		footFlags.forEach((f, k) => {
			for (const y of f.years) if (!this.yearFlag.has(y)) this.yearFlag.set(y, k);
		});
		this.flagged = footFlags.map(() => 0);
	}

	/**
	 * Keeps `d` (its period already parsed) unless its cell is already held; returns whether it
	 * was kept. `column` is the value's 0-based column (-1 unknown).
	 */
	keep(
		d: Draft,
		p: { freq: Frequency; year: number; month: number | null },
		line: number,
		column: number
	): boolean {
		const rows = this.rows;
		const k = rows.keyCodes(d);
		const key = cellKey(
			k[0] as number,
			k[1] as number,
			k[2] as number,
			k[3] as number,
			k[4] as number,
			k[5] as number
		);
		const held = this.cells.claim(key, rows.length);
		if (held >= 0) {
			if (!this.addPart(d, held, line)) this.repeat(d, held, line, column);
			return false;
		}
		// (A currency code above 0 means the file has a second currency.)
		if (k[5] !== 0) this.twoCurrencyCodes = true;
		if (this.twoCurrencyCodes) this.otherCurrency(d, key, k[5] as number, line);
		if (this.yearFlag.size > 0 && d.flag === '') {
			const f = this.yearFlag.get(p.year);
			if (f !== undefined) {
				d.flag = (this.footFlags[f] as FootnoteFlag).flag;
				this.flagged[f] = (this.flagged[f] ?? 0) + 1;
			}
		}
		const at = rows.length;
		if (at === this.rowLine.length) {
			const lines = new Int32Array(at * 2);
			lines.set(this.rowLine);
			this.rowLine = lines;
			const cols = new Int16Array(at * 2);
			cols.set(this.rowColumn);
			this.rowColumn = cols;
		}
		this.rowLine[at] = line;
		this.rowColumn[at] = column;
		if (d.part !== undefined) this.parts.start(at, d.part);
		rows.pushDraft(d, p, this.dataset);
		return true;
	}

	/** Sums `d` into row `held` when it is another part of the same figure; false otherwise. */
	private addPart(d: Draft, held: number, line: number): boolean {
		if (d.part === undefined || !this.parts.add(held, d.part)) return false;
		this.rows.addToValue(held, d.value);
		this.partsSummed++;
		this.summedFigures.add(held);
		this.partsExample ??= { line, first: this.rowLine[held] as number };
		return true;
	}

	/** A row for a cell already held by row `held`: a repeat or a conflict, never a 2nd figure. */
	private repeat(d: Draft, held: number, line: number, column: number) {
		const firstValue = this.rows.valueAt(held);
		const same = firstValue === d.value;
		const code: IssueCode = same ? 'duplicate-row' : 'conflicting-value';
		if (!this.report.listed(code)) {
			this.report.reject(code, line, column, {});
			return;
		}
		const firstSource = this.rows.textAt('source', held) ?? '';
		const params: Params = { line, first: this.rowLine[held] as number, ...figureParams(d) };
		if (same) {
			params.value = d.value;
			if (firstSource !== d.source) {
				params.firstSource = firstSource;
				params.source = d.source;
			}
		} else {
			params.firstValue = firstValue;
			params.value = d.value;
			params.firstSource = firstSource;
			params.source = d.source;
		}
		this.report.reject(code, line, column, params);
	}

	/** The same cell in another currency: both kept (never added), one notice for the file. */
	private otherCurrency(d: Draft, key: CellKey, own: number, line: number) {
		const currencies = this.rows.distinct('currency');
		for (let c = 0; c < currencies.length; c++) {
			if (c === own) continue;
			const other = this.cells.get(withCurrency(key, c));
			if (other < 0) continue;
			this.twoCurrencies++;
			if (!this.twoCurrencyExample) {
				this.twoCurrencyLine = line;
				this.twoCurrencyExample = {
					first: this.rowLine[other] as number,
					firstCurrency: currencies[c] as string,
					line,
					currency: d.currency
				};
			}
			return;
		}
	}

	/**
	 * A part larger than its whole: a sector above the TOTAL of the same reporter, partner, flow,
	 * period and currency (a unit or code mix-up). Reported in file order; both rows stay.
	 */
	checkTotals(): void {
		const rows = this.rows;
		const cells = this.cells;
		const totalCode = rows.codeOf('sector', TOTAL);
		if (totalCode < 0 || cells.size < 2) return;
		const above: number[] = [];
		const totalOf = new Map<number, number>();
		cells.forEach((key, row) => {
			if (sectorCode(key) === totalCode) return;
			const t = cells.get(withSector(key, totalCode));
			if (t < 0) return;
			const value = rows.valueAt(row);
			const total = rows.valueAt(t);
			if (!(value > 0 && value > total + Math.abs(total) * PART_TOLERANCE)) return;
			above.push(row);
			totalOf.set(row, t);
		});
		// In file order (the hash table's is not), so that the listed ones are the first ones.
		above.sort((a, b) => a - b);
		for (const row of above) {
			if (!this.report.listed('part-exceeds-total')) {
				this.report.note('part-exceeds-total', 0, -1, {});
				continue;
			}
			const t = totalOf.get(row) as number;
			const value = rows.valueAt(row);
			const total = rows.valueAt(t);
			const line = this.rowLine[row] as number;
			const params: Params = {
				sector: rows.textAt('sector', row) ?? '',
				line,
				totalLine: this.rowLine[t] as number,
				value,
				total
			};
			if (total > 0) params.pct = Math.round((value / total) * 100);
			const label = rows.textAt('sectorLabel', row);
			if (label) params.label = label;
			this.report.note('part-exceeds-total', line, this.rowColumn[row] ?? -1, params);
		}
	}

	/** The file-level notices: a cell in two currencies, notes read as flags. */
	notices(clip: (text: string) => string): IssueDraft[] {
		const out: IssueDraft[] = [];
		if (this.twoCurrencyExample) {
			out.push({
				code: 'two-currencies',
				line: this.twoCurrencyLine,
				params: { ...this.twoCurrencyExample, count: this.twoCurrencies }
			});
		}
		if (this.partsExample) {
			out.push({
				code: 'parts-summed',
				line: this.partsExample.line,
				params: {
					...this.partsExample,
					rows: this.partsSummed,
					figures: this.summedFigures.size
				}
			});
		}
		this.footFlags.forEach((f, k) => {
			const count = this.flagged[k] ?? 0;
			if (count === 0) return;
			out.push({
				code: 'footnote-flag',
				line: f.line,
				params: { text: clip(f.text), flag: f.flag, years: f.years.join(', '), count }
			});
		});
		return out;
	}
}
