import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/browser-path.mjs';

const executablePath = chromiumPath();

export default defineConfig({
	testDir: 'tests',
	testMatch: /.*\.spec\.ts/,
	// A dashboard's chartsReady loads and draws every view below the fold (their code is loaded as
	// they come into view), several seconds of work on two shared cores under load.
	timeout: 60_000,
	expect: { timeout: 10_000 },
	fullyParallel: true,
	workers: 2,
	// One retry on CI: two shared cores make timing-bound steps (axe on the full dashboard) slow at
	// times; a test that fails twice still fails, and a retried pass is reported as flaky.
	retries: process.env.CI ? 1 : 0,
	reporter: process.env.CI ? [['list']] : [['list']],
	use: {
		baseURL: 'http://127.0.0.1:4173',
		locale: 'en-GB',
		timezoneId: 'UTC',
		launchOptions: { executablePath, args: chromiumArgs }
	},
	webServer: {
		command: 'npx vite preview --port 4173 --strictPort --host 127.0.0.1',
		url: 'http://127.0.0.1:4173',
		reuseExistingServer: !process.env.CI,
		timeout: 60_000
	}
});
