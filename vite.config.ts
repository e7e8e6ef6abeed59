import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { fileURLToPath } from 'node:url';

export default defineConfig({
	plugins: [sveltekit()],
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
