/**
 * Stage 1, bytes → text: the size cap, the encoding (decode.ts), and notices for what the
 * decoding had to repair (replacement characters, NUL bytes, text encoded twice).
 */
import { decodeBytes } from '../decode';
import type { ImportResult } from '../types';
import { clip, fileTooLarge, MAX_BYTES } from './result';
import type { ImportRun } from './run';

/** UTF-8 read as Windows-1252 and saved again as UTF-8 (`CittÃ `, `â€™`). */
const DOUBLE_ENCODED =
	/[ÂÃ][\u0080-\u00BF]|â€[\u0080-\u00BF\u2018-\u201E\u2020-\u2022\u2026\u2030\u2122\u0153\u0161\u017E\u02DC]/;

/** Where a character occurs in the text: how often, and the 1-based lines of its first few places. */
export function locate(text: string, ch: string, max = 5): { count: number; lines: number[] } {
	const lines: number[] = [];
	let count = 0;
	let line = 1;
	let from = 0;
	for (let at = text.indexOf(ch); at !== -1; at = text.indexOf(ch, at + 1)) {
		count++;
		if (lines.length < max) {
			for (let k = from; k < at; k++) {
				const c = text.charCodeAt(k);
				if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) line++;
			}
			from = at;
			if (lines[lines.length - 1] !== line) lines.push(line);
		}
	}
	return { count, lines };
}

function noticeDoubleEncoding(run: ImportRun, text: string): void {
	const m = DOUBLE_ENCODED.exec(text);
	if (!m) return;
	const line = locate(text.slice(0, m.index + 1), text.charAt(m.index), 1 << 30).lines.at(-1);
	const from = Math.max(0, m.index - 12);
	run.notice({
		code: 'double-encoded',
		line: line ?? null,
		params: { example: clip(text.slice(from, m.index + 14), 40) }
	});
}

/** The decoded text, or the fatal result (too large, empty, binary, no text). */
export function readText(run: ImportRun, bytes: Uint8Array): string | ImportResult {
	if (bytes.length > MAX_BYTES) {
		run.progress(1);
		return fileTooLarge(bytes.length);
	}
	const decoded = decodeBytes(bytes, run.override.encoding);
	if (!decoded.ok) {
		return decoded.reason === 'empty'
			? run.fatal('empty-file')
			: run.fatal('binary-file', { kind: decoded.kind ?? 'binary' });
	}
	run.dialect.encoding = decoded.encoding;
	run.dialect.bom = decoded.bom;
	let text = decoded.text;
	if (decoded.how === 'fallback')
		run.notice({ code: 'encoding-fallback', params: { encoding: decoded.encoding } });
	if (decoded.how === 'nul-pattern')
		run.notice({ code: 'utf16-without-bom', params: { encoding: decoded.encoding } });
	if (decoded.replaced) {
		const at = locate(text, '\uFFFD');
		run.notice({
			code: 'invalid-utf8',
			line: at.lines[0] ?? null,
			params: { count: at.count, lines: at.lines.join(', '), encoding: decoded.encoding }
		});
	}
	if (text.includes('\0')) {
		const at = locate(text, '\0');
		text = text.replaceAll('\0', '');
		run.notice({
			code: 'nul-removed',
			line: at.lines[0] ?? null,
			params: { count: at.count, lines: at.lines.join(', ') }
		});
	}
	if (decoded.encoding === 'utf-8') noticeDoubleEncoding(run, text);
	if (!/\S/.test(text)) return run.fatal('no-text');
	run.progress(0.05);
	return text;
}
