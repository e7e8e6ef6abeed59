import { describe, expect, it } from 'vitest';
import { NumberEvidence, classifyNumber, isMissing, parseNumber, scaleCanonical } from './numbers';
import type { DecimalMark } from './types';

function decide(cells: string[], override?: DecimalMark, prior: DecimalMark | null = null) {
	const e = new NumberEvidence();
	for (const c of cells) e.add(c);
	return e.decide(override, prior);
}

describe('classifyNumber', () => {
	const cases: [string, string][] = [
		['1234', 'plain'],
		['-5', 'plain'],
		['1e5', 'plain'],
		['1 234 567', 'plain'],
		['1234.5', 'dec-dot'],
		['0.123', 'dec-dot'],
		['1234.567', 'dec-dot'],
		['1,234,567.89', 'dec-dot'],
		['1,234,567', 'dec-dot'],
		['1.234.567,89', 'dec-comma'],
		['1.234.567', 'dec-comma'],
		['1234,5', 'dec-comma'],
		['0,25', 'dec-comma'],
		['1,23E+05', 'dec-comma'],
		['1,234', 'amb-comma'],
		['1.234', 'amb-dot'],
		['123.456', 'amb-dot'],
		['12%', 'invalid'],
		['0x1F', 'invalid'],
		['(5)', 'invalid'],
		['1.2.3,4,5', 'invalid'],
		['abc', 'invalid']
	];
	it.each(cases)('%s → %s', (raw, cls) => expect(classifyNumber(raw)).toBe(cls));
});

describe('decision and parsing', () => {
	const cases: {
		name: string;
		cells: string[];
		decimal: DecimalMark | null;
		values: (number | string)[];
	}[] = [
		{
			name: 'Italian grouping decides the comma',
			cells: ['1.234.567,89', '1.234', '12,5', '-7'],
			decimal: ',',
			values: [1234567.89, 1234, 12.5, -7]
		},
		{
			name: 'English grouping decides the point',
			cells: ['1,234,567.89', '1,234', '12.5'],
			decimal: '.',
			values: [1234567.89, 1234, 12.5]
		},
		{
			name: 'a decimal comma with one digit',
			cells: ['1234,5', '10'],
			decimal: ',',
			values: [1234.5, 10]
		},
		{
			name: 'nothing decides: ambiguous cells rejected, plain kept',
			cells: ['1,234', '5000'],
			decimal: null,
			values: ['ambiguous-number', 5000]
		},
		{
			name: 'conflicting cells: the majority wins, the minority is invalid',
			cells: ['1.234,5', '2.000,25', '1,234.5'],
			decimal: ',',
			values: [1234.5, 2000.25, 'invalid-number']
		},
		{
			name: 'scientific notation and signs',
			cells: ['1.5e6', '-2.5E-3', '+3', '\u22124.5'],
			decimal: '.',
			values: [1500000, -0.0025, 3, -4.5]
		},
		{
			name: 'space and apostrophe grouping',
			cells: ['1 234,5', "1'234'567", '1\u00a0000'],
			decimal: ',',
			values: [1234.5, 1234567, 1000]
		},
		{
			name: 'missing markers',
			cells: ['', '..', ':', ': c', '-', 'n.d.', 'x', 'N/A', '2,5'],
			decimal: ',',
			values: [
				'missing-value',
				'missing-value',
				'missing-value',
				'missing-value',
				'missing-value',
				'missing-value',
				'missing-value',
				'missing-value',
				2.5
			]
		}
	];
	it.each(cases)('$name', ({ cells, decimal, values }) => {
		const d = decide(cells);
		expect(d.decimal).toBe(decimal);
		cells.forEach((c, i) => {
			const p = parseNumber(c, d);
			expect(p.ok ? p.value : p.code).toBe(values[i]);
		});
	});

	it('uses the format prior only when nothing in the file decides', () => {
		expect(decide(['1.234'], undefined, '.').source).toBe('format');
		expect(parseNumber('1.234', decide(['1.234'], undefined, '.'))).toMatchObject({
			ok: true,
			value: 1.234
		});
		expect(decide(['1.234', '1.234.567'], undefined, '.').decimal).toBe(',');
		expect(decide(['1.234'], ',').source).toBe('override');
	});

	it('validates every cell, not a sample', () => {
		const cells = Array.from({ length: 5000 }, (_, i) => String(i * 1000 + 7));
		cells.push('1.234');
		const d = decide(cells);
		expect(d.decimal).toBeNull();
		expect(parseNumber('1.234', d)).toEqual({ ok: false, code: 'ambiguous-number' });
	});

	it('scales exactly by powers of ten', () => {
		const p = parseNumber('134786.6', decide(['134786.6']));
		expect(p.ok && scaleCanonical(p.canonical, 3)).toBe(134786600);
		expect(scaleCanonical('0.1e0', 6)).toBe(100000);
		expect(scaleCanonical('-0e0', 3)).toBe(0);
		expect(isMissing(' : ')).toBe(true);
	});

	it('keeps adversarial cells fast', () => {
		const long = '1'.repeat(100_000) + 'x';
		const t0 = Date.now();
		classifyNumber(long);
		classifyNumber(' '.repeat(100_000) + 'x');
		classifyNumber('1.'.repeat(50_000));
		expect(Date.now() - t0).toBeLessThan(200);
	});
});
