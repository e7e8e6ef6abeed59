/** The test support in this folder never reaches the app: only tests import it. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '..', '..');
const TESTING = join(SRC, 'lib', 'testing');

function* sourceFiles(dir: string): Generator<string> {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) {
			if (path !== TESTING) yield* sourceFiles(path);
		} else if (/\.(ts|js|svelte)$/.test(entry.name) && !/\.test(-util)?\.ts$/.test(entry.name)) {
			yield path;
		}
	}
}

/** Module specifiers of `import … from '…'`, `import('…')` and `export … from '…'`. */
const specifiers = (text: string) =>
	[...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)['"]([^'"]+)['"]/g)].map((m) => m[1]);

describe('src/lib/testing', () => {
	it('is imported by no production module', () => {
		const files = [...sourceFiles(SRC)];
		expect(files.length).toBeGreaterThan(50);
		const offenders = files.flatMap((file) =>
			specifiers(readFileSync(file, 'utf8'))
				.filter((s) => s && /(^|\/)testing(\/|$)/.test(s))
				.map((s) => `${relative(SRC, file)} imports ${s}`)
		);
		expect(offenders).toEqual([]);
	});

	it('recognises such an import', () => {
		expect(specifiers(`import { MemoryDb } from '$lib/testing/memory-db';`)).toEqual([
			'$lib/testing/memory-db'
		]);
	});
});
