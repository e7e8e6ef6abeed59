import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		// Static site: no server. Every route is prerendered; unknown paths fall back to the SPA shell.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// CSP with no third-party origin. ECharts and Svelte set inline style attributes, hence
		// 'unsafe-inline' for styles only; scripts are hashed by SvelteKit. No 'unsafe-eval': the
		// app does not run Arquero's compiled expressions in the browser (docs/SECURITY.md).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'worker-src': ['self', 'blob:'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['none']
			}
		}
	}
};

export default config;
