import { ColumnTable, fromArrow, toArrowIPC } from 'arquero';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { packRows, rowObjects, unpackRows } from './import/columns';
import { observation } from '../testing/observation';
import { OBSERVATION_COLUMNS } from './schema';
import { concatTables, ObservationTable, tableFromPacked, toTable } from './table';

const obs = observation;

const a = [
	obs({ value: 10 }),
	obs({ period: '2023-03', freq: 'M', month: 3, partner: 'UZB', value: Number.NaN }),
	obs({ sector: '27', sectorLabel: 'Mineral fuels', value: 2.5 })
];
const b = [obs({ dataset: 'up-2', partner: 'TKM', flow: 'import', currency: 'USD', value: 7 })];

/**
 * The page's Content Security Policy (`script-src 'self'`, no 'unsafe-eval') in Node: code
 * generation throws, as it does in the browser for Arquero's expression verbs (arquero#361).
 */
function withoutEval() {
	const real = { Function: globalThis.Function, eval: globalThis.eval };
	const refuse = () => {
		throw new EvalError('Refused to evaluate a string as JavaScript (CSP)');
	};
	beforeEach(() => {
		globalThis.Function = refuse as unknown as FunctionConstructor;
		globalThis.eval = refuse;
	});
	afterEach(() => {
		globalThis.Function = real.Function;
		globalThis.eval = real.eval;
	});
}

describe('observation tables are Arquero tables over the packed columns', () => {
	it('is a ColumnTable whose numbers are the worker’s typed arrays, not copies', () => {
		const packed = packRows(a);
		const t = tableFromPacked(packed);
		expect(t).toBeInstanceOf(ColumnTable);
		expect(t.column('value')).toBe(packed.value);
		expect(t.column('year')).toBe(packed.year);
		expect(t.parts).toEqual([packed]);
		expect(t.numRows()).toBe(3);
		expect(t.columnNames()).toEqual([...OBSERVATION_COLUMNS]);
	});

	it('reads every cell as the rows it was built from (null month, null label, NaN value)', () => {
		const t = toTable(a);
		expect(t.objects()).toEqual(a);
		expect(t.array('month')).toEqual([null, 3, null]);
		expect(t.array('sectorLabel')).toEqual([null, null, 'Mineral fuels']);
		expect(t.get('value', 1)).toBeNaN();
	});

	it('takes the columns behind a lazy import result without reading its rows', () => {
		const packed = packRows(a);
		expect(toTable(unpackRows(packed)).parts[0]).toBe(packed);
	});

	it('concatenates without copying: the parts of both, rows in order', () => {
		const ta = toTable(a);
		const tb = toTable(b);
		const both = concatTables([ta, tb]);
		expect(both).toBeInstanceOf(ObservationTable);
		expect(both.parts).toEqual([...ta.parts, ...tb.parts]);
		expect(both.numRows()).toBe(4);
		expect(both.objects()).toEqual([...a, ...b]);
		expect(both.array('partner')).toEqual(['KAZ', 'UZB', 'KAZ', 'TKM']);
		// Rows read out of order, across parts.
		expect([3, 0, 2, 1].map((i) => both.get('partner', i))).toEqual(['TKM', 'KAZ', 'KAZ', 'UZB']);
		expect(concatTables([]).numRows()).toBe(0);
	});
});

describe('under the page’s CSP (no eval)', () => {
	withoutEval();

	it('the stand-in does refuse what the browser refuses: Arquero’s own objects() and filter()', () => {
		const t = toTable(a);
		expect(() => ColumnTable.prototype.objects.call(t)).toThrow(EvalError);
		expect(() => t.filter((d: { value: number }) => d.value > 1)).toThrow(EvalError);
	});

	it('building, reading, concatenating, select, slice and Arrow IPC both ways all work', () => {
		const verbs = ['filter', 'derive', 'groupby', 'rollup', 'orderby'] as const;
		const spies = verbs.map((v) => vi.spyOn(ColumnTable.prototype, v));
		const t = concatTables([toTable(a), toTable(b)]);
		expect(t.objects()).toEqual([...a, ...b]);
		expect(t.array('dataset')).toEqual(['up-1', 'up-1', 'up-1', 'up-2']);
		expect(t.select('partner', 'value').columnNames()).toEqual(['partner', 'value']);
		const sliced = t.slice(1, 3);
		expect(sliced.objects()).toEqual([a[1], a[2]]);
		// A derived table still has packed parts for the cube.
		expect(rowObjects(sliced.parts[0]!)).toEqual([a[1], a[2]]);
		const back = fromArrow(toArrowIPC(t));
		for (const c of OBSERVATION_COLUMNS) expect(back.array(c), c).toEqual(t.array(c));
		for (const spy of spies) expect(spy).not.toHaveBeenCalled();
		spies.forEach((s) => s.mockRestore());
	});
});
