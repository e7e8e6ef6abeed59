import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// ES workers split their dynamic imports into chunks: SheetJS loads only when a workbook arrives.
	worker: { format: 'es' },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		// Number and date formats must not depend on the machine.
		env: { TZ: 'UTC' }
	}
});
