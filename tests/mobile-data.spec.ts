import { expect, test, type Page } from '@playwright/test';
import { fileURLToPath } from 'node:url';

/** The Data page on a phone (390 × 844, an iPhone 12–15's CSS viewport). */
const PHONE = { width: 390, height: 844 };

const fixture = (name: string) =>
	fileURLToPath(new URL(`./fixtures/upload/${name}`, import.meta.url));

test.use({ viewport: PHONE });

/**
 * What does not fit the phone's width, read from the laid-out page: the page scrolling sideways,
 * an element reaching past the screen's edge outside a box that scrolls on its own, or an
 * element whose text is cut by `overflow: hidden`. Tables may scroll inside their own box.
 */
function layoutProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const problems: string[] = [];
		const scroller = document.scrollingElement as Element;
		if (scroller.scrollWidth > width)
			problems.push(`the page scrolls sideways: ${scroller.scrollWidth} px > ${width} px`);
		const name = (el: Element) =>
			`<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ''}> “${(el.textContent ?? '').trim().slice(0, 40)}”`;
		const scrollsSideways = (el: Element) =>
			['auto', 'scroll'].includes(getComputedStyle(el).overflowX);
		const insideScrollBox = (el: Element) => {
			for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
				if (scrollsSideways(p)) return true;
			return false;
		};
		const hidden = (el: Element) => {
			const s = getComputedStyle(el);
			// Visually hidden text (for screen readers) is clipped on purpose.
			return el.getClientRects().length === 0 || s.position === 'absolute' || s.clip !== 'auto';
		};
		for (const el of document.querySelectorAll('main *')) {
			if (hidden(el) || insideScrollBox(el)) continue;
			const box = el.getBoundingClientRect();
			if (box.width === 0) continue;
			if (box.right > width + 0.5 || box.left < -0.5)
				problems.push(`${name(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
			const s = getComputedStyle(el);
			if (
				['hidden', 'clip'].includes(s.overflowX) &&
				el.scrollWidth > el.clientWidth + 1 &&
				!scrollsSideways(el)
			)
				problems.push(`${name(el)} cuts its text: ${el.scrollWidth} px in ${el.clientWidth} px`);
		}
		return problems;
	});
}

/** Controls a finger cannot reach: each is scrolled to, then must be the element at its centre. */
function unreachable(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		const controls = document.querySelectorAll<HTMLElement>(
			'main button, main select, main input:not([type="file"]), main summary, main a'
		);
		for (const el of controls) {
			if (el.getClientRects().length === 0) continue;
			el.scrollIntoView({ block: 'center', inline: 'center' });
			const box = el.getBoundingClientRect();
			const hit = document.elementFromPoint(box.x + box.width / 2, box.y + box.height / 2);
			const label = el.closest('label');
			if (!hit || !(el.contains(hit) || hit.contains(el) || (label && label.contains(hit))))
				out.push(`${el.tagName.toLowerCase()} “${(el.textContent ?? '').trim().slice(0, 40)}”`);
		}
		scrollTo(0, 0);
		return out;
	});
}

async function openData(page: Page, lang: 'en' | 'it') {
	await page.goto(`/data${lang === 'it' ? '?lang=it' : ''}`);
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

for (const lang of ['en', 'it'] as const) {
	test(`the Data page fits a 390 px phone with a report, issues and the dialect form open (${lang})`, async ({
		page
	}) => {
		await openData(page, lang);
		await page
			.locator('input[data-picker="files"]')
			.setInputFiles([fixture('comext-kgz-2025.csv'), fixture('uzstat-table.csv')]);
		await expect(page.locator('[data-task]').nth(1)).toHaveAttribute('data-task', 'rejected');
		await expect(page.locator('[data-task]').first()).toHaveAttribute('data-task', 'added');
		// The Comext file's report: issues, columns and the dialect form, opened.
		await page.locator('[data-task="added"] button').click();
		await expect(page.locator('[data-issue="unknown-country"]')).toBeVisible();
		await page.locator('[data-dialect] summary').click();
		await expect(page.locator('[data-override] button[type="submit"]')).toBeVisible();

		expect(await layoutProblems(page)).toEqual([]);
		expect(await unreachable(page)).toEqual([]);

		// The stat.uz table's report asks for its flow: its buttons fit too.
		await page.locator('[data-task="rejected"] button').click();
		await expect(page.locator('[data-needs-flow]')).toBeVisible();
		expect(await layoutProblems(page)).toEqual([]);
		expect(await unreachable(page)).toEqual([]);
	});
}
