/**
 * End-to-end behaviour of importFile on small inline files: dialects, encodings, numbers, units,
 * Italy's point of view, hostile headers, counts and messages.
 */
import { describeIssue } from '../../i18n/issues';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { importFile, MAX_ISSUES_PER_CODE, type ImportIssue, type IssueCode } from './index';
import { SEVERITY } from './severity';
import { detectScale } from './units';

const enc = (s: string) => new TextEncoder().encode(s);
const run = (text: string, name = 'test.csv', opts: Parameters<typeof importFile>[2] = {}) =>
	importFile(enc(text), name, opts);
const HEAD = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
const HEAD_SC = HEAD.replaceAll(',', ';');

function reconciles(r: ReturnType<typeof importFile>) {
	expect(r.report.read).toBe(r.report.accepted + r.report.rejected);
	const sum = Object.values(r.report.rejectedByCode).reduce((a, b) => a + (b ?? 0), 0);
	expect(sum).toBe(r.report.rejected);
}

/** 1252 bytes of a string whose characters are all in Latin-1 or the 0x80-0x9F table. */
function cp1252(s: string): Uint8Array {
	const high: Record<string, number> = { '€': 0x80, '’': 0x92, '–': 0x96 };
	return new Uint8Array([...s].map((ch) => high[ch] ?? (ch.charCodeAt(0) as number)));
}

function utf16le(s: string): Uint8Array {
	const out = new Uint8Array(2 + s.length * 2);
	out[0] = 0xff;
	out[1] = 0xfe;
	for (let i = 0; i < s.length; i++) {
		out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
		out[3 + 2 * i] = s.charCodeAt(i) >> 8;
	}
	return out;
}

describe('numbers decided from the file', () => {
	const cases: {
		name: string;
		text: string;
		delimiter: string;
		decimal: string;
		thousands: string | null;
		values: number[];
	}[] = [
		{
			name: '; and decimal comma (Italian)',
			text: `${HEAD_SC}\n2023;KAZ;export;ITA;TOTAL;;1.234.567,89;EUR;ISTAT;;\n2022;KAZ;export;ITA;TOTAL;;1234,5;EUR;ISTAT;;\n2021;KAZ;export;ITA;TOTAL;;1.234;EUR;ISTAT;;\n`,
			delimiter: ';',
			decimal: ',',
			thousands: '.',
			values: [1234567.89, 1234.5, 1234]
		},
		{
			name: ', and decimal point (English)',
			text: `${HEAD}\n2023,KAZ,export,ITA,TOTAL,,"1,234,567.89",EUR,ISTAT,,\n2022,KAZ,export,ITA,TOTAL,,1234.5,EUR,ISTAT,,\n2021,KAZ,export,ITA,TOTAL,,"1,234",EUR,ISTAT,,\n`,
			delimiter: ',',
			decimal: '.',
			thousands: ',',
			values: [1234567.89, 1234.5, 1234]
		},
		{
			name: 'tab, negative and scientific',
			text: `${HEAD.replaceAll(',', '\t')}\n2023\tKAZ\texport\tITA\tTOTAL\t\t-2.5e3\tEUR\tISTAT\t\t\n2022\tKAZ\texport\tITA\tTOTAL\t\t0.5\tEUR\tISTAT\t\t\n`,
			delimiter: '\t',
			decimal: '.',
			thousands: null,
			values: [-2500, 0.5]
		}
	];
	it.each(cases)('$name', ({ text, delimiter, decimal, thousands, values }) => {
		const r = run(text);
		expect(r.format?.id).toBe('template');
		expect(r.dialect).toMatchObject({ delimiter, decimal, thousands, decimalSource: 'file' });
		expect(r.rows.map((x) => x.value)).toEqual(values);
		reconciles(r);
	});

	it('rejects an ambiguous number with its line and column, never guessing', () => {
		const r = run(
			`${HEAD_SC}\n2023;KAZ;export;ITA;TOTAL;;1,234;EUR;ISTAT;;\n2022;KAZ;export;ITA;TOTAL;;5000;EUR;ISTAT;;\n`
		);
		expect(r.dialect.decimalSource).toBe('none');
		expect(r.rows.map((x) => x.value)).toEqual([5000]);
		const issue = r.report.issues.find((i) => i.code === 'ambiguous-number');
		expect(issue).toEqual({
			line: 2,
			column: 7,
			header: 'value',
			code: 'ambiguous-number',
			params: { value: '1,234' }
		});
		expect(describeIssue(issue as ImportIssue, 'en')).toBe(
			'Line 2, column 7 (value): "1,234" is ambiguous — a decimal comma or a thousands separator? Nothing else in the file decides: set the decimal mark and import again.'
		);
		expect(describeIssue(issue as ImportIssue, 'it')).toMatch(
			/^Riga 2, colonna 7 \(value\): "1,234" è ambiguo/
		);
		reconciles(r);
		// The analyst's choice settles it.
		const again = run(`${HEAD_SC}\n2023;KAZ;export;ITA;TOTAL;;1,234;EUR;ISTAT;;\n`, 'x.csv', {
			override: { decimal: ',' }
		});
		expect(again.rows[0]?.value).toBe(1.234);
		expect(again.dialect.decimalSource).toBe('override');
	});

	it('lists cells that contradict the file format', () => {
		const r = run(
			`${HEAD_SC}\n2023;KAZ;export;ITA;TOTAL;;1.234,5;EUR;ISTAT;;\n2022;KAZ;export;ITA;TOTAL;;2.000,25;EUR;ISTAT;;\n2021;KAZ;export;ITA;TOTAL;;1,234.5;EUR;ISTAT;;\n`
		);
		expect(r.rows.map((x) => x.value)).toEqual([1234.5, 2000.25]);
		expect(r.report.issues.find((i) => i.code === 'invalid-number')).toMatchObject({
			line: 4,
			column: 7,
			params: { value: '1,234.5', expected: '1.234,56' }
		});
		expect(r.report.issues.some((i) => i.code === 'number-format')).toBe(true);
	});
});

describe('encodings', () => {
	it('reads a Windows-1252 ISTAT table with accented names and a € unit line', () => {
		const text =
			'Interscambio per attività economica – valori in migliaia di €;;;\n' +
			'Paese;Settore;Flusso;2022;2023\n' +
			'Kazakistan;Attività estrattive;Esportazioni;1.250,5;2.400\n' +
			'Federazione russa;Attività manifatturiere;Importazioni;10.000;12.500,75\n';
		const r = importFile(cp1252(text), 'coeweb.csv');
		expect(r.dialect.encoding).toBe('windows-1252');
		expect(r.report.issues.map((i) => i.code)).toContain('encoding-fallback');
		expect(r.format?.id).toBe('istat-wide');
		expect(r.report.units).toBe('Interscambio per attività economica – valori in migliaia di €');
		expect(r.rows).toContainEqual(
			expect.objectContaining({
				partner: 'KAZ',
				flow: 'export',
				period: '2022',
				sector: 'grp:Attività estrattive',
				sectorLabel: 'Attività estrattive',
				value: 1250500
			})
		);
		expect(r.rows).toContainEqual(
			expect.objectContaining({ partner: 'RUS', flow: 'import', period: '2023', value: 12500750 })
		);
		reconciles(r);
	});

	it('reads UTF-16LE with BOM (Excel "Unicode text", tab-delimited)', () => {
		const text = `${HEAD.replaceAll(',', '\t')}\r\n2023\tKAZ\texport\tITA\tTOTAL\tTotale\t1234,5\tEUR\tISTAT\tCittà\t\r\n`;
		const r = importFile(utf16le(text), 'unicode.txt');
		expect(r.dialect).toMatchObject({
			encoding: 'utf-16le',
			bom: true,
			delimiter: '\t',
			decimal: ','
		});
		expect(r.rows).toEqual([expect.objectContaining({ value: 1234.5, note: 'Città' })]);
	});

	it('reads UTF-8 with BOM without a BOM in the first header', () => {
		const r = importFile(
			new Uint8Array([
				0xef,
				0xbb,
				0xbf,
				...enc(`${HEAD}\n2023,UZB,import,ITA,TOTAL,,10,EUR,ISTAT,,\n`)
			]),
			'bom.csv'
		);
		expect(r.dialect).toMatchObject({ encoding: 'utf-8', bom: true });
		expect(r.columns[0]).toEqual({ index: 0, header: 'period', field: 'period' });
		expect(r.rows).toHaveLength(1);
	});
});

describe('layout: titles, footnotes, hints, overrides', () => {
	it('skips title rows above and footnotes below', () => {
		const text =
			'Italian trade with Central Asia\n"Extracted on 01/02/2025, values in euro"\n\n' +
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,,100,EUR,ISTAT,,\n2023,UZB,export,ITA,TOTAL,,200,EUR,ISTAT,,\n\n` +
			'Source: ISTAT, Coeweb\n"Note: 2023 provisional"\n';
		const r = run(text);
		expect(r.dialect).toMatchObject({ headerLine: 4, skippedTop: 2, skippedBottom: 2 });
		expect(r.report).toMatchObject({ read: 2, accepted: 2, rejected: 0 });
		expect(r.report.issues.find((i) => i.code === 'footer-skipped')).toMatchObject({
			line: 8,
			params: { lines: 2, first: 'Source: ISTAT, Coeweb' }
		});
		expect(r.report.issues.find((i) => i.code === 'title-skipped')).toMatchObject({
			line: 1,
			params: { lines: 2 }
		});
	});

	it('honours sep= and an explicit header line', () => {
		const r = run(`sep=;\n${HEAD_SC}\n2023;KAZ;export;ITA;TOTAL;;1;EUR;ISTAT;;\n`);
		expect(r.dialect).toMatchObject({ delimiter: ';', headerLine: 2, skippedTop: 1 });
		expect(r.rows).toHaveLength(1);
		const forced = run(`whatever,x\n${HEAD}\n2023,KAZ,export,ITA,TOTAL,,1,EUR,ISTAT,,\n`, 'f.csv', {
			override: { headerLine: 2, delimiter: ',' }
		});
		expect(forced.dialect.headerLine).toBe(2);
		expect(forced.rows).toHaveLength(1);
	});

	it('reports the line where a multi-line record starts', () => {
		const r = run(
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,"Two\nlines",1,EUR,ISTAT,,\n2023,Atlantis,export,ITA,TOTAL,,1,EUR,ISTAT,,\n`
		);
		expect(r.report.issues.find((i) => i.code === 'unknown-country')).toMatchObject({
			line: 4,
			column: 2,
			header: 'partner',
			params: { value: 'Atlantis' }
		});
	});

	it('rejects shifted rows and skips repeated headers', () => {
		const r = run(
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,Fuels, oils,1,EUR,ISTAT,,\n${HEAD}\n2023,KAZ,export,ITA,TOTAL,,1,EUR,ISTAT,,\n`
		);
		expect(r.report.rejectedByCode).toEqual({ 'field-count': 1 });
		expect(r.report.issues.find((i) => i.code === 'field-count')).toMatchObject({
			line: 2,
			params: { expected: 11, found: 12 }
		});
		expect(r.report.issues.find((i) => i.code === 'repeated-header')).toMatchObject({ line: 3 });
		expect(r.rows).toHaveLength(1);
		reconciles(r);
		// The same extra empty field on every row is a trailing delimiter, not a shift.
		const trailing = run(
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,,1,EUR,ISTAT,,,\n2022,KAZ,export,ITA,TOTAL,,2,EUR,ISTAT,,,\n`
		);
		expect(trailing.rows).toHaveLength(2);
	});
});

describe("Italy's point of view", () => {
	it('swaps the flow when Italy is the partner and keeps the reporter', () => {
		const r = run(
			'DATAFLOW,COUNTRY,INDICATOR,COUNTERPART_COUNTRY,FREQUENCY,TIME_PERIOD,OBS_VALUE\n' +
				'IMF.STA:IMTS(1.0.0),KAZ,XG_FOB_USD,ITA,A,2023,14833000000\n' +
				'IMF.STA:IMTS(1.0.0),KAZ,MG_CIF_USD,ITA,A,2023,1242000000\n' +
				'IMF.STA:IMTS(1.0.0),KAZ,XG_FOB_USD,CHN,A,2023,16000000000\n' +
				'IMF.STA:IMTS(1.0.0),ITA,XG_FOB_USD,W00,A,2023,677000000000\n'
		);
		expect(r.rows).toEqual([
			expect.objectContaining({
				partner: 'KAZ',
				reporter: 'KAZ',
				flow: 'import',
				value: 14833000000
			}),
			expect.objectContaining({
				partner: 'KAZ',
				reporter: 'KAZ',
				flow: 'export',
				value: 1242000000
			})
		]);
		expect(r.report.rejectedByCode).toEqual({ 'not-italy': 1, 'aggregate-partner': 1 });
		expect(r.report.issues.find((i) => i.code === 'flow-swapped')?.params).toEqual({
			observations: 2
		});
		expect(r.report.reporters).toEqual(['KAZ']);
	});
});

describe('units', () => {
	const cases: [string, number | null][] = [
		['Export (US$ Thousand)', 3],
		['thousand US dollars', 3],
		['Valori in migliaia di euro', 3],
		['milioni di euro', 6],
		['тыс. долларов США', 3],
		['млн долларов', 6],
		['Total Value ($ 1000)', 3],
		['miliardi di euro', 9],
		['Valori in euro', null]
	];
	it.each(cases)('%s → 10^%s', (text, power) =>
		expect(detectScale(text)?.power ?? null).toBe(power)
	);

	it('scales an ISTAT table whose title says milioni', () => {
		const r = run(
			'Export verso Asia centrale (milioni di euro);;\nPaese;2022;2023\nKazakistan;826,7;1.067,2\n'
		);
		expect(r.format?.id).toBe('istat-wide');
		expect(r.rows.map((x) => [x.flow, x.value])).toEqual([
			['export', 826700000],
			['export', 1067200000]
		]);
		expect(r.report.issues.map((i) => i.code)).toEqual(
			expect.arrayContaining(['units-scaled', 'flow-from-context'])
		);
	});

	it('scales a long file re-saved by Italian Excel (title in thousands, ;, decimal comma, 1252)', () => {
		const text =
			'Esportazioni Italia verso Kazakistan – valori in migliaia di €\r\n' +
			'REPORTER;PARTNER;PRODUCT;FLOW;STAT_PROCEDURE;PERIOD;VALUE_IN_EUR\r\n' +
			'"Italy (incl. San Marino \'SM\' -> 1993)";"Kazakhstan";"TOTAL-Total";"2-EXPORT";"T-Total";"201901-Jan. 2019";144.878,399\r\n' +
			'"Italy (incl. San Marino \'SM\' -> 1993)";"Kazakhstan";"TOTAL-Total";"2-EXPORT";"T-Total";"201902-Feb. 2019";61.683,658\r\n' +
			'Fonte: Eurostat Comext\r\n';
		const r = importFile(cp1252(text), 'kaz.csv');
		expect(r.format?.id).toBe('comext-browser');
		expect(r.dialect).toMatchObject({
			encoding: 'windows-1252',
			delimiter: ';',
			decimal: ',',
			thousands: '.',
			headerLine: 2,
			skippedTop: 1,
			skippedBottom: 1
		});
		expect(r.rows.map((x) => x.value)).toEqual([144878399, 61683658]);
		expect(r.report.units).toBe('Esportazioni Italia verso Kazakistan – valori in migliaia di €');
		expect(r.report.issues.find((i) => i.code === 'units-scaled')?.params).toMatchObject({
			factor: 1000,
			where: 'title'
		});
	});

	it('scales by the value column header', () => {
		const r = run(
			'Classification,Year,Period,Trade Flow Code,Reporter Code,Reporter ISO,Partner Code,Partner ISO,Commodity Code,Trade Value (US$ thousand)\n' +
				'HS,2016,2016,2,381,ITA,398,KAZ,TOTAL,1010000.5\n'
		);
		expect(r.format?.id).toBe('comtrade-legacy');
		expect(r.rows[0]?.value).toBe(1010000500);
	});

	it('asks for the flow when a table does not state it', () => {
		const text =
			'\ufeffCode,Klassifikator,Klassifikator_ru,Klassifikator_en,2022,2023\n380,Italiya,Италия,Italy,329820.8,428965.7\n';
		const r = run(text, 'uzstat_export.csv');
		expect(r.ok).toBe(false);
		expect(r.fatal?.code).toBe('needs-flow');
		const again = run(text, 'uzstat_export.csv', { tableFlow: 'import' });
		expect(again.rows.map((x) => [x.period, x.flow, x.reporter, x.partner, x.value])).toEqual([
			['2022', 'export', 'UZB', 'UZB', 329820800],
			['2023', 'export', 'UZB', 'UZB', 428965700]
		]);
	});
});

describe('hostile content', () => {
	it('keeps __proto__, constructor, empty and duplicate headers without touching Object.prototype', () => {
		const before = Object.getOwnPropertyNames(Object.prototype).sort();
		const text = `${HEAD},__proto__,constructor,,note\n2023,KAZ,export,ITA,TOTAL,<img src=x onerror=alert(1)>,5,EUR,ISTAT,=1+1,,{"polluted":1},x,y,second\n`;
		const r = run(text);
		expect(r.rows).toEqual([
			expect.objectContaining({
				value: 5,
				sectorLabel: '<img src=x onerror=alert(1)>',
				note: '=1+1'
			})
		]);
		expect(r.columns.slice(11)).toEqual([
			{ index: 11, header: '__proto__', field: null },
			{ index: 12, header: 'constructor', field: null },
			{ index: 13, header: 'Column 14', field: null },
			{ index: 14, header: 'note (2)', field: null }
		]);
		expect(
			r.report.issues.filter((i) => i.code === 'header-renamed').map((i) => i.params.to)
		).toEqual(['Column 14', 'note (2)']);
		expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(before);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});

	it('accepts __proto__ as a data value', () => {
		const r = run(`${HEAD}\n2023,KAZ,export,ITA,__proto__,__proto__,5,EUR,__proto__,__proto__,\n`);
		expect(r.rows[0]).toMatchObject({
			sector: '__proto__',
			sectorLabel: '__proto__',
			source: '__proto__'
		});
		expect(Object.getPrototypeOf(r.rows[0])).toBe(Object.prototype);
	});
});

describe('recovery instead of refusal (issue 15)', () => {
	it('a quote never closed is text within its line: the row and every later row load, with a notice', () => {
		const r = run(
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,"open,1,EUR,ISTAT,,\n2024,KAZ,export,ITA,TOTAL,,1,EUR,ISTAT,,\n`
		);
		expect(r.ok).toBe(true);
		expect(r.rows.map((x) => [x.period, x.sectorLabel])).toEqual([
			['2023', '"open'],
			['2024', null]
		]);
		const q = r.report.issues.find((i) => i.code === 'quote-repaired') as ImportIssue;
		expect(q).toMatchObject({ line: 2, column: 6, params: { reason: 'unclosed' } });
		expect(describeIssue(q, 'en')).toMatch(
			/^Line 2, column 6.*read as text up to the next delimiter/
		);
		expect(describeIssue(q, 'it')).toMatch(/letta come testo/);
		reconciles(r);
	});

	it('a stray opening quote in a value cell rejects that row only (field count fits, number does not)', () => {
		const r = run(
			`${HEAD}\n2023,KAZ,export,ITA,TOTAL,,"5,EUR,ISTAT,,\n2024,KAZ,export,ITA,TOTAL,,"6",EUR,ISTAT,,\n`
		);
		expect(r.rows.map((x) => x.value)).toEqual([6]);
		expect(r.report.rejectedByCode).toEqual({ 'invalid-number': 1 });
		reconciles(r);
	});

	it('single-quote quoting and a space delimiter are detected, not refused', () => {
		const single = run(`${HEAD}\n2023,KAZ,export,ITA,27,'Fuels, oils',5,EUR,ISTAT,,\n`);
		expect(single.rows[0]?.sectorLabel).toBe('Fuels, oils');
		const spaced = run(
			`${HEAD.replaceAll(',', ' ')}\n2023 KAZ export ITA TOTAL "" 5 EUR ISTAT "" ""\n`
		);
		expect(spaced.dialect.delimiter).toBe(' ');
		expect(spaced.rows[0]?.value).toBe(5);
	});
});

describe('fatal outcomes', () => {
	const cases: { name: string; bytes: Uint8Array; code: IssueCode; en: RegExp }[] = [
		{ name: 'empty', bytes: new Uint8Array(0), code: 'empty-file', en: /empty/ },
		{ name: 'blank lines only', bytes: enc('\n \n\t\n'), code: 'no-text', en: /blank/ },
		{
			name: 'Excel workbook',
			bytes: new Uint8Array([0x50, 0x4b, 3, 4, ...enc('xl/workbook.xml')]),
			code: 'binary-file',
			en: /Excel file: save it as CSV/
		},
		{
			name: 'unknown columns',
			bytes: enc('foo,bar\n1,2\n'),
			code: 'unknown-format',
			en: /match no supported format/
		},
		{ name: 'header without data', bytes: enc(`${HEAD}\n`), code: 'no-data', en: /no data rows/ },
		{
			name: 'nothing valid',
			bytes: enc(`${HEAD}\n2023,KAZ,export,ITA,TOTAL,,:,EUR,ISTAT,,\n`),
			code: 'no-valid-rows',
			en: /Most common reason: Empty|missing or confidential/
		}
	];
	it.each(cases)('$name → $code', ({ bytes, code, en }) => {
		const r = importFile(bytes, 'f.csv');
		expect(r.ok).toBe(false);
		expect(r.fatal?.code).toBe(code);
		expect(r.report.issues[0]).toEqual(r.fatal);
		expect(describeIssue(r.fatal as ImportIssue, 'en')).toMatch(en);
		expect(describeIssue(r.fatal as ImportIssue, 'it').length).toBeGreaterThan(10);
		reconciles(r);
	});
});

describe('report', () => {
	it('reconciles read = accepted + rejected for any mix of good and bad rows', () => {
		const cell = fc.constantFrom('100', '1.234', '1,234', '', ':', 'x', '-5', '12,5', 'abc');
		const partner = fc.constantFrom('KAZ', 'Uzbekistan', 'ITA', 'World', 'Atlantis', 'KG');
		const flow = fc.constantFrom('export', 'import', 're-export', 'sideways');
		const period = fc.constantFrom('2023', '2024-03', '2024-Q2', '2024-13', 'soon');
		const row = fc.tuple(period, partner, flow, cell);
		fc.assert(
			fc.property(
				fc.array(row, { minLength: 1, maxLength: 30 }),
				fc.constantFrom(',', ';'),
				(rows, d) => {
					const body = rows.map(([p, pa, f, v]) =>
						[p, pa, f, 'ITA', 'TOTAL', '', v.includes(d) ? `"${v}"` : v, 'EUR', 'src', '', ''].join(
							d
						)
					);
					const r = run([HEAD.replaceAll(',', d), ...body].join('\n'));
					expect(r.report.read).toBe(rows.length);
					reconciles(r);
					for (const i of r.report.issues)
						expect(describeIssue(i, 'en')).not.toMatch(/undefined|NaN/);
				}
			),
			{ numRuns: 200, seed: 7 }
		);
	});

	it('lists notices and errors before skips, and caps each code', () => {
		const n = MAX_ISSUES_PER_CODE + 5;
		const lines = [HEAD, '2023,Atlantis,export,ITA,TOTAL,,1,EUR,s,,'];
		for (let i = 0; i < n; i++) lines.push('2023,KAZ,export,ITA,TOTAL,,:,EUR,s,,');
		lines.push('2023,KAZ,export,ITA,TOTAL,,7,EUR,s,,');
		const r = run(lines.join('\n'));
		expect(r.report.rejectedByCode).toEqual({ 'missing-value': n, 'unknown-country': 1 });
		expect(r.report.issues.filter((i) => i.code === 'missing-value')).toHaveLength(
			MAX_ISSUES_PER_CODE
		);
		expect(r.report.issues[0]).toMatchObject({
			code: 'issues-truncated',
			params: { code: 'missing-value', omitted: 5 }
		});
		expect(r.report.issues[1]).toMatchObject({ code: 'unknown-country', line: 2 });
		reconciles(r);
	});

	it('reports progress from 0 to 1', () => {
		const seen: number[] = [];
		const body = Array.from(
			{ length: 20000 },
			(_, i) => `${2000 + (i % 20)},KAZ,export,ITA,${i},,${i},EUR,s,,`
		);
		const r = run([HEAD, ...body].join('\n'), 'big.csv', { onProgress: (f) => seen.push(f) });
		expect(r.report.accepted).toBe(20000);
		expect(seen.at(-1)).toBe(1);
		expect([...seen].sort((a, b) => a - b)).toEqual(seen);
	});
});

describe('describeIssue', () => {
	const codes = Object.keys(SEVERITY) as IssueCode[];
	const params = {
		value: 'v',
		count: 3,
		lines: 2,
		first: 'f',
		from: 'a',
		to: 'b',
		factor: 1000,
		phrase: 'p',
		where: 'title',
		flow: 'export',
		table: '1105',
		observations: 4,
		decimal: ',',
		thousands: '.',
		source: 'file',
		ambiguous: 2,
		conflicting: 0,
		example: '1.234',
		code: 'missing-value',
		omitted: 9,
		expected: 11,
		found: 12,
		field: 'source',
		dimension: 'motCode',
		reporter: 'r',
		partner: 'p',
		kind: 'xlsx',
		header: 'h',
		rows: 5,
		main: 'missing-value',
		size: 600,
		limit: 512,
		delimiter: ';',
		encoding: 'utf-16le',
		format: 'x',
		date: '2024-05',
		title: 't'
	};
	it.each(codes)('%s has a full sentence in both languages', (code) => {
		for (const lang of ['en', 'it'] as const) {
			const text = describeIssue(
				{ line: 14, column: 3, header: 'VALUE_IN_EUR', code, params },
				lang
			);
			expect(text).toMatch(
				lang === 'en'
					? /^Line 14, column 3 \(VALUE_IN_EUR\): /
					: /^Riga 14, colonna 3 \(VALUE_IN_EUR\): /
			);
			expect(text).toMatch(/[.?!]$/);
			expect(text).not.toMatch(/undefined|\[object/);
		}
		expect(describeIssue({ line: null, column: null, header: null, code, params }, 'it')).toMatch(
			/^[A-ZÈ0-9"]/
		);
	});
});
