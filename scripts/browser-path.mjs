// Finds a Chromium the tests and scripts can drive. Playwright's own browser download is not
// possible on every machine (no internet beyond package registries), so a system Chromium is
// preferred; CHROMIUM_PATH overrides.
import { existsSync } from 'node:fs';

const candidates = [
	process.env.CHROMIUM_PATH,
	'/usr/bin/chromium',
	'/usr/bin/chromium-browser',
	'/usr/bin/google-chrome',
	'/usr/bin/google-chrome-stable',
	'/Applications/Google Chrome.app/Contents/MacOS/Google Chrome'
];

/** @returns {string | undefined} path of a Chromium executable, or undefined to let Playwright use its own */
export function chromiumPath() {
	return candidates.find((p) => p && existsSync(p));
}

/** Flags that keep headless Chromium off the network and quiet on a sandboxed machine. */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--disable-dev-shm-usage'
];
