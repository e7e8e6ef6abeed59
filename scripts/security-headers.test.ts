/**
 * The host files against the one list (scripts/security-headers.mjs): for every path a visitor
 * may request (app pages with and without a trailing slash, .html names, unknown paths the 404
 * fallback renders, embeds, assets), each host file, read the way that host reads it, sends every
 * header of the list with its value: the app headers everywhere but /embed/*, which may be framed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
	apacheSnippet,
	CSP_DIRECTIVES,
	headerCsp,
	headersFile,
	headersFor,
	nginxSnippet,
	vercelConfig,
	withSnippets
} from './security-headers.mjs';

type Headers = Map<string, string>;
const root = new URL('..', import.meta.url);
const HASHES = ["'sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA='", "'sha256-B+/='"];

const PATHS = [
	'/',
	'/index.html',
	'/data',
	'/data/',
	'/data.html',
	'/present',
	'/present/',
	'/bench',
	'/bench/',
	'/404.html',
	'/no-such-page',
	'/no/such/page/',
	'/embed',
	'/embedded/x',
	'/embed/volumes',
	'/embed/volumes/',
	'/embed/growth.html',
	'/_app/immutable/entry/start.js',
	'/template.csv'
];
const kindOf = (path: string) => (path.startsWith('/embed/') ? 'embed' : 'app');

/** Cloudflare Pages / Netlify `_headers`: every matching rule in order; `!` detaches. */
function readHeadersFile(text: string, path: string, host: 'cloudflare' | 'netlify'): Headers {
	const out: Headers = new Map();
	let matches = false;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.trim().startsWith('#')) continue;
		if (!/^\s/.test(line)) {
			const pattern = line.trim();
			const re = new RegExp(
				`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`
			);
			matches = re.test(path);
			continue;
		}
		if (!matches) continue;
		const detach = /^\s+!\s*(\S+)$/.exec(line);
		if (detach) {
			if (host === 'netlify') throw new Error('Netlify rejects ! lines');
			out.delete(detach[1] as string);
			continue;
		}
		const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
		if (!m) throw new Error(`bad line ${line}`);
		const [, name, value] = m as unknown as [string, string, string];
		// Cloudflare joins a repeated header with a comma; Netlify serves the more specific rule's.
		const before = out.get(name);
		out.set(name, host === 'cloudflare' && before !== undefined ? `${before}, ${value}` : value);
	}
	return out;
}

/** Vercel: every matching source (path-to-regexp groups), the later one winning per header. */
function readVercel(config: ReturnType<typeof vercelConfig>, path: string): Headers {
	const out: Headers = new Map();
	for (const rule of config.headers)
		if (new RegExp(`^${rule.source}$`).test(path))
			for (const h of rule.headers) out.set(h.key, h.value);
	return out;
}

/** nginx: the longest matching prefix location's add_header lines (none are inherited). */
function readNginx(text: string, path: string): Headers {
	const blocks = [...text.matchAll(/location (\S+) \{\n([\s\S]*?)\n\}/g)].map((m) => ({
		prefix: m[1] as string,
		body: m[2] as string
	}));
	const block = blocks
		.filter((b) => path.startsWith(b.prefix))
		.sort((a, b) => b.prefix.length - a.prefix.length)[0];
	const out: Headers = new Map();
	for (const m of block?.body.matchAll(/add_header (\S+) "((?:[^"\\]|\\.)*)" always;/g) ?? [])
		out.set(m[1] as string, (m[2] as string).replace(/\\"/g, '"'));
	return out;
}

/** Apache: the <If> or the <Else> branch for the path. */
function readApache(text: string, path: string): Headers {
	const m =
		/<If "%\{REQUEST_URI\} =~ m#(.+?)#">\n([\s\S]*?)<\/If>\n<Else>\n([\s\S]*?)<\/Else>/.exec(text);
	if (!m) throw new Error('no If/Else');
	const body = new RegExp(m[1] as string).test(path) ? (m[2] as string) : (m[3] as string);
	const out: Headers = new Map();
	for (const line of body.split('\n')) {
		const set = /Header always set (\S+) "((?:[^"\\]|\\.)*)"/.exec(line);
		if (set) out.set(set[1] as string, (set[2] as string).replace(/\\"/g, '"'));
		const unset = /Header always unset (\S+)/.exec(line);
		if (unset) out.delete(unset[1] as string);
	}
	return out;
}

const expected = (path: string, hashes: string[] | null) =>
	new Map(headersFor(kindOf(path), hashes) as [string, string][]);

describe('the header CSP', () => {
	it('is the meta policy with the build’s script hashes and frame-ancestors', () => {
		const csp = headerCsp('app', HASHES);
		expect(csp).toContain(`script-src 'self' ${HASHES.join(' ')}`);
		for (const d of ["object-src 'none'", "base-uri 'none'", "form-action 'none'"])
			expect(csp).toContain(d);
		expect(csp).toContain("frame-ancestors 'none'");
		expect(headerCsp('embed', HASHES)).toContain('frame-ancestors *');
		expect(Object.keys(CSP_DIRECTIVES).length + 1).toBe(csp.split('; ').length);
		expect(csp).not.toMatch(/https?:|unsafe-eval/);
	});

	it('without the hashes (vercel.json) leaves inline scripts to the meta tag', () => {
		expect(headerCsp('app', null)).toContain("script-src 'self' 'unsafe-inline'");
	});
});

describe('every host file sends every header of the list on every path', () => {
	it.each(['cloudflare', 'netlify'] as const)('_headers (%s)', (host) => {
		const text = headersFile(HASHES, host);
		for (const path of PATHS) {
			const got = readHeadersFile(text, path, host);
			const want = expected(path, HASHES);
			if (host === 'netlify' && kindOf(path) === 'embed') {
				// No detach on Netlify: the app's X-Frame-Options and COOP stay on embeds; the CSP's
				// frame-ancestors * overrides X-Frame-Options in browsers (checked in Chromium by
				// tests/security.spec.ts).
				expect(got.get('X-Frame-Options'), path).toBe('DENY');
				got.delete('X-Frame-Options');
				got.delete('Cross-Origin-Opener-Policy');
			}
			expect(got, `${host} ${path}`).toEqual(want);
		}
	});

	it('vercel.json (the committed file is the generated one)', () => {
		const committed = JSON.parse(readFileSync(new URL('vercel.json', root), 'utf8'));
		expect(committed).toEqual(vercelConfig());
		for (const path of PATHS)
			expect(readVercel(committed, path), path).toEqual(expected(path, null));
	});

	it('nginx', () => {
		const text = nginxSnippet(HASHES);
		for (const path of PATHS) expect(readNginx(text, path), path).toEqual(expected(path, HASHES));
	});

	it('Apache', () => {
		const text = apacheSnippet(HASHES);
		for (const path of PATHS) expect(readApache(text, path), path).toEqual(expected(path, HASHES));
	});

	it('docs/SECURITY.md shows the generated nginx and Apache snippets', () => {
		const doc = readFileSync(new URL('docs/SECURITY.md', root), 'utf8');
		expect(withSnippets(doc)).toBe(doc);
	});

	it('no hand-written _headers is left in static/ (the build writes build/_headers)', () => {
		expect(existsSync(new URL('static/_headers', root))).toBe(false);
	});
});
