/**
 * How a format reads a value cell: as a number under the file's decimal decision, scaled by the
 * unit its column's header or a title states, within MAX_VALUE; otherwise a rejection naming the
 * cell and the number format expected.
 */
import type { RowContext } from '../formats/types';
import { MAX_VALUE, parseNumber, scaleCanonical, type NumberDecision } from '../numbers';
import { clip } from './result';

const EXAMPLE: Record<string, string> = { ',': '1.234,56', '.': '1,234.56' };

/** Reads value cells under the decimal decision, scaled by the column's unit. */
export function valueReader(
	decision: NumberDecision,
	columnPower: Map<number, number>
): RowContext {
	const expected = decision.decimal ? { expected: EXAMPLE[decision.decimal] as string } : {};
	return {
		line: 0,
		value(rec, c, power = 0) {
			const raw = rec[c] ?? '';
			const p = parseNumber(raw, decision);
			if (!p.ok) {
				const params: Record<string, string | number> = { value: clip(raw, 60) };
				if (p.code === 'invalid-number') Object.assign(params, expected);
				return { ok: false, reject: { kind: 'reject', code: p.code, column: c, params } };
			}
			const total = power + (columnPower.get(c) ?? 0);
			const value = total ? scaleCanonical(p.canonical, total) : p.value;
			if (!(Math.abs(value) <= MAX_VALUE)) {
				const params: Record<string, string | number> = { value: clip(raw, 60), limit: MAX_VALUE };
				if (total) params.factor = 10 ** total;
				return {
					ok: false,
					reject: { kind: 'reject', code: 'number-too-large', column: c, params }
				};
			}
			return { ok: true, value };
		}
	};
}
