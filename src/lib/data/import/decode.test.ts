import { describe, expect, it } from 'vitest';
import { cp1252, utf16, utf8 } from '../../testing/catalogue/build';
import { decodeBytes, decodeWindows1252, sniffBinary } from './decode';

const bytes = (...b: number[]) => new Uint8Array(b);

describe('decodeBytes', () => {
	// name, bytes, then what comes out: encoding, BOM, text, how the encoding was found
	const cases: [string, Uint8Array, string, boolean, string, string][] = [
		['UTF-8 without BOM', utf8('Città;Valore\n'), 'utf-8', false, 'Città;Valore\n', 'valid-utf8'],
		[
			'UTF-8 with BOM (stripped)',
			new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Code,2023\n')]),
			'utf-8',
			true,
			'Code,2023\n',
			'bom'
		],
		[
			'UTF-16LE with BOM',
			utf16('Paese\tValore\nKazakistan\t1,5\n', false, true),
			'utf-16le',
			true,
			'Paese\tValore\nKazakistan\t1,5\n',
			'bom'
		],
		[
			'UTF-16BE with BOM',
			utf16('Paese;Anno\n', true, true),
			'utf-16be',
			true,
			'Paese;Anno\n',
			'bom'
		],
		[
			'UTF-16LE without BOM (NUL pattern)',
			utf16('period,partner\n2023,KAZ\n', false, false),
			'utf-16le',
			false,
			'period,partner\n2023,KAZ\n',
			'nul-pattern'
		],
		// à = E0, € = 80 in Windows-1252
		[
			'Windows-1252 fallback',
			cp1252('Attività;Unità;€ 5'),
			'windows-1252',
			false,
			'Attività;Unità;€ 5',
			'fallback'
		]
	];
	it.each(cases)('%s', (_name, input, encoding, bom, text, how) => {
		const r = decodeBytes(input);
		expect(r.ok).toBe(true);
		if (!r.ok) return;
		expect(r.encoding).toBe(encoding);
		expect(r.bom).toBe(bom);
		expect(r.text).toBe(text);
		expect(r.how).toBe(how);
	});

	it('decodes the Windows-1252 high range with its own table (not C1 controls)', () => {
		expect(decodeWindows1252(bytes(0x80, 0x92, 0x96, 0x9c, 0xe8, 0xf9))).toBe('€’–œèù');
	});

	it('honours a forced encoding', () => {
		const r = decodeBytes(utf8('Città'), 'windows-1252');
		expect(r.ok && r.text).toBe('CittÃ\u00a0');
		const bad = decodeBytes(bytes(0x43, 0xe0), 'utf-8');
		expect(bad.ok && bad.replaced).toBe(true);
	});
});

describe('decodeBytes on files that are not text', () => {
	const binaries: { name: string; input: Uint8Array; kind: string }[] = [
		{
			name: 'xlsx',
			input: new Uint8Array([
				0x50,
				0x4b,
				0x03,
				0x04,
				0x14,
				0,
				...utf8('[Content_Types].xml....xl/workbook.xml')
			]),
			kind: 'xlsx'
		},
		{
			name: 'plain zip',
			input: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0, ...utf8('data.csv')]),
			kind: 'zip'
		},
		{
			name: 'xls (OLE2)',
			input: bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0),
			kind: 'xls'
		},
		{
			name: '7z (Comext bulk)',
			input: bytes(0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c, 0, 4),
			kind: '7z'
		},
		{ name: 'gzip', input: bytes(0x1f, 0x8b, 8, 0), kind: 'gzip' },
		{ name: 'pdf', input: utf8('%PDF-1.7\n'), kind: 'pdf' },
		{ name: 'png', input: bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), kind: 'image' },
		{
			name: 'NUL bytes',
			input: bytes(0x61, 0x2c, 0x62, 0x0a, 0x00, 0x01, 0x00, 0x00, 0x02, 0x03, 0x04),
			kind: 'binary'
		}
	];
	it.each(binaries)('refuses $name', ({ input, kind }) => {
		const r = decodeBytes(input);
		expect(r).toEqual({ ok: false, reason: 'binary', kind });
	});
});

describe('decodeBytes on broken and empty text', () => {
	it('replaces lone surrogates in UTF-16 with U+FFFD and says so, like bad UTF-8', () => {
		const ok = '2022,Eurostat Comext\n'.repeat(4);
		const text = `period,source\n${ok}2023,Euro\uD800stat\n2024,\uDC00x\n`;
		for (const bigEndian of [false, true]) {
			for (const bom of [true, false]) {
				const out = decodeBytes(utf16(text, bigEndian, bom));
				expect(out).toMatchObject({
					ok: true,
					text: `period,source\n${ok}2023,Euro\uFFFDstat\n2024,\uFFFDx\n`,
					replaced: true
				});
			}
			const forced = decodeBytes(
				utf16(text, bigEndian, false),
				bigEndian ? 'utf-16be' : 'utf-16le'
			);
			expect(forced).toMatchObject({ ok: true, replaced: true });
		}
		expect(decodeBytes(utf16('a,b\n1,\uD83D\uDE00\n', false, true))).toMatchObject({
			text: 'a,b\n1,😀\n',
			replaced: false
		});
	});

	it('reports an empty file', () => {
		expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty', kind: null });
		expect(sniffBinary(utf8('a,b'))).toBeNull();
	});
});
