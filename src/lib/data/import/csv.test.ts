import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { tokenize } from './csv';
import { countFooter, readSepHint, sniffDelimiter } from './dialect';

describe('tokenize', () => {
	it('gives the physical start line of each record, across quoted newlines and mixed line ends', () => {
		const text = 'a,b\r\n"x\ny",1\n\n"p\r\nq\rr",2\r3,4\n';
		const t = tokenize(text, ',');
		expect(t.records).toEqual([
			['a', 'b'],
			['x\ny', '1'],
			['p\r\nq\rr', '2'],
			['3', '4']
		]);
		expect(t.lines).toEqual([1, 2, 5, 8]);
		expect(t.blankLines).toBe(1);
		expect(t.totalLines).toBe(8);
	});

	it('handles escaped quotes, trailing delimiters, no final newline and blank field-only lines', () => {
		const t = tokenize('"say ""hi""";b;\n;;\nlast;x', ';');
		expect(t.records).toEqual([
			['say "hi"', 'b', ''],
			['last', 'x']
		]);
		expect(t.lines).toEqual([1, 3]);
	});

	it('keeps a stray quote inside a quoted field as text and reports the line', () => {
		const t = tokenize('name,v\n"Cafe "De Tuin" A",1\n', ',');
		expect(t.records[1]).toEqual(['Cafe "De Tuin" A', '1']);
		expect(t.repairedQuoteLines).toEqual([2]);
	});

	it('reports a quote that is never closed with the lines it would swallow', () => {
		const t = tokenize('a,b\n1,"open\n2,3\n4,5\n', ',');
		expect(t.unterminated).toEqual({ line: 2, swallowedLines: 3 });
	});

	it('keeps values under hostile headers: arrays only, prototype untouched', () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const t = tokenize('__proto__,constructor,__proto__,,toString\n1,2,3,4,5\n', ',');
		expect(t.records[0]).toEqual(['__proto__', 'constructor', '__proto__', '', 'toString']);
		expect(t.records[1]).toEqual(['1', '2', '3', '4', '5']);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('agrees with PapaParse (header:false) on clean tables', () => {
		const cellArb = fc.stringMatching(/^[a-z0-9 ,;"\n.é]{0,6}$/);
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 4 }).chain((w) =>
					fc.array(fc.array(cellArb, { minLength: w, maxLength: w }), {
						minLength: 1,
						maxLength: 6
					})
				),
				(table) => {
					// Rows made only of empty cells are blank lines for us (skipped) and for Papa's greedy mode.
					const rows = table.filter((r) => r.some((c) => c.trim() !== ''));
					const text = Papa.unparse(table, { quotes: true, newline: '\n' });
					const ours = tokenize(text, ',').records;
					const papa = Papa.parse<string[]>(text, {
						header: false,
						delimiter: ',',
						newline: '\n',
						skipEmptyLines: 'greedy'
					}).data;
					expect(ours).toEqual(papa);
					expect(ours).toEqual(rows);
				}
			),
			{ numRuns: 300, seed: 42 }
		);
	});
});

describe('dialect', () => {
	const cases: { name: string; text: string; delimiter: string }[] = [
		{ name: 'comma', text: 'a,b,c\n1,2,3\n4,5,6\n', delimiter: ',' },
		{
			name: 'semicolon with decimal commas',
			text: 'Paese;Valore;Anno\nKazakistan;1,5;2023\nUzbekistan;12,25;2023\nKirghizistan;3;2023\n',
			delimiter: ';'
		},
		{ name: 'tab', text: 'a\tb\n1,5\t2\n3\t4,25\n', delimiter: '\t' },
		{
			name: 'quoted commas in a semicolon file',
			text: 'a;b\n"x, y";2\n"z, w";3\n',
			delimiter: ';'
		},
		{
			name: 'semicolons inside quotes of a comma file',
			text: 'a,b,c\n"x;y;z",1,2\n"p;q",3,4\n',
			delimiter: ','
		},
		{
			name: 'title line above a semicolon table',
			text: 'Interscambio, valori in euro\nPaese;Anno;Valore\nKazakistan;2023;1.234,5\nUzbekistan;2023;2,5\n',
			delimiter: ';'
		}
	];
	it.each(cases)('sniffs $name', ({ text, delimiter }) => {
		expect(sniffDelimiter(text)).toBe(delimiter);
	});

	it('reads the Excel sep= hint', () => {
		expect(readSepHint('sep=;\r\na;b')).toEqual({ delimiter: ';', length: 7 });
		expect(readSepHint('a;b')).toBeNull();
	});

	it('counts footnotes below the data', () => {
		const recs = [
			['h1', 'h2', 'h3'],
			['a', '1', '2'],
			['Fonte: ISTAT', '', ''],
			['(1) dati provvisori'],
			['Source: Eurostat', 'Comext']
		];
		expect(countFooter(recs, 1)).toBe(3);
		expect(
			countFooter(
				[
					['h1', 'h2'],
					['a', '1']
				],
				1
			)
		).toBe(0);
	});
});
