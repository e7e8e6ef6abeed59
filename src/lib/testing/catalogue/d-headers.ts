/** The bad-input catalogue, group D: Headers (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { utf8, HEADER, row, tpl, HOSTILE } from './build';

export const D: CatalogueCase[] = [
	{
		kind: 'file',
		id: 'D1',
		description: 'duplicate header (`note,note`)',
		catalogue: 'OK: `Valore`, `Valore (2)`, plus a notice. No column lost',
		build: () => utf8(`${HEADER},note\n${row({ note: 'first' })},second\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		rows: [{ note: 'first' }],
		verify: (r) =>
			r.columns[11]?.header === 'note (2)' && r.columns.length === 12
				? []
				: [JSON.stringify(r.columns[11])]
	},
	{
		kind: 'file',
		id: 'D2',
		description: 'empty header cells',
		catalogue: 'OK: `Column 3`, plus a notice',
		build: () => utf8(`${HEADER},,\n${row()},x,y\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		verify: (r) =>
			r.columns[11]?.header === 'Column 12' && r.columns[12]?.header === 'Column 13'
				? []
				: [JSON.stringify(r.columns.slice(11))]
	},
	{
		kind: 'file',
		id: 'D3',
		description: '`__proto__` header (twice)',
		catalogue: 'OK: column preserved, Object.prototype untouched',
		build: () => utf8(`${HEADER},__proto__,__proto__\n${row()},{"polluted":1},x\n`),
		expected: 'parse',
		codes: ['header-renamed'],
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) =>
			r.columns[11]?.header === '__proto__' && r.columns[12]?.header === '__proto__ (2)'
				? []
				: [JSON.stringify(r.columns.slice(11))]
	},
	{
		kind: 'file',
		id: 'D4',
		description:
			'`constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__defineGetter__` headers',
		catalogue: 'OK (Arquero crashes or corrupts)',
		build: () =>
			utf8(
				`${HEADER},constructor,toString,valueOf,hasOwnProperty,__defineGetter__\n${row()},a,b,c,d,e\n`
			),
		expected: 'parse',
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: (r) =>
			r.columns
				.slice(11)
				.map((c) => c.header)
				.join() === 'constructor,toString,valueOf,hasOwnProperty,__defineGetter__'
				? []
				: ['headers']
	},
	{
		kind: 'file',
		id: 'D5',
		description: '`value` vs `Value ` (case or space near-duplicates)',
		catalogue: 'OK: distinct keys, plus a notice of near-duplicates',
		build: () => utf8(`${HEADER},Value \n${row({ value: '5' })},9\n`),
		expected: 'parse',
		codes: ['header-similar'],
		rows: [{ value: 5 }],
		verify: (r) => (r.columns[11]?.header === 'Value' ? [] : [JSON.stringify(r.columns[11])])
	},
	{
		kind: 'file',
		id: 'D6',
		description: `header \`${HOSTILE}\``,
		catalogue: 'OK: stored verbatim and shown as text everywhere',
		build: () => utf8(`${HEADER},${HOSTILE}\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header === HOSTILE ? [] : [JSON.stringify(r.columns[11])])
	},
	{
		kind: 'file',
		id: 'D7',
		description: 'header of 10,000 characters',
		catalogue: 'OK: display truncated; full text kept',
		build: () => utf8(`${HEADER},${'h'.repeat(10_000)}\n${row()},x\n`),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header.length === 10_000 ? [] : ['header cut'])
	},
	{
		kind: 'file',
		id: 'D8',
		description: 'newline inside a quoted header (`"sector\\nlabel"`)',
		catalogue: 'OK: shown on one line',
		build: () =>
			utf8(
				`period,partner,flow,reporter,sector,"sector\nlabel",value,currency,source,note,flag\n${row({ label: 'Fuels' })}\n`
			),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels' }],
		verify: (r) => (r.columns[5]?.header === 'sector label' ? [] : [JSON.stringify(r.columns[5])])
	},
	{
		kind: 'file',
		id: 'D9',
		description: 'bidi override U+202E and a zero-width space in headers',
		catalogue: 'OK: display isolated, plus a notice',
		build: () => utf8(`${HEADER},\u202Eevil\u202C,val\u200Bue2\n${row()},a,b\n`),
		expected: 'parse',
		codes: ['header-invisible'],
		verify: (r) => (r.columns[11]?.header === '\u202Eevil\u202C' ? [] : ['header changed'])
	},
	{
		kind: 'file',
		id: 'D10',
		description: 'header row with fewer fields than every data row (a non-empty 12th field)',
		catalogue: 'PARTIAL: extra columns named `Column N`, reported',
		deviation:
			'every row is rejected (field-count, with line): naming the extra column would shift nothing here, but in general an unquoted delimiter makes the same shape and a shifted value column would be imported silently',
		build: () => utf8(tpl([`${row()},extra`, `${row({ partner: 'UZB' })},extra`])),
		expected: 'reject',
		fatal: 'no-valid-rows',
		rejections: [
			{ line: 2, code: 'field-count' },
			{ line: 3, code: 'field-count' }
		]
	}
];
