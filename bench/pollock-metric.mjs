/**
 * Pollock's metric (`evaluate.py` and `pollock/metrics.py` of HPI-Information-Systems/Pollock),
 * ported to JavaScript: ten measures per file (success; header, record and cell precision, recall
 * and F1), summed to a score out of 10, averaged over the files ("simple") or weighted by how often
 * each pollution occurs in Pollock's survey ("weighted").
 *
 * Faithful details: Python's `csv.reader` (non-strict, universal newlines, `utf-8-sig`) reads the
 * clean and the loaded tables; header and record measures compare `normalize_cell` values, cell
 * measures raw values; every comparison is a multiset intersection; a loader's "Application
 * Error" scores 0 on every measure but success 1 is kept as Pollock does for a file that loads
 * nothing... (see `scoreFile`). `normalize_cell` is ported for the value shapes of Pollock's
 * source file (integers, floats, booleans, dd/mm/yyyy dates, HH:MM times, `$` prices, text).
 */

/** Python `csv.reader` with the default dialect over text read with universal newlines. */
export function pyCsvRead(text) {
	let t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
	t = t.replace(/\r\n?/g, '\n');
	const rows = [];
	let row = [];
	let field = '';
	let state = 'start-record';
	let hasNul = false;
	const save = () => {
		row.push(field);
		field = '';
	};
	for (let i = 0; i < t.length; i++) {
		const c = t[i];
		if (c === '\0') hasNul = true;
		switch (state) {
			case 'start-record':
				if (c === '\n') {
					rows.push([]);
					break;
				}
				state = 'start-field';
			// falls through
			case 'start-field':
				if (c === '\n') {
					save();
					rows.push(row);
					row = [];
					state = 'start-record';
				} else if (c === '"') state = 'in-quoted';
				else if (c === ',') save();
				else {
					field += c;
					state = 'in-field';
				}
				break;
			case 'in-field':
				if (c === '\n') {
					save();
					rows.push(row);
					row = [];
					state = 'start-record';
				} else if (c === ',') {
					save();
					state = 'start-field';
				} else field += c;
				break;
			case 'in-quoted':
				if (c === '"') state = 'quote-in-quoted';
				else field += c;
				break;
			case 'quote-in-quoted':
				if (c === '"') {
					field += c;
					state = 'in-quoted';
				} else if (c === ',') {
					save();
					state = 'start-field';
				} else if (c === '\n') {
					save();
					rows.push(row);
					row = [];
					state = 'start-record';
				} else {
					field += c;
					state = 'in-field';
				}
				break;
		}
	}
	// The last line without a newline: Python processes an end-of-line for it.
	if (state === 'start-field' || state === 'in-field' || state === 'quote-in-quoted') {
		save();
		rows.push(row);
	} else if (state === 'in-quoted') {
		save();
		rows.push(row);
	}
	return { rows, hasNul };
}

/** Python's `str.strip()` whitespace: JavaScript's plus the separators U+001C-U+001F. */
const PY_WS_CHARS = '\\s\\u001c-\\u001f';
const PY_WS = new RegExp(`^[${PY_WS_CHARS}]+|[${PY_WS_CHARS}]+$`, 'g');
const INT_RE = /^[+-]?\d(?:_?\d)*$/;
const FLOAT_RE =
	/^[+-]?(?:(?:\d(?:_?\d)*)?\.\d(?:_?\d)*|\d(?:_?\d)*\.?)(?:[eE][+-]?\d(?:_?\d)*)?$|^[+-]?(?:inf|infinity|nan)$/i;

function pyInt(val) {
	const s = val.replace(PY_WS, '');
	if (!INT_RE.test(s)) return null;
	return BigInt(s.replaceAll('_', ''));
}

function pyFloat(val) {
	const s = val.replace(PY_WS, '');
	if (!FLOAT_RE.test(s)) return null;
	const low = s.toLowerCase().replace(/^\+/, '');
	if (/inf/.test(low)) return low.startsWith('-') ? -Infinity : Infinity;
	if (/nan/.test(low)) return NaN;
	return Number(s.replaceAll('_', ''));
}

/** Python's `repr(float)`. */
export function pyFloatRepr(x) {
	if (Number.isNaN(x)) return 'nan';
	if (!Number.isFinite(x)) return x > 0 ? 'inf' : '-inf';
	if (x === 0) return Object.is(x, -0) ? '-0.0' : '0.0';
	const [mant, expText] = x.toExponential().split('e');
	const exp = Number(expText);
	const neg = mant.startsWith('-');
	const digits = mant.replace('-', '').replace('.', '');
	const sign = neg ? '-' : '';
	if (exp >= -5 + 1 && exp < 16) {
		let s;
		if (exp >= 0) {
			const int = digits.slice(0, exp + 1).padEnd(exp + 1, '0');
			const frac = digits.slice(exp + 1);
			s = `${int}.${frac || '0'}`;
		} else s = `0.${'0'.repeat(-exp - 1)}${digits}`;
		return sign + s;
	}
	const m = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
	const e = Math.abs(exp) < 10 ? `0${Math.abs(exp)}` : String(Math.abs(exp));
	return `${sign}${m}e${exp < 0 ? '-' : '+'}${e}`;
}

const pad = (n, w = 2) => String(n).padStart(w, '0');

/** `timeparser.parsetime` for `H:MM` and `H:MM:SS`. */
function pyTime(val) {
	const m = /^\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*$/.exec(val);
	if (!m) return null;
	const [h, mi, s] = [Number(m[1]), Number(m[2]), Number(m[3] ?? 0)];
	if (h > 23 || mi > 59 || s > 59) return null;
	return `${pad(h)}:${pad(mi)}:${pad(s)}`;
}

/** `dateutil.parser.parse` for `a/b/yyyy` (month first unless the first number exceeds 12). */
function pyDate(val) {
	const m = /^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$/.exec(val);
	if (!m) return null;
	let [a, b] = [Number(m[1]), Number(m[2])];
	const y = Number(m[3]);
	let [month, day] = [a, b];
	if (a > 12) [month, day] = [b, a];
	if (month < 1 || month > 12 || day < 1) return null;
	const dim = new Date(Date.UTC(y, month, 0)).getUTCDate();
	if (day > dim) return null;
	return `${pad(y, 4)}-${pad(month)}-${pad(day)} 00:00:00`;
}

/**
 * `price_parser.Price`: a currency sign anywhere in the text and a number anywhere in it (the
 * first one, as `extract_price_text`) make a price, `<sign><float>`.
 */
function pyPrice(val) {
	const sign = /[$€£¥]/.exec(val);
	if (!sign) return null;
	const m = /([.]?\d[\d\s.,]*)\s*?(?:[^%\d]|$)/.exec(val.replace(/\s+/g, ' '));
	if (!m) return null;
	const text = m[1]
		.replace(/^[,.]+|[,.]+$/g, '')
		.trim()
		.replace(/[\s,]/g, '');
	const amount = Number(text);
	return Number.isFinite(amount) ? sign[0] + pyFloatRepr(amount) : null;
}

/** Pollock's `normalize_cell`. */
export function normalizeCell(val) {
	if (val === '') return '';
	if (val.trim() === '') return val.toLowerCase();
	if (['True', 'true', 'False', 'false'].includes(val))
		return val.toLowerCase().startsWith('t') ? '1' : '0';
	const i = pyInt(val);
	if (i !== null) {
		if (i === 0n || i === 1n) {
			if (val === '0') return '0';
			if (val === '1') return '1';
			return i === 1n ? 'True' : 'False';
		}
		return i.toString();
	}
	const f = pyFloat(val);
	if (f !== null) return pyFloatRepr(f);
	return pyTime(val) ?? pyDate(val) ?? pyPrice(val) ?? val.toLowerCase();
}

function bagOf(items) {
	const m = new Map();
	for (const x of items) m.set(x, (m.get(x) ?? 0) + 1);
	return m;
}

function overlap(a, b) {
	const bb = bagOf(b);
	let n = 0;
	for (const [k, v] of bagOf(a)) n += Math.min(v, bb.get(k) ?? 0);
	return n;
}

function prf(source, loaded) {
	if (source.length === 0) return [1, 1, 1];
	const i = overlap(source, loaded);
	if (i === 0) return [0, 0, 0];
	const p = i / source.length;
	const r = i / loaded.length;
	return [p, r, ((p * r) / (p + r)) * 2];
}

/**
 * The ten measures of one file: `loaded` is the loader's table (rows of strings, header first),
 * or null when it failed ("Application Error": every measure 0).
 */
export function scoreFile(sourceRows, loaded) {
	if (loaded === null) return new Array(10).fill(0);
	// A cell with NUL makes Python's csv reader raise: success stays, the rest is 0.
	if (loaded.some((r) => r.some((c) => c.includes('\0')))) return [1, ...new Array(9).fill(0)];
	if (sourceRows.length === 0) return [1, ...new Array(9).fill(1)];
	const norm = (rows) => rows.map((r) => r.map(normalizeCell));
	const lh = loaded.length ? loaded[0].map(normalizeCell) : [];
	const header = prf(sourceRows[0].map(normalizeCell), lh);
	const sr = norm(sourceRows.slice(1)).map((r) => r.join(''));
	const lr = norm(loaded.slice(1)).map((r) => r.join(''));
	const records = prf(sr, lr);
	const cells = prf(sourceRows.flat(), loaded.flat());
	return [1, ...header, ...records, ...cells];
}

/**
 * Rows of a table as Pollock reads the file a loader wrote: every line break in a cell becomes
 * `\n` (universal newlines), a leading BOM is dropped.
 */
export function asWritten(rows) {
	return rows.map((r, k) =>
		r.map((c, j) => {
			let v = c.includes('\r') ? c.replace(/\r\n?/g, '\n') : c;
			if (k === 0 && j === 0 && v.charCodeAt(0) === 0xfeff) v = v.slice(1);
			return v;
		})
	);
}

/** Simple and weighted scores over per-file scores (`{file, measures}`), as `evaluate.py`. */
export function aggregate(perFile, weights) {
	const n = perFile.length;
	const simple = perFile.reduce((a, f) => a + f.measures.reduce((x, y) => x + y, 0), 0) / n;
	const w = perFile.map((f) => weights[f.file] ?? -1);
	const total = w.reduce((a, b) => a + b, 0);
	const weighted = perFile.reduce(
		(a, f, k) => a + (f.measures.reduce((x, y) => x + y, 0) * w[k]) / total,
		0
	);
	return { simple, weighted };
}
