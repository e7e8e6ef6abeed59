import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/** What a module counts as in the benchmark's list of chunks: its package, or its app folder. */
function moduleGroup(id: string): string {
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(id);
	if (pkg) return pkg[1] as string;
	const app = /\/src\/lib\/(views\/[^/]+|[^/]+)/.exec(id) ?? /\/src\/(routes)/.exec(id);
	if (app) return `app: ${app[1]}`;
	return /\/data\/[^/]+\.csv/.test(id) ? 'bundled data (CSV)' : 'other';
}

/**
 * For the benchmark build only (`ICA_BENCH=1`): `_app/chunk-contents.json`, the source bytes of
 * each client chunk by package or app folder, so bench/run.mjs can say what a chunk holds.
 */
function chunkContents(): Plugin {
	return {
		name: 'ica-chunk-contents',
		apply: () => process.env.ICA_BENCH === '1',
		generateBundle(_options, bundle) {
			const contents: Record<string, Record<string, number>> = {};
			for (const [file, chunk] of Object.entries(bundle)) {
				if (chunk.type !== 'chunk' || !file.startsWith('_app/immutable/')) continue;
				const groups: Record<string, number> = {};
				for (const [id, m] of Object.entries(chunk.modules)) {
					const group = moduleGroup(id);
					groups[group] = (groups[group] ?? 0) + m.renderedLength;
				}
				contents[file] = groups;
			}
			if (Object.keys(contents).length === 0) return; // the server build
			this.emitFile({
				type: 'asset',
				fileName: '_app/chunk-contents.json',
				source: JSON.stringify(contents)
			});
		}
	};
}

export default defineConfig({
	plugins: [sveltekit(), chunkContents()],
	// ES workers split their dynamic imports into chunks: SheetJS loads only when a workbook arrives.
	worker: { format: 'es' },
	// The browser build never parses Arquero expressions (see src/lib/data/acorn-off.ts);
	// tests keep the real parser.
	resolve:
		process.env.VITEST || process.env.ICA_REAL_ACORN
			? {}
			: {
					alias: {
						acorn: fileURLToPath(new URL('./src/lib/data/acorn-off.ts', import.meta.url))
					}
				},
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Property tests run thousands of cases: on two busy cores they pass 5 s. A timeout here
		// only catches a hang; speed is measured by `npm run bench`.
		testTimeout: 30_000,
		// Number and date formats must not depend on the machine.
		env: { TZ: 'UTC' }
	}
});
