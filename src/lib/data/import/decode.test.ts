import { describe, expect, it } from 'vitest';
import { decodeBytes, decodeWindows1252, sniffBinary } from './decode';

const utf8 = (s: string) => new TextEncoder().encode(s);
const bytes = (...b: number[]) => new Uint8Array(b);
function utf16(s: string, bigEndian: boolean, bom = true): Uint8Array {
	const out = new Uint8Array((s.length + (bom ? 1 : 0)) * 2);
	let o = 0;
	const put = (code: number) => {
		out[o++] = bigEndian ? code >> 8 : code & 0xff;
		out[o++] = bigEndian ? code & 0xff : code >> 8;
	};
	if (bom) put(0xfeff);
	for (let i = 0; i < s.length; i++) put(s.charCodeAt(i));
	return out;
}

describe('decodeBytes', () => {
	const cases: {
		name: string;
		input: Uint8Array;
		encoding: string;
		bom: boolean;
		text: string;
		how: string;
	}[] = [
		{
			name: 'UTF-8 without BOM',
			input: utf8('Città;Valore\n'),
			encoding: 'utf-8',
			bom: false,
			text: 'Città;Valore\n',
			how: 'valid-utf8'
		},
		{
			name: 'UTF-8 with BOM (stripped)',
			input: new Uint8Array([0xef, 0xbb, 0xbf, ...utf8('Code,2023\n')]),
			encoding: 'utf-8',
			bom: true,
			text: 'Code,2023\n',
			how: 'bom'
		},
		{
			name: 'UTF-16LE with BOM',
			input: utf16('Paese\tValore\nKazakistan\t1,5\n', false),
			encoding: 'utf-16le',
			bom: true,
			text: 'Paese\tValore\nKazakistan\t1,5\n',
			how: 'bom'
		},
		{
			name: 'UTF-16BE with BOM',
			input: utf16('Paese;Anno\n', true),
			encoding: 'utf-16be',
			bom: true,
			text: 'Paese;Anno\n',
			how: 'bom'
		},
		{
			name: 'UTF-16LE without BOM (NUL pattern)',
			input: utf16('period,partner\n2023,KAZ\n', false, false),
			encoding: 'utf-16le',
			bom: false,
			text: 'period,partner\n2023,KAZ\n',
			how: 'nul-pattern'
		},
		// "Attività;Unità;€ 5" in Windows-1252: à = E0, € = 80
		{
			name: 'Windows-1252 fallback',
			input: bytes(
				0x41,
				0x74,
				0x74,
				0x69,
				0x76,
				0x69,
				0x74,
				0xe0,
				0x3b,
				0x55,
				0x6e,
				0x69,
				0x74,
				0xe0,
				0x3b,
				0x80,
				0x20,
				0x35
			),
			encoding: 'windows-1252',
			bom: false,
			text: 'Attività;Unità;€ 5',
			how: 'fallback'
		}
	];
	it.each(cases)('$name', ({ input, encoding, bom, text, how }) => {
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
		expect(decodeBytes(utf16('a,b\n1,\uD83D\uDE00\n', false))).toMatchObject({
			text: 'a,b\n1,😀\n',
			replaced: false
		});
	});

	it('reports an empty file', () => {
		expect(decodeBytes(new Uint8Array(0))).toEqual({ ok: false, reason: 'empty', kind: null });
		expect(sniffBinary(utf8('a,b'))).toBeNull();
	});
});
