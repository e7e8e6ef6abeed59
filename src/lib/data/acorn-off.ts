/**
 * Stands in for `acorn` in the browser build (vite.config.ts). Arquero parses expression strings
 * with acorn and then compiles them with `new Function`, which the page's CSP (`script-src 'self'`,
 * no 'unsafe-eval') refuses anyway (arquero#361). The app uses only the Arquero parts that compile
 * nothing (data/table.ts; checked in table.test.ts), so the parser would be dead weight on the
 * first page (about 30 KiB gzip). Tests run the real acorn: Arquero's verbs are the reference the
 * cube is checked against.
 */
export function parse(): never {
	throw new Error(
		'Arquero expressions are not available in this app: its Content Security Policy forbids compiled code (arquero#361).'
	);
}
