import { describe, expect, it } from 'vitest';
import { importFile } from './pipeline';
import { PartSets } from './part-sets';

describe('PartSets', () => {
	/** Rows started with their first part, then `add` calls and what each returns. */
	const cases: [string, [number, string][], [number, string, boolean][]][] = [
		[
			'adds each distinct part of a row once, from the second part on',
			[[0, '1/1']],
			[
				[0, '1/1', false],
				[0, '1/2', true],
				[0, '1/2', false],
				[0, '1/1', false],
				[0, '2/1', true]
			]
		],
		[
			'never adds to a row that declared no part, and keeps rows past its first allocation',
			[[5000, 'A']],
			[
				[3, 'A', false],
				[1_000_000, 'A', false],
				[5000, 'A', false],
				[5000, 'B', true]
			]
		]
	];
	it.each(cases)('%s', (_, starts, adds) => {
		const p = new PartSets();
		for (const [row, part] of starts) p.start(row, part);
		expect(adds.map(([row, part]) => p.add(row, part))).toEqual(adds.map((a) => a[2]));
	});
});

describe('parts of a Comext bulk figure', () => {
	const HEAD = 'REPORTER,PARTNER,TRADE_TYPE,PRODUCT_NC,FLOW,STAT_PROCEDURE,PERIOD,VALUE_EUR';
	const row = (trade: string, procedure: string, value: number) =>
		`IT,KZ,${trade},84818099,2,${procedure},202403,${value}`;

	it('sums three parts and reports a fourth row repeating the second part against the sum', () => {
		const text = [
			HEAD,
			row('E', '1', 1000),
			row('E', '2', 250),
			row('I', '1', 5),
			row('E', '2', 250)
		];
		const r = importFile(new TextEncoder().encode(text.join('\n')), 'full.dat');
		expect(r.rows.map((x) => x.value)).toEqual([1255]);
		expect(r.report.rejectedByCode).toEqual({ 'conflicting-value': 1 });
		const conflict = r.report.issues.find((i) => i.code === 'conflicting-value');
		expect(conflict?.line).toBe(5);
		expect(conflict?.params).toMatchObject({ first: 2, firstValue: 1255, value: 250 });
	});
});
