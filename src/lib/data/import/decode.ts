/**
 * Bytes → text. Recognises binary files (Excel, zip, 7z, gzip, pdf, images, more than 1% NUL
 * bytes) before decoding, then decodes UTF-16 (BOM, or NUL-pattern without BOM), UTF-8 (strict;
 * BOM stripped). Bytes that are not valid UTF-8 are read:
 * - as UTF-8 with the bad sequences replaced by U+FFFD when the file is mostly UTF-8 (it holds
 *   valid multi-byte sequences and at most as many invalid ones): a few damaged bytes must not
 *   turn every accented letter of the file into mojibake;
 * - as ISO-8859-15 when byte 0xA4 (€ there, ¤ in Windows-1252) appears and no byte 0x80-0x9F does;
 * - else as Windows-1252.
 *
 * Windows-1252 is decoded with our own table: Node 20's TextDecoder maps 0x80-0x9F to C1 controls
 * instead of € ’ – ... (nodejs/node#60888), so results would differ between tests and browsers.
 */
import type { Encoding } from './types';

export type DecodeOutcome =
	| {
			ok: true;
			text: string;
			encoding: Encoding;
			bom: boolean;
			/** How the encoding was chosen, for notices. */
			how: 'bom' | 'valid-utf8' | 'fallback' | 'nul-pattern' | 'override' | 'mostly-utf8';
			/**
			 * Invalid sequences were replaced with U+FFFD: bad UTF-8 (mostly-UTF-8 file or forced
			 * UTF-8), or lone surrogates in UTF-16.
			 */
			replaced: boolean;
	  }
	| { ok: false; reason: 'empty' | 'binary'; kind: BinaryKind | null };

export type BinaryKind =
	'xlsx' | 'xls' | 'ods' | 'zip' | '7z' | 'gzip' | 'pdf' | 'image' | 'binary';

function startsWith(bytes: Uint8Array, sig: readonly number[], at = 0): boolean {
	if (bytes.length < at + sig.length) return false;
	for (let i = 0; i < sig.length; i++) if (bytes[at + i] !== sig[i]) return false;
	return true;
}

function asciiIncludes(bytes: Uint8Array, needle: string, limit: number): boolean {
	const end = Math.min(bytes.length, limit) - needle.length;
	outer: for (let i = 0; i <= end; i++) {
		for (let j = 0; j < needle.length; j++) {
			if (bytes[i + j] !== needle.charCodeAt(j)) continue outer;
		}
		return true;
	}
	return false;
}

/** A magic-number check on the first bytes; null when the file may be text. */
export function sniffBinary(bytes: Uint8Array): BinaryKind | null {
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) {
		if (asciiIncludes(bytes, 'xl/', 65536)) return 'xlsx';
		if (asciiIncludes(bytes, 'opendocument', 4096)) return 'ods';
		return 'zip';
	}
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
	if (startsWith(bytes, [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return '7z';
	if (startsWith(bytes, [0x1f, 0x8b])) return 'gzip';
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf';
	if (
		startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) ||
		startsWith(bytes, [0xff, 0xd8, 0xff]) ||
		startsWith(bytes, [0x47, 0x49, 0x46, 0x38])
	) {
		return 'image';
	}
	return null;
}

/** UTF-16 without BOM: NUL in (almost) every other byte of the first KB. */
function utf16Pattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
	const n = Math.min(bytes.length, 1024) & ~1;
	if (n < 4) return null;
	let evenNul = 0;
	let oddNul = 0;
	for (let i = 0; i < n; i += 2) {
		if (bytes[i] === 0) evenNul++;
		if (bytes[i + 1] === 0) oddNul++;
	}
	const pairs = n / 2;
	if (oddNul / pairs > 0.6 && evenNul / pairs < 0.05) return 'utf-16le';
	if (evenNul / pairs > 0.6 && oddNul / pairs < 0.05) return 'utf-16be';
	return null;
}

/**
 * More than 1% NUL bytes over the whole file (and more than 2): binary, not text. Fewer are
 * stray bytes in a text file, removed and reported by the pipeline. Stops counting early.
 */
function mostlyBinary(bytes: Uint8Array): boolean {
	const limit = Math.max(2, Math.floor(bytes.length / 100));
	let count = 0;
	for (let i = bytes.indexOf(0); i !== -1; i = bytes.indexOf(0, i + 1)) {
		if (++count > limit) return true;
	}
	return false;
}

/**
 * Valid multi-byte sequences and invalid bytes of a text that is not strict UTF-8 (a light check:
 * lead byte and continuation bytes only).
 */
export function utf8Census(bytes: Uint8Array): { multi: number; invalid: number } {
	let multi = 0;
	let invalid = 0;
	const n = bytes.length;
	for (let i = 0; i < n;) {
		const b = bytes[i] as number;
		if (b < 0x80) {
			i++;
			continue;
		}
		const len =
			b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
		let ok = len > 0 && i + len <= n;
		for (let k = 1; ok && k < len; k++) {
			const c = bytes[i + k] as number;
			if (c < 0x80 || c > 0xbf) ok = false;
		}
		if (ok) {
			multi++;
			i += len;
		} else {
			invalid++;
			i++;
		}
	}
	return { multi, invalid };
}

/** ISO-8859-15 differs from Latin-1 in eight places. */
const LATIN9: Readonly<Record<number, number>> = {
	0xa4: 0x20ac,
	0xa6: 0x160,
	0xa8: 0x161,
	0xb4: 0x17d,
	0xb8: 0x17e,
	0xbc: 0x152,
	0xbd: 0x153,
	0xbe: 0x178
};

/** The decoder of a single-byte encoding: Latin-1, except for the code points in `changes`. */
function singleByte(changes: Readonly<Record<number, number>>): (bytes: Uint8Array) => string {
	const table = Uint16Array.from({ length: 256 }, (_, b) => changes[b] ?? b);
	const CHUNK = 8192;
	return (bytes) => {
		const parts: string[] = [];
		const buf = new Uint16Array(CHUNK);
		for (let start = 0; start < bytes.length; start += CHUNK) {
			const end = Math.min(bytes.length, start + CHUNK);
			for (let i = start; i < end; i++) buf[i - start] = table[bytes[i] as number] as number;
			parts.push(String.fromCharCode(...buf.subarray(0, end - start)));
		}
		return parts.join('');
	};
}

export const decodeLatin9 = singleByte(LATIN9);

/** Byte 0xA4 present and no byte in 0x80-0x9F: ISO-8859-15 rather than Windows-1252. */
function looksLatin9(bytes: Uint8Array): boolean {
	if (bytes.indexOf(0xa4) === -1) return false;
	for (let b = 0x80; b <= 0x9f; b++) if (bytes.indexOf(b) !== -1) return false;
	return true;
}

/** Windows-1252 code points for bytes 0x80-0x9F (undefined bytes map to themselves). */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152,
	0x8d, 0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122,
	0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178
];

export const decodeWindows1252 = singleByte(
	Object.fromEntries(CP1252_HIGH.map((cp, i) => [0x80 + i, cp]))
);

/**
 * UTF-16 → text. A lone surrogate (half of a character: a damaged or truncated file) becomes
 * U+FFFD, and `replaced` says so, so that the file gets the same notice as bad UTF-8.
 */
function decodeUtf16(bytes: Uint8Array, bigEndian: boolean): { text: string; replaced: boolean } {
	const n = bytes.length & ~1;
	let src = bytes.subarray(0, n);
	if (bigEndian) {
		const swapped = new Uint8Array(n);
		for (let i = 0; i < n; i += 2) {
			swapped[i] = src[i + 1] as number;
			swapped[i + 1] = src[i] as number;
		}
		src = swapped;
	}
	try {
		return { text: new TextDecoder('utf-16le', { fatal: true }).decode(src), replaced: false };
	} catch {
		return { text: new TextDecoder('utf-16le').decode(src), replaced: true };
	}
}

function decodeUtf8(bytes: Uint8Array, fatal: boolean): string | null {
	try {
		return new TextDecoder('utf-8', { fatal, ignoreBOM: true }).decode(bytes);
	} catch {
		return null;
	}
}

export function decodeBytes(bytes: Uint8Array, forced?: Encoding): DecodeOutcome {
	if (bytes.length === 0) return { ok: false, reason: 'empty', kind: null };
	const binary = sniffBinary(bytes);
	if (binary && !forced) return { ok: false, reason: 'binary', kind: binary };

	const bomLE = startsWith(bytes, [0xff, 0xfe]);
	const bomBE = startsWith(bytes, [0xfe, 0xff]);
	const bom8 = startsWith(bytes, [0xef, 0xbb, 0xbf]);

	if (forced) {
		if (forced === 'utf-16le' || forced === 'utf-16be') {
			const bom = forced === 'utf-16le' ? bomLE : bomBE;
			const { text, replaced } = decodeUtf16(
				bom ? bytes.subarray(2) : bytes,
				forced === 'utf-16be'
			);
			return { ok: true, text, encoding: forced, bom, how: 'override', replaced };
		}
		if (forced === 'windows-1252' || forced === 'iso-8859-15') {
			return {
				ok: true,
				text: forced === 'windows-1252' ? decodeWindows1252(bytes) : decodeLatin9(bytes),
				encoding: forced,
				bom: false,
				how: 'override',
				replaced: false
			};
		}
		const body = bom8 ? bytes.subarray(3) : bytes;
		const strict = decodeUtf8(body, true);
		return {
			ok: true,
			text: strict ?? (decodeUtf8(body, false) as string),
			encoding: 'utf-8',
			bom: bom8,
			how: 'override',
			replaced: strict === null
		};
	}

	if (bomLE || bomBE) {
		const { text, replaced } = decodeUtf16(bytes.subarray(2), bomBE);
		return {
			ok: true,
			text,
			encoding: bomLE ? 'utf-16le' : 'utf-16be',
			bom: true,
			how: 'bom',
			replaced
		};
	}
	if (!bom8) {
		const pattern = utf16Pattern(bytes);
		if (pattern) {
			return {
				ok: true,
				...decodeUtf16(bytes, pattern === 'utf-16be'),
				encoding: pattern,
				bom: false,
				how: 'nul-pattern'
			};
		}
	}
	if (mostlyBinary(bytes)) return { ok: false, reason: 'binary', kind: 'binary' };

	const body = bom8 ? bytes.subarray(3) : bytes;
	const utf8 = decodeUtf8(body, true);
	if (utf8 !== null) {
		return {
			ok: true,
			text: utf8,
			encoding: 'utf-8',
			bom: bom8,
			how: bom8 ? 'bom' : 'valid-utf8',
			replaced: false
		};
	}
	const census = utf8Census(body);
	if (bom8 || (census.multi > 0 && census.invalid <= census.multi)) {
		return {
			ok: true,
			text: decodeUtf8(body, false) as string,
			encoding: 'utf-8',
			bom: bom8,
			how: 'mostly-utf8',
			replaced: true
		};
	}
	const latin9 = looksLatin9(bytes);
	return {
		ok: true,
		text: latin9 ? decodeLatin9(bytes) : decodeWindows1252(bytes),
		encoding: latin9 ? 'iso-8859-15' : 'windows-1252',
		bom: false,
		how: 'fallback',
		replaced: false
	};
}
