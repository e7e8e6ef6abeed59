/**
 * The cell index behind "one figure per cell" (cells.ts): keys never mix two cells up, whether
 * packed into a number or (past the bit budget) written as text, and the table keeps every cell
 * through its growth.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CellIndex, cellCodes, cellKey, sectorCode, withCurrency, withSector } from './cells';

const codes = fc.tuple(
	fc.integer({ min: 0, max: 600 }),
	fc.integer({ min: 0, max: 600 }),
	fc.integer({ min: 0, max: 1 }),
	fc.oneof(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 3_000_000 })),
	fc.integer({ min: 0, max: 5000 }),
	fc.integer({ min: 0, max: 5 })
);

describe('cell keys', () => {
	it('property: a key gives back its six codes, and two cells never share a key', () => {
		fc.assert(
			fc.property(codes, codes, (a, b) => {
				const ka = cellKey(...a);
				expect(cellCodes(ka)).toEqual(a);
				expect(ka === cellKey(...b)).toBe(a.join() === b.join());
				expect(sectorCode(ka)).toBe(a[3]);
				expect(cellCodes(withSector(ka, 7))).toEqual([a[0], a[1], a[2], 7, a[4], a[5]]);
				expect(cellCodes(withCurrency(ka, 1))).toEqual([a[0], a[1], a[2], a[3], a[4], 1]);
			}),
			{ numRuns: 1000, seed: 10 }
		);
	});

	it('codes past the bit budget (over a million sectors) give a text key, not a wrapped number', () => {
		const packed = cellKey(0, 0, 0, (1 << 20) - 1, 0, 0);
		const past = cellKey(0, 0, 0, 1 << 20, 0, 0);
		expect(typeof packed).toBe('number');
		expect(Number.isSafeInteger(packed)).toBe(true);
		expect(past).toBe('0|0|0|1048576|0|0');
		expect(cellKey(0, 0, 0, 0, 0, 0)).not.toBe(cellKey(0, 0, 0, 0, 0, 4));
	});
});

describe('CellIndex', () => {
	it('claims each cell once, through growth, and finds every one again', () => {
		const index = new CellIndex();
		const keys: (number | string)[] = [];
		for (let i = 0; i < 50_000; i++) {
			keys.push(cellKey(i % 7, i % 300, i % 2, (i * 7919) % 60_000, i % 400, i % 2));
		}
		const first = new Map<number | string, number>();
		let wrong = 0;
		keys.forEach((k, row) => {
			if (index.claim(k, row) !== (first.get(k) ?? -1)) wrong++;
			if (!first.has(k)) first.set(k, row);
		});
		expect(wrong).toBe(0);
		expect(first.size).toBeGreaterThan(10_000);
		expect(index.size).toBe(first.size);
		for (const [k, row] of first) if (index.get(k) !== row) wrong++;
		expect(wrong).toBe(0);
		expect(index.get(cellKey(9, 9, 0, 9, 9, 3))).toBe(-1);
		let seen = 0;
		index.forEach((k, row) => {
			if (first.get(k) !== row) wrong++;
			seen++;
		});
		expect(wrong).toBe(0);
		expect(seen).toBe(first.size);
	});

	it('text keys live beside number keys', () => {
		const index = new CellIndex();
		const wide = cellKey(0, 0, 0, 2_000_000, 0, 0);
		expect(index.claim(wide, 0)).toBe(-1);
		expect(index.claim(cellKey(0, 0, 0, 1, 0, 0), 1)).toBe(-1);
		expect(index.claim(wide, 2)).toBe(0);
		expect(index.size).toBe(2);
	});
});
