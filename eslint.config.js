import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

// Layering (docs/ARCHITECTURE.md): pure modules never import the UI, ECharts' imperative API or $app.
const pureLayer = {
	patterns: [
		{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Pure layer: no Svelte or $app here.' },
		{ group: ['echarts', 'echarts/*'], message: 'Only src/lib/charts/echarts touches ECharts.' }
	]
};

export default ts.config(
	js.configs.recommended,
	...ts.configs.recommended,
	...svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: {
			parserOptions: {
				projectService: true,
				extraFileExtensions: ['.svelte'],
				parser: ts.parser,
				svelteConfig
			}
		}
	},
	{
		rules: {
			'@typescript-eslint/no-unused-vars': [
				'error',
				{ argsIgnorePattern: '^_', varsIgnorePattern: '^_' }
			],
			// Hostile CSV text must never reach the DOM as HTML.
			'svelte/no-at-html-tags': 'error',
			'svelte/require-each-key': 'error',
			// Internal links are plain hrefs in a static site with a base path of '/'.
			'svelte/no-navigation-without-resolve': 'off'
		}
	},
	{
		files: [
			'src/lib/data/**/*.ts',
			'src/lib/selection/**/*.ts',
			'src/lib/url/**/*.ts',
			'src/lib/i18n/**/*.ts'
		],
		rules: { 'no-restricted-imports': ['error', pureLayer] }
	},
	{
		files: ['src/lib/charts/options/**/*.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						{ group: ['svelte', 'svelte/*', '$app/*'], message: 'Option builders are pure.' }
					]
				}
			]
		}
	},
	{
		ignores: [
			'build/',
			'.svelte-kit/',
			'node_modules/',
			'bench/out/',
			'test-results/',
			'playwright-report/'
		]
	}
);
