/** The bad-input catalogue, group D: Headers (test data, imported only by tests). */
import { fileCase as file, type CatalogueCase } from './cases';
import { utf8, HEADER, row, HOSTILE, templateFile, type Cells } from './build';
import { headersAt, rejectedAt } from './checks';

/** The template's header and `extra` header cells; one row, with `cells` after the template's. */
const withHeaders =
	(extra: string, cells: string, over: Cells = {}) =>
	() =>
		utf8(`${HEADER},${extra}\n${row(over)},${cells}\n`);

export const D: CatalogueCase[] = [
	file(
		'D1',
		'duplicate header (`note,note`)',
		'OK: `Valore`, `Valore (2)`, plus a notice. No column lost',
		{
			build: withHeaders('note', 'second', { note: 'first' }),
			expected: 'parse',
			codes: ['header-renamed'],
			rows: [{ note: 'first' }],
			verify: (r) =>
				r.columns[11]?.header === 'note (2)' && r.columns.length === 12
					? []
					: [JSON.stringify(r.columns[11])]
		}
	),
	file('D2', 'empty header cells', 'OK: `Column 3`, plus a notice', {
		build: withHeaders(',', 'x,y'),
		expected: 'parse',
		codes: ['header-renamed'],
		verify: headersAt(11, 'Column 12', 'Column 13')
	}),
	file('D3', '`__proto__` header (twice)', 'OK: column preserved, Object.prototype untouched', {
		build: withHeaders('__proto__,__proto__', '{"polluted":1},x'),
		expected: 'parse',
		codes: ['header-renamed'],
		rows: [{ partner: 'KAZ', value: 1 }],
		verify: headersAt(11, '__proto__', '__proto__ (2)')
	}),
	file(
		'D4',
		'`constructor`, `toString`, `valueOf`, `hasOwnProperty`, `__defineGetter__` headers',
		'OK (Arquero crashes or corrupts)',
		{
			build: withHeaders(
				'constructor,toString,valueOf,hasOwnProperty,__defineGetter__',
				'a,b,c,d,e'
			),
			expected: 'parse',
			rows: [{ partner: 'KAZ', value: 1 }],
			verify: headersAt(
				11,
				'constructor',
				'toString',
				'valueOf',
				'hasOwnProperty',
				'__defineGetter__'
			)
		}
	),
	file(
		'D5',
		'`value` vs `Value ` (case or space near-duplicates)',
		'OK: distinct keys, plus a notice of near-duplicates',
		{
			build: withHeaders('Value ', '9', { value: '5' }),
			expected: 'parse',
			codes: ['header-similar'],
			rows: [{ value: 5 }],
			verify: headersAt(11, 'Value')
		}
	),
	file('D6', `header \`${HOSTILE}\``, 'OK: stored verbatim and shown as text everywhere', {
		build: withHeaders(HOSTILE, 'x'),
		expected: 'parse',
		verify: headersAt(11, HOSTILE)
	}),
	file('D7', 'header of 10,000 characters', 'OK: display truncated; full text kept', {
		build: withHeaders('h'.repeat(10_000), 'x'),
		expected: 'parse',
		verify: (r) => (r.columns[11]?.header.length === 10_000 ? [] : ['header cut'])
	}),
	file('D8', 'newline inside a quoted header (`"sector\\nlabel"`)', 'OK: shown on one line', {
		build: () =>
			utf8(
				`period,partner,flow,reporter,sector,"sector\nlabel",value,currency,source,note,flag\n${row({ label: 'Fuels' })}\n`
			),
		expected: 'parse',
		rows: [{ sectorLabel: 'Fuels' }],
		verify: headersAt(5, 'sector label')
	}),
	file(
		'D9',
		'bidi override U+202E and a zero-width space in headers',
		'OK: display isolated, plus a notice',
		{
			build: withHeaders('\u202Eevil\u202C,val\u200Bue2', 'a,b'),
			expected: 'parse',
			codes: ['header-invisible'],
			verify: headersAt(11, '\u202Eevil\u202C')
		}
	),
	file(
		'D10',
		'header row with fewer fields than every data row (a non-empty 12th field)',
		'PARTIAL: extra columns named `Column N`, reported',
		{
			deviation:
				'every row is rejected (field-count, with line): naming the extra column would shift nothing here, but in general an unquoted delimiter makes the same shape and a shifted value column would be imported silently',
			build: templateFile([`${row()},extra`, `${row({ partner: 'UZB' })},extra`]),
			expected: 'reject',
			fatal: 'no-valid-rows',
			rejections: rejectedAt([2, 3], 'field-count')
		}
	)
];
