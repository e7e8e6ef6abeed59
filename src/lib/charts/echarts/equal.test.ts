import { describe, expect, it } from 'vitest';
import { optionsEqual } from './equal';

describe('optionsEqual', () => {
	it('compares values, arrays, objects and typed arrays by structure', () => {
		expect(optionsEqual({ a: [1, { b: 'x' }], c: null }, { a: [1, { b: 'x' }], c: null })).toBe(
			true
		);
		expect(optionsEqual({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
		expect(optionsEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
		expect(optionsEqual({ a: undefined }, { b: undefined })).toBe(false);
		expect(optionsEqual({ v: NaN }, { v: NaN })).toBe(true);
		expect(optionsEqual({ v: 0 }, { v: '0' })).toBe(false);
		expect(optionsEqual(new Float64Array([1, 2]), new Float64Array([1, 2]))).toBe(true);
		expect(optionsEqual(new Float64Array([1, 2]), new Float64Array([1, 3]))).toBe(false);
		expect(optionsEqual(new Float64Array([1]), [1])).toBe(false);
		expect(optionsEqual(new Date(0), new Date(0))).toBe(true);
		expect(optionsEqual(new Date(0), new Date(1))).toBe(false);
		expect(optionsEqual([null], [undefined])).toBe(false);
	});

	it('formatters are equal when their source is', () => {
		const make = (unit: string) => ({ formatter: (v: number) => `${v} ${unit}` });
		expect(optionsEqual(make('€'), make('$'))).toBe(true);
		expect(optionsEqual({ formatter: (v: number) => v }, { formatter: (v: number) => -v })).toBe(
			false
		);
		expect(optionsEqual({ formatter: 'n.s.' }, { formatter: () => 'n.s.' })).toBe(false);
	});

	it('finds the one differing point of a large option (synthetic; timed against JSON, logged)', () => {
		const option = (last: number) => ({
			series: Array.from({ length: 9 }, (_, s) => ({
				id: `s${s}`,
				data: Array.from({ length: 5000 }, (_, i) => ({
					value: i === 4999 && s === 8 ? last : i * s
				}))
			}))
		});
		const a = option(1);
		const b = option(1);
		const c = option(2);
		expect(optionsEqual(a, b)).toBe(true);
		expect(optionsEqual(a, c)).toBe(false);
		const time = (fn: () => unknown) => {
			fn(); // warm-up
			const t0 = performance.now();
			for (let k = 0; k < 20; k++) fn();
			return (performance.now() - t0) / 20;
		};
		const walk = time(() => optionsEqual(a, b));
		const json = time(() => JSON.stringify(a) === JSON.stringify(b));
		console.log(
			`[equal] 45 000 points, equal: structural ${walk.toFixed(2)} ms, JSON ${json.toFixed(2)} ms`
		);
	});
});
