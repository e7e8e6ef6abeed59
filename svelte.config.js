import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { CSP_DIRECTIVES, writeHostFiles } from './scripts/security-headers.mjs';

/**
 * `ICA_BENCH=1 npm run build` (bench/run.mjs) adds the benchmark page, `/bench`: its route file
 * has the extension `.bench`, which only that build counts as a Svelte component. The production
 * build has no /bench page and none of its code.
 */
const bench = process.env.ICA_BENCH === '1';

const staticAdapter = adapter({
	pages: 'build',
	assets: 'build',
	fallback: '404.html',
	strict: true
});

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	extensions: bench ? ['.svelte', '.bench'] : ['.svelte'],
	compilerOptions: { runes: true },
	kit: {
		// Static site: no server. Every route is prerendered; unknown paths fall back to the SPA
		// shell. After writing build/, the host header files are generated from the same policy as
		// the meta tag, with the hashes of the pages just built (scripts/security-headers.mjs).
		adapter: {
			name: 'adapter-static+security-headers',
			async adapt(builder) {
				await staticAdapter.adapt(builder);
				const { hashes, host } = writeHostFiles('build');
				builder.log.minor(`security headers (${host}) written with ${hashes.length} script hashes`);
			}
		},
		// CSP with no third-party origin (scripts/security-headers.mjs, the one list for the meta tag
		// and the host headers). Scripts are hashed by SvelteKit; no 'unsafe-eval' (docs/SECURITY.md).
		csp: {
			mode: 'hash',
			directives: /** @type {import('@sveltejs/kit').CspDirectives} */ (CSP_DIRECTIVES)
		}
	}
};

export default config;
