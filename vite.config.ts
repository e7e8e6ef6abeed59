import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// ES workers split their dynamic imports into chunks: SheetJS loads only when a workbook arrives.
	worker: { format: 'es' },
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
