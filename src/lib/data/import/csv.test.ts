import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { RecordReader, tokenize } from './csv';
import { countFooter, readSepHint, scoreDialects, sniffDelimiter } from './dialect';

/** Every record a {@link RecordReader} reads (`expected`: the field count, once known). */
function readAll(text: string, expected?: number) {
	const reader = new RecordReader(text, ',');
	if (expected !== undefined) reader.expected = expected;
	const read = [];
	for (let r = reader.next(); r; r = reader.next()) read.push(r);
	return read;
}

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

	it('reads a quote that is never closed as text within its line, and every later row', () => {
		const t = tokenize('a,b\n1,"open\n2,3\n4,5\n', ',');
		expect(t.records).toEqual([
			['a', 'b'],
			['1', '"open'],
			['2', '3'],
			['4', '5']
		]);
		expect(t.recoveredQuoteLines).toEqual([2]);
	});
});

describe('RecordReader: quotes that do not close where they should', () => {
	it('ends a quoted field that runs to a stray quote lines later at its own line', () => {
		const text = 'a,b,c\n1,"x,2\n3,4,5\n6,"y" z",7\n8,9,10\n';
		const read = readAll(text);
		expect(read.map((r) => r.fields)).toEqual([
			['a', 'b', 'c'],
			['1', '"x', '2'],
			['3', '4', '5'],
			['6', 'y" z', '7'],
			['8', '9', '10']
		]);
		expect(read[1]?.recovered).toEqual({ column: 1, reason: 'stray' });
		expect(read.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
	});

	it('once the field count is known, reads a stray opening quote as text (Pollock row_extra_quote)', () => {
		const text = 'd,t,q\n"28/01,00:00,"Boots, men"\n29/01,00:15,"Jacket"\n';
		const read = readAll(text, 3);
		expect(read.map((r) => r.fields)).toEqual([
			['d', 't', 'q'],
			['"28/01', '00:00', 'Boots, men'],
			['29/01', '00:15', 'Jacket']
		]);
		expect(read[1]?.recovered).toEqual({ column: 0, reason: 'field-count' });
	});

	it('a quote closed cleanly lines later but holding whole records is read line by line', () => {
		const text = 'a,b,c,d\n1,2,3,"open\n5,6,7,8\n9,10,11,12\nend"\n';
		const read = readAll(text, 4);
		expect(read.map((r) => r.line)).toEqual([1, 2, 3, 4, 5]);
		expect(read[1]?.recovered?.reason).toBe('swallowed');
		expect(read[2]?.fields).toEqual(['5', '6', '7', '8']);
	});
});

describe('tokenize: other quoting, hostile headers, PapaParse', () => {
	it('reads single-quote quoting when asked', () => {
		const t = tokenize("a,b\n'x, y',1\nMen's,2\n", ',', undefined, undefined, "'");
		expect(t.records).toEqual([
			['a', 'b'],
			['x, y', '1'],
			["Men's", '2']
		]);
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

	it('weighs single quotes only where a field is enclosed in them and nothing is double-quoted', () => {
		const single = "a,b,c\n'x, y',1,2\n'z, w',3,4\n";
		expect(scoreDialects(single)[0]).toMatchObject({ delimiter: ',', quote: "'" });
		// `''` is text here: read with single quotes it would become an empty cell.
		expect(scoreDialects("a,b\n'',1\nx,2\n")[0]?.quote).toBe('"');
		expect(scoreDialects("a,b\n\"it's, ok\",1\n'q',2\n")[0]?.quote).toBe('"');
	});

	it('ranks the alternatives, best first, and detects a space delimiter', () => {
		const scores = scoreDialects('x y z\n1 2 3\n4 5 6\n');
		expect(scores[0]?.delimiter).toBe(' ');
		expect(scores.every((s, k) => k === 0 || s.score <= (scores[k - 1]?.score ?? 0))).toBe(true);
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
