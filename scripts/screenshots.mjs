// Reproducible screenshots of the built site (npm run build first):
//   node scripts/screenshots.mjs [outDir]
// Serves build/ with `vite preview` (or uses SCREENSHOT_BASE_URL when a site is already served),
// opens each view in both languages at 1366×768 and 1920×1080 in headless Chromium, waits for
// every chart's ready signal (never a fixed sleep), and saves full-page PNGs.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './browser-path.mjs';

const out = process.argv[2] ?? 'screenshots';
const port = 4179;
const base = process.env.SCREENSHOT_BASE_URL ?? `http://127.0.0.1:${port}`;
mkdirSync(out, { recursive: true });

const shots = [
	{ name: 'dashboard-en', path: '/' },
	{ name: 'dashboard-it', path: '/?lang=it' },
	{ name: 'kgz-it-export', path: '/?lang=it&partners=KGZ&flow=export' },
	{ name: 'focus-kaz-import', path: '/?flow=import&focus=KAZ' },
	{ name: 'partner-reported-usd', path: '/?reporter=partner&currency=USD&growth=index' }
];
const sizes = [
	{ width: 1366, height: 768 },
	{ width: 1920, height: 1080 }
];

/** Starts `vite preview` and resolves once it listens; rejects if it exits or hangs. */
function startPreview() {
	const server = spawn(
		'npx',
		['vite', 'preview', '--port', String(port), '--strictPort', '--host', '127.0.0.1'],
		{ stdio: ['ignore', 'pipe', 'inherit'] }
	);
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`preview did not start on ${port}`)), 30_000);
		server.on('exit', (code) => reject(new Error(`preview exited (${code})`)));
		server.stdout.on('data', (d) => {
			if (String(d).includes(String(port))) {
				clearTimeout(timer);
				resolve(server);
			}
		});
	});
}

const server = process.env.SCREENSHOT_BASE_URL ? null : await startPreview();
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
	for (const size of sizes) {
		const page = await browser.newPage({ viewport: size, deviceScaleFactor: 1 });
		for (const shot of shots) {
			await page.goto(base + shot.path);
			await page.waitForFunction(() => {
				const charts = [...document.querySelectorAll('[data-chart]')];
				return (
					charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-ready') === 'true')
				);
			});
			const file = `${out}/${shot.name}-${size.width}x${size.height}.png`;
			await page.screenshot({ path: file, fullPage: true });
			console.log(file);
		}
		await page.close();
	}
} finally {
	await browser.close();
	// @ts-expect-error: a ChildProcess when we started one
	server?.kill();
}
