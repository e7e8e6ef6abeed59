// Makes sure a Chromium exists for Playwright: a system one if present; otherwise Debian's
// package (when we can use apt-get); otherwise Playwright's own download.
import { execSync } from 'node:child_process';
import { chromiumPath } from './browser-path.mjs';

/** @param {string} cmd */
const run = (cmd) => execSync(cmd, { stdio: 'inherit' });
/** @param {string} cmd */
const has = (cmd) => {
	try {
		execSync(`command -v ${cmd}`, { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
};

if (chromiumPath()) {
	console.log(`browser: ${chromiumPath()}`);
} else if (has('apt-get')) {
	const sudo = process.getuid && process.getuid() === 0 ? '' : 'sudo ';
	run(
		`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`
	);
	if (!chromiumPath()) throw new Error('chromium was installed but not found; set CHROMIUM_PATH');
	console.log(`browser: ${chromiumPath()}`);
} else {
	run('npx playwright install chromium');
}
