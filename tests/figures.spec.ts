/**
 * Issue 10, "What was seen": the figure model as a user meets it, with the bundled data and
 * uploads loaded together. The uploaded files are small SYNTHETIC fixtures written here in the
 * shapes of the real exports (our template, UN Comtrade Plus, Eurostat SDMX-CSV); their figures
 * are illustrative, not statistics.
 */
import { expect, test, type Page } from '@playwright/test';
import { chartsReady } from './helpers';

async function openData(page: Page, query = '') {
	await page.goto(`/data${query}`);
	await expect(page.locator('[data-storage]')).not.toHaveAttribute('data-storage', /none|pending/);
}

async function upload(page: Page, name: string, text: string) {
	await page
		.locator('input[data-picker="files"]')
		.setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
	await expect(page.locator('[data-task]').first()).toHaveAttribute('data-task', /added|replaced/);
}

/** The row of a view's table whose period cell reads `period` exactly. */
function rowOf(table: ReturnType<Page['locator']>, page: Page, period: string) {
	return table
		.locator('tr')
		.filter({ has: page.locator('td, th', { hasText: new RegExp(`^${period}$`) }) });
}

async function table(page: Page, query: string, name: string) {
	await page.goto(query);
	await chartsReady(page);
	return page.locator(`[data-table="${name}"]`);
}

const TEMPLATE = 'period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag';

test('a row written twice is one figure, and the report says so', async ({ page }) => {
	await openData(page);
	const row = '2025,KGZ,export,ITA,TOTAL,,1000000,EUR,Synthetic test source,,';
	await upload(page, 'twice.csv', [TEMPLATE, row, row].join('\n'));
	await expect(page.locator('[data-count="accepted"]')).toHaveText('1');
	await expect(page.locator('[data-report]')).toContainText(/line 3/i);
	const volumes = await table(page, '/?partners=KGZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2025')).toContainText('€1,000,000');
	await expect(rowOf(volumes, page, '2025')).not.toContainText('€2,000,000');
});

test('one cell in EUR and in USD is shown in the chosen currency, never added', async ({
	page
}) => {
	await openData(page);
	await upload(
		page,
		'pair.csv',
		[
			TEMPLATE,
			'2025,KGZ,export,ITA,TOTAL,,1000000,EUR,Synthetic test source,,',
			'2025,KGZ,export,ITA,TOTAL,,1243000,USD,Synthetic test source,,'
		].join('\n')
	);
	const eur = await table(page, '/?partners=KGZ&tables=volumes', 'volumes');
	await expect(rowOf(eur, page, '2025')).toContainText('€1,000,000');
	await expect(rowOf(eur, page, '2025')).not.toContainText('€1,9');
	const usd = await table(page, '/?partners=KGZ&tables=volumes&currency=USD', 'volumes');
	await expect(rowOf(usd, page, '2025')).toContainText('$1,243,000');
});

/** Comtrade Plus, annual, reporter Italy: exports to Kazakhstan 2022 and 2023 (USD, synthetic). */
const COMTRADE = [
	'typeCode,freqCode,refPeriodId,refYear,refMonth,period,reporterCode,reporterISO,reporterDesc,flowCode,flowDesc,partnerCode,partnerISO,partnerDesc,partner2Code,partner2ISO,partner2Desc,classificationCode,classificationSearchCode,isOriginalClassification,cmdCode,cmdDesc,aggrLevel,isLeaf,customsCode,customsDesc,mosCode,motCode,motDesc,qtyUnitCode,qtyUnitAbbr,qty,isQtyEstimated,altQtyUnitCode,altQtyUnitAbbr,altQty,isAltQtyEstimated,netWgt,isNetWgtEstimated,grossWgt,isGrossWgtEstimated,cifvalue,fobvalue,primaryValue,legacyEstimationFlag,isReported,isAggregate',
	...[2022, 2023].map(
		(y) =>
			`C,A,${y}0101,${y},52,${y},380,ITA,Italy,X,Export,398,KAZ,Kazakhstan,0,W00,World,H6,HS,True,TOTAL,All Commodities,0,False,C00,TOTAL CPC,0,0,TOTAL MOT,-1,N/A,,False,-1,N/A,,False,,False,,False,,9990000000,9990000000,0,True,True`
	)
].join('\n');

/** Eurostat SDMX-CSV, monthly 2023, reporter Italy: exports to Kazakhstan, €100 m a month (synthetic). */
const SDMX = [
	'DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG',
	...Array.from(
		{ length: 12 },
		(_, i) =>
			`ESTAT:DS-045409(1.0),15/09/25 11:00:00,M,IT,KZ,TOTAL,2,VALUE_IN_EUROS,2023-${String(i + 1).padStart(2, '0')},100000000,`
	)
].join('\n');

test('the dataset higher on the Data page supplies the whole year, whatever its grain', async ({
	page
}) => {
	// The partial-year card before any upload: Jan–Aug 2024 against Jan–Aug 2023, both bundled.
	await page.goto('/?partners=KAZ');
	await chartsReady(page);
	const partial = page.locator('[data-chart="headline"] [data-partial="true"]');
	const before = await partial.locator('[data-measure="exports"]').innerText();

	await openData(page);
	await upload(page, 'comtrade-kaz.csv', COMTRADE);
	await upload(page, 'eurostat-kaz-2023.csv', SDMX);
	// The newest upload is on top: its twelve months give 2023, not Comtrade's annual figure.
	const volumes = await table(page, '/?partners=KAZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2023')).toContainText('€1,200,000,000');

	// The partial-year comparison stays within the bundled data, which holds both ends.
	await page.goto('/?partners=KAZ');
	await chartsReady(page);
	await expect(partial.locator('[data-measure="exports"]')).toHaveText(before);

	// Move Eurostat below Comtrade: 2023 now comes whole from Comtrade's annual figure (USD,
	// converted at ECB rates), never from a mix of the two.
	await openData(page);
	const eurostat = page.locator('[data-datasets] tbody tr', { hasText: 'eurostat-kaz-2023' });
	await eurostat.locator('button[data-move="down"]').focus();
	await page.keyboard.press('Enter');
	await expect(page.locator('[data-datasets] tbody tr').first()).toContainText('comtrade-kaz');
	const after = await table(page, '/?partners=KAZ&tables=volumes', 'volumes');
	await expect(rowOf(after, page, '2023')).not.toContainText('€1,200,000,000');
	const usd = await table(page, '/?partners=KAZ&tables=volumes&currency=USD', 'volumes');
	await expect(rowOf(usd, page, '2023')).toContainText('$9,990,000,000');
});

test('in Italian too: the duplicate is reported and the figure shown once', async ({ page }) => {
	await openData(page, '?lang=it');
	const row = '2025,KGZ,export,ITA,TOTAL,,1000000,EUR,Fonte di prova sintetica,,';
	await upload(page, 'doppia.csv', [TEMPLATE, row, row].join('\n'));
	await expect(page.locator('[data-count="accepted"]')).toHaveText('1');
	await expect(page.locator('[data-report]')).toContainText(/riga 3/i);
	const volumes = await table(page, '/?lang=it&partners=KGZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2025')).toContainText('1.000.000 €');
	await expect(rowOf(volumes, page, '2025')).not.toContainText('2.000.000');
});

/** An ISTAT-style table (synthetic figures) with its total row, a part above it and a footnote. */
const ISTAT = [
	'Paese;Merce;Flusso;2022;2023',
	'Kazakhstan;Totale attività economiche;Export;1100000000;1250000000',
	'Kazakhstan;27-Combustibili;Export;40000000;50000000',
	'Kazakhstan;84-Macchinari;Export;300000000;6200000000',
	'Fonte: ISTAT, dati 2023 provvisori',
	''
].join('\n');

test('an ISTAT table: its total row is the total, a part above it is reported, the footnote flags 2023', async ({
	page
}) => {
	await openData(page);
	await upload(page, 'istat-kaz.csv', ISTAT);
	// The total row is read as the total (six figures), and HS 84 above it is said with its lines.
	await expect(page.locator('[data-count="accepted"]')).toHaveText('6');
	const part = page.locator('[data-issue="part-exceeds-total"]');
	await expect(part).toContainText('496%');
	await expect(part).toContainText('line 2');
	await expect(page.locator('[data-issue="footnote-flag"]')).toContainText('2023');

	// The dashboard: 2023 is the file's total, marked provisional.
	const volumes = await table(page, '/?partners=KAZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2023')).toContainText('€1,250,000,000');
	await expect(volumes).toContainText(/provisional/i);
	// "What is traded" never draws the total as a product, nor a share above 100%.
	const sectors = await table(page, '/?partners=KAZ&tables=sectors', 'sectors');
	await expect(sectors).not.toContainText('Totale attività economiche');
	await expect(sectors).not.toContainText('496');
});

test('numbers and periods a spreadsheet mangles are refused with line and reason', async ({
	page
}) => {
	await openData(page);
	await upload(
		page,
		'mangled.csv',
		[
			TEMPLATE,
			'2005.1,KGZ,export,ITA,TOTAL,,1000000,EUR,Synthetic test source,,',
			'2005.10,KGZ,export,ITA,TOTAL,,2000000,EUR,Synthetic test source,,',
			'2006,KGZ,export,ITA,TOTAL,,1e-400,EUR,Synthetic test source,,',
			'2007,KGZ,export,ITA,TOTAL,,1.7e308,EUR,Synthetic test source,,',
			'2008,KGZ,export,ITA,TOTAL,,1.7e308,EUR,Synthetic test source,,',
			'2025,KGZ,export,ITA,TOTAL,,1000000,EUR,Synthetic test source,,'
		].join('\n')
	);
	await expect(page.locator('[data-count="accepted"]')).toHaveText('1');
	await expect(page.locator('[data-issue="spreadsheet-period"]').first()).toContainText('2005.1');
	await expect(page.locator('[data-issue="number-too-small"]')).toContainText('1e-400');
	await expect(page.locator('[data-issue="number-too-large"]').first()).toContainText('1.7e308');
	// The data loaded before is intact, and nothing shows as 0 or as "no data" in its place.
	const volumes = await table(page, '/?partners=KGZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2023')).toContainText('€213,708,652');
	await expect(volumes).not.toContainText('2005');
});

test('growth of figures published in USD is the same in the EUR view: exchange rates are not growth', async ({
	page
}) => {
	const rate = async (currency: string) => {
		const growth = await table(
			page,
			`/?partners=KAZ&reporter=partner&currency=${currency}&tables=growth`,
			'growth'
		);
		const text = await rowOf(growth, page, '2023').innerText();
		return /[+−-]\d+(?:\.\d+)?\s?%/.exec(text)?.[0];
	};
	const usd = await rate('USD');
	expect(usd).toBeTruthy();
	expect(await rate('EUR')).toBe(usd);
});

test('one cell given by two sources in one file: the first line stands, both are named', async ({
	page
}) => {
	await openData(page);
	await upload(
		page,
		'two-sources.csv',
		[
			TEMPLATE,
			'2025,KGZ,export,ITA,TOTAL,,1000000,EUR,ISTAT (synthetic),,',
			'2025,KGZ,export,ITA,TOTAL,,1100000,EUR,Eurostat (synthetic),,'
		].join('\n')
	);
	const conflict = page.locator('[data-issue="conflicting-value"]');
	await expect(conflict).toContainText('ISTAT (synthetic)');
	await expect(conflict).toContainText('Eurostat (synthetic)');
	const volumes = await table(page, '/?partners=KGZ&tables=volumes', 'volumes');
	await expect(rowOf(volumes, page, '2025')).toContainText('€1,000,000');
	await expect(rowOf(volumes, page, '2025')).not.toContainText('€2,100,000');
});
