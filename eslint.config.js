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
		files: ['src/lib/url/**/*.ts', 'src/lib/i18n/**/*.ts'],
		rules: { 'no-restricted-imports': ['error', pureLayer] }
	},
	{
		// The data layer is below the views and the languages: it never imports them.
		files: ['src/lib/data/**/*.ts'],
		// Tests may read the layers above to check a rule end to end.
		ignores: ['src/lib/data/**/*.test.ts', 'src/lib/data/**/*.test-util.ts'],
		rules: {
			'no-restricted-imports': [
				'error',
				{
					patterns: [
						...pureLayer.patterns,
						{
							group: ['**/views', '**/views/**', '$lib/views', '$lib/views/**'],
							message: 'data/ is below the views: the views read data, never the other way.'
						},
						{
							group: ['**/i18n', '**/i18n/**', '$lib/i18n', '$lib/i18n/**'],
							message: 'data/ speaks no language: words are added by the views.'
						}
					]
				}
			]
		}
	},
	{
		// A view's data, tables and spec are pure (docs/ARCHITECTURE.md, "One folder per view").
		files: [
			'src/lib/views/*/data.ts',
			'src/lib/views/*/table.ts',
			'src/lib/views/*/spec.ts',
			'src/lib/views/*/facts.ts',
			'src/lib/views/core/*.ts',
			'src/lib/views/registry.ts',
			'src/lib/views/model.ts'
		],
		rules: { 'no-restricted-imports': ['error', pureLayer] }
	},
	{
		files: ['src/lib/charts/options/**/*.ts', 'src/lib/views/*/option.ts'],
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
