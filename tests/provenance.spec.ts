import { expect, test, type Page } from '@playwright/test';

/**
 * Provenance (issue 10): the user's order of precedence on the Data page, the note on the
 * dashboard when uploaded files are shown, and the share dialog's warning.
 */

const HEADER = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';
/** Template-format files (static/template.csv) with months the bundled data does not hold. */
const csv = (name: string, rows: string[]) => ({
	name,
	mimeType: 'text/csv',
	buffer: Buffer.from([HEADER, ...rows, ''].join('\n'))
});
const KGZ = csv('provenance-kgz.csv', [
	'2025-06,KGZ,export,ITA,TOTAL,All goods,4321000,EUR,Provenance test,,',
	'2025-07,KGZ,export,ITA,TOTAL,All goods,1234000,EUR,Provenance test,,'
]);
const UZB = csv('provenance-uzb.csv', [
	'2025-06,UZB,export,ITA,TOTAL,All goods,765000,EUR,Provenance test,,'
]);

/** Opens the Data page once the browser storage is ready. */
async function openData(page: Page, query = '') {
	await page.goto(`/data${query}`);
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'indexeddb');
}

async function upload(page: Page, files: Parameters<Page['setInputFiles']>[1]) {
	await page.locator('input[data-picker="files"]').setInputFiles(files);
}

/** The names in the dataset list, top (wins) first. */
const names = (page: Page) => page.locator('[data-datasets] tbody [data-dataset-name]');

test('the dashboard says when uploaded files are shown, in English and Italian', async ({
	page
}) => {
	await page.goto('/');
	await expect(page.locator('h2#headline-title')).toBeVisible();
	await expect(page.locator('[data-provenance]')).toHaveCount(0);

	await openData(page);
	await upload(page, [KGZ, UZB]);
	await expect(page.locator('[data-task="added"]')).toHaveCount(2);

	const note = page.locator('[data-provenance] a');
	await page.goto('/?partners=KGZ');
	await expect(note).toHaveText('Bundled data + 2 uploaded files');
	await expect(note).toHaveAttribute('href', '/data?partners=KGZ');
	await page.goto('/?lang=it');
	await expect(note).toHaveText('Dati inclusi + 2 file caricati');
	await expect(note).toHaveAttribute('href', '/data?lang=it');
	await note.click();
	await expect(page).toHaveURL(/\/data\?lang=it$/);

	// One upload hidden: singular forms.
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'indexeddb');
	// (In-page navigation from here on: no reload races the storage writes.)
	await page.getByRole('checkbox', { name: 'Mostra «provenance-uzb» nel cruscotto' }).uncheck();
	await page.locator('[data-back]').click();
	await expect(note).toHaveText('Dati inclusi + 1 file caricato');
	await page.locator('[data-lang-switch]').click();
	await expect(note).toHaveText('Bundled data + 1 uploaded file');

	// The bundled data hidden: the note says so.
	await note.click();
	await page.getByRole('checkbox', { name: 'Show “Bundled data” in the dashboard' }).uncheck();
	await page.locator('[data-back]').click();
	await expect(note).toHaveText('1 uploaded file (bundled data hidden)');

	// Only the bundled data: nothing to say.
	await note.click();
	await page.getByRole('checkbox', { name: 'Show “Bundled data” in the dashboard' }).check();
	await page.getByRole('checkbox', { name: 'Show “provenance-kgz” in the dashboard' }).uncheck();
	await page.locator('[data-back]').click();
	await expect(page.locator('h2#headline-title')).toBeVisible();
	await expect(page.locator('[data-provenance]')).toHaveCount(0);
});

test('the list is in order of precedence; the keyboard moves an upload below the bundled data', async ({
	page
}) => {
	await openData(page);
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	// A new upload goes to the top: it wins.
	await expect(names(page)).toHaveText(['provenance-kgz', 'Bundled data']);
	await expect(page.locator('[data-place]')).toHaveText(['1', '2']);
	await expect(page.locator('[data-precedence-rule]')).toContainText(
		'the dashboard takes that whole year from the dataset higher in this list; figures from two datasets are never added together or mixed within a year. Move a dataset up to give it precedence.'
	);

	// Keyboard only: focus the upload's first button, Tab to "down", press Enter.
	const up = page.getByRole('button', { name: 'Move “provenance-kgz” up' });
	await expect(up).toHaveAttribute('aria-disabled', 'true');
	await up.focus();
	await page.keyboard.press('Tab');
	const down = page.getByRole('button', { name: 'Move “provenance-kgz” down' });
	await expect(down).toBeFocused();
	await page.keyboard.press('Enter');

	await expect(names(page)).toHaveText(['Bundled data', 'provenance-kgz']);
	await expect(page.locator('[data-move-status]')).toHaveText(
		'“provenance-kgz” is now at the bottom of the list: the others take precedence.'
	);
	await expect(page.locator('[data-move-status]')).toHaveAttribute('aria-live', 'polite');
	// Focus stayed on the moved dataset's button, now at the bottom (and at its end).
	await expect(down).toBeFocused();
	await expect(down).toHaveAttribute('aria-disabled', 'true');
	// At the end, Enter again changes nothing.
	await page.keyboard.press('Enter');
	await expect(names(page)).toHaveText(['Bundled data', 'provenance-kgz']);

	// Space works too: the bundled row's "down" swaps them again.
	await page.getByRole('button', { name: 'Move “Bundled data” down' }).focus();
	await page.keyboard.press('Space');
	await expect(names(page)).toHaveText(['provenance-kgz', 'Bundled data']);
	await expect(page.getByRole('button', { name: 'Move “Bundled data” down' })).toBeFocused();
	await expect(page.locator('[data-move-status]')).toHaveText(
		'“Bundled data” is now at the bottom of the list: the others take precedence.'
	);
	await page.getByRole('button', { name: 'Move “Bundled data” up' }).focus();
	await page.keyboard.press('Enter');
	await expect(names(page)).toHaveText(['Bundled data', 'provenance-kgz']);
	// Said once stored.
	await expect(page.locator('[data-move-status]')).toHaveText(
		'“Bundled data” is now at the top of the list: it takes precedence.'
	);

	// The order is kept on this device.
	await page.reload();
	await expect(page.locator('[data-storage]')).toHaveAttribute('data-storage', 'indexeddb');
	await expect(names(page)).toHaveText(['Bundled data', 'provenance-kgz']);

	// In Italian.
	await openData(page, '?lang=it');
	await expect(names(page)).toHaveText(['Dati inclusi', 'provenance-kgz']);
	await expect(page.locator('[data-precedence-rule]')).toContainText(
		'il cruscotto prende l’intero anno dal dataset più in alto in questo elenco'
	);
	await page.getByRole('button', { name: 'Sposta «provenance-kgz» su' }).focus();
	await page.keyboard.press('Enter');
	await expect(names(page)).toHaveText(['provenance-kgz', 'Dati inclusi']);
	await expect(page.locator('[data-move-status]')).toHaveText(
		'«provenance-kgz» ora è in cima all’elenco: ha la precedenza.'
	);
});

test('another tab follows a move', async ({ context }) => {
	const a = await context.newPage();
	const b = await context.newPage();
	await openData(a);
	await openData(b);
	await upload(a, KGZ);
	await expect(names(b)).toHaveText(['provenance-kgz', 'Bundled data']);
	await a.getByRole('button', { name: 'Move “provenance-kgz” down' }).click();
	await expect(names(b)).toHaveText(['Bundled data', 'provenance-kgz']);
});

test('the share dialog warns that a link shows the bundled data, not the uploads', async ({
	page
}) => {
	const warning = page.locator('dialog[data-share-dialog="volumes"] [data-share-uploads]');
	await page.goto('/');
	await page.locator('[data-share="volumes"]').click();
	await expect(page.locator('dialog[data-share-dialog="volumes"] [data-permalink]')).toBeVisible();
	await expect(warning).toHaveCount(0);

	await openData(page);
	await upload(page, KGZ);
	await expect(page.locator('[data-task]')).toHaveAttribute('data-task', 'added');

	await page.goto('/');
	await page.locator('[data-share="volumes"]').click();
	await expect(warning).toBeVisible();
	await expect(warning).toHaveText(
		'This link reproduces the view on the recipient’s bundled data, not on your uploaded files.'
	);
	const link = page.locator('dialog[data-share-dialog="volumes"] [data-permalink]');
	await expect(link).toHaveAccessibleDescription(
		'This link reproduces the view on the recipient’s bundled data, not on your uploaded files.'
	);
	await page.keyboard.press('Escape');

	await page.goto('/?lang=it');
	await page.locator('[data-share="volumes"]').click();
	await expect(warning).toHaveText(
		'Questo link riproduce la vista sui dati inclusi nel sito del destinatario, non sui file che hai caricato.'
	);
});
