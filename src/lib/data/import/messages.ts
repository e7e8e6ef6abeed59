/**
 * Issue severities and full-sentence messages in Italian and English.
 * Messages are plain text: the UI must render them as text (they quote file content).
 */
import { describeWorkbookSheets } from './excel-messages';
import type { ImportIssue, IssueCode, Severity } from './types';

export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
	'empty-file': 'fatal',
	'file-too-large': 'fatal',
	'binary-file': 'fatal',
	'no-text': 'fatal',
	'unknown-format': 'fatal',
	'no-data': 'fatal',
	'unterminated-quote': 'fatal',
	'needs-flow': 'fatal',
	'no-valid-rows': 'fatal',
	'too-many-columns': 'fatal',
	'too-many-rows': 'fatal',
	'needs-delimiter': 'fatal',
	'field-count': 'error',
	'cell-too-long': 'error',
	'invalid-number': 'error',
	'ambiguous-number': 'error',
	'unknown-country': 'error',
	'invalid-period': 'error',
	'unknown-flow': 'error',
	'invalid-currency': 'error',
	'invalid-flag': 'error',
	'invalid-measure': 'error',
	'missing-field': 'error',
	'invalid-date': 'error',
	'invalid-precision': 'error',
	'spreadsheet-period': 'error',
	'number-too-small': 'error',
	'number-too-large': 'error',
	'conflicting-value': 'error',
	'missing-value': 'skip',
	'not-italy': 'skip',
	'aggregate-partner': 'skip',
	'other-flow': 'skip',
	'not-trade-value': 'skip',
	'not-goods': 'skip',
	breakdown: 'skip',
	'duplicate-event': 'skip',
	'duplicate-row': 'skip',
	'repeated-header': 'info',
	'encoding-fallback': 'info',
	'utf16-without-bom': 'info',
	'invalid-utf8': 'info',
	'nul-removed': 'info',
	'double-encoded': 'info',
	'header-similar': 'info',
	'header-invisible': 'info',
	'text-bidi': 'info',
	'formula-prefix-removed': 'info',
	'separator-hint': 'info',
	'title-skipped': 'info',
	'footer-skipped': 'info',
	'header-renamed': 'info',
	'units-scaled': 'info',
	'units-assumed': 'info',
	'flow-from-context': 'info',
	'flow-swapped': 'info',
	'quote-repaired': 'info',
	'number-format': 'info',
	'two-currencies': 'info',
	'parts-summed': 'info',
	'part-exceeds-total': 'info',
	'footnote-flag': 'info',
	'issues-truncated': 'info',
	'workbook-sheets': 'info'
};

export function severityOf(code: IssueCode): Severity {
	return SEVERITY[code];
}

/** True for codes that count as a rejected row/observation. */
export function isRejectionCode(code: IssueCode): boolean {
	const s = SEVERITY[code];
	return s === 'error' || s === 'skip';
}

type Lang = 'it' | 'en';
type P = Record<string, string | number>;

function num(n: number, lang: Lang): string {
	const [int, frac] = String(n).split('.');
	const grouped = (int ?? '').replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'it' ? '.' : ',');
	return frac ? `${grouped}${lang === 'it' ? ',' : '.'}${frac}` : grouped;
}

function s(p: P, k: string): string {
	const v = p[k];
	return v === undefined ? '' : String(v);
}

function n(p: P, k: string, lang: Lang): string {
	const v = p[k];
	return typeof v === 'number' ? num(v, lang) : s(p, k);
}

function q(text: string): string {
	return `"${text}"`;
}

const BINARY: Record<string, [string, string]> = {
	xlsx: [
		'this is an Excel file: save it as CSV (File › Save as › CSV UTF-8) and load the CSV',
		'questo è un file Excel: salvalo come CSV (File › Salva con nome › CSV UTF-8) e carica il CSV'
	],
	xls: [
		'this is an Excel file (old .xls format): save it as CSV and load the CSV',
		'questo è un file Excel (vecchio formato .xls): salvalo come CSV e carica il CSV'
	],
	ods: [
		'this is a spreadsheet (OpenDocument): save it as CSV and load the CSV',
		'questo è un foglio di calcolo (OpenDocument): salvalo come CSV e carica il CSV'
	],
	zip: [
		'this is a ZIP archive: extract the CSV file first',
		'questo è un archivio ZIP: estrai prima il file CSV'
	],
	'7z': [
		'this is a 7z archive (like Comext bulk files): extract the CSV first and keep only the rows you need',
		'questo è un archivio 7z (come i file bulk di Comext): estrai prima il CSV e tieni solo le righe che servono'
	],
	gzip: [
		'this is a gzip archive: extract the CSV file first',
		'questo è un archivio gzip: estrai prima il file CSV'
	],
	pdf: ['this is a PDF, not a CSV file', 'questo è un PDF, non un file CSV'],
	image: ['this is an image, not a CSV file', "questa è un'immagine, non un file CSV"],
	binary: [
		'this file contains binary data (NUL bytes): it is not a CSV file',
		'questo file contiene dati binari (byte NUL): non è un file CSV'
	],
	// Workbooks the worker could not read (src/lib/data/import/excel.ts).
	'workbook-encrypted': [
		'this workbook is protected by a password (encrypted) and cannot be read in the browser. Nothing was imported: open it in Excel or LibreOffice, remove the password (File › Info › Protect Workbook) and load it again',
		'questa cartella di lavoro è protetta da password (cifrata) e non può essere letta nel browser. Non è stato importato nulla: aprila in Excel o LibreOffice, togli la password (File › Informazioni › Proteggi cartella di lavoro) e caricala di nuovo'
	],
	'workbook-corrupt': [
		'this workbook could not be read: the file is damaged or incomplete (an interrupted download?). Nothing was imported: download it again, or open it in Excel or LibreOffice and save it again',
		'questa cartella di lavoro non si può leggere: il file è danneggiato o incompleto (un download interrotto?). Non è stato importato nulla: scaricala di nuovo, oppure aprila in Excel o LibreOffice e salvala di nuovo'
	],
	'workbook-no-data': [
		'no sheet of this workbook holds a table (rows with at least three filled cells, one of them a number): only a cover, notes or empty sheets. Nothing was imported',
		'nessun foglio di questa cartella di lavoro contiene una tabella (righe con almeno tre celle piene, una delle quali un numero): solo copertina, note o fogli vuoti. Non è stato importato nulla'
	],
	'workbook-no-sheet': [
		'the sheet asked for is not in this workbook (renamed or removed?). Nothing was imported',
		'il foglio richiesto non è in questa cartella di lavoro (rinominato o rimosso?). Non è stato importato nulla'
	]
};

const FLOW: Record<string, [string, string]> = {
	export: ['exports', 'esportazioni'],
	import: ['imports', 'importazioni']
};

const FROM: Record<string, [string, string]> = {
	'file-name': ['the file name', 'dal nome del file'],
	title: ['the title lines', 'dalle righe del titolo'],
	option: ['the choice made on import', "dalla scelta fatta all'importazione"]
};

/** A figure's identity for a message: `KAZ, export, reporter ITA, sector TOTAL, 2023, EUR`. */
function figure(p: P, lang: Lang): string {
	if (p.partner === undefined) return lang === 'en' ? 'same cell' : 'stessa cella';
	const flow = pick(FLOW[s(p, 'flow')], lang, s(p, 'flow'));
	return lang === 'en'
		? `partner ${s(p, 'partner')}, ${flow}, reporter ${s(p, 'reporter')}, sector ${s(p, 'sector')}, ${s(p, 'period')}, ${s(p, 'currency')}`
		: `partner ${s(p, 'partner')}, ${flow}, dichiarante ${s(p, 'reporter')}, settore ${s(p, 'sector')}, ${s(p, 'period')}, ${s(p, 'currency')}`;
}

function source(p: P, key: string, lang: Lang): string {
	const v = s(p, key);
	if (!v) return '';
	return lang === 'en' ? ` (source ${q(v)})` : ` (fonte ${q(v)})`;
}

/** `HS 84`, a group's label, or the code. */
function sectorName(p: P, lang: Lang): string {
	const code = s(p, 'sector');
	if (/^\d{2,10}$/.test(code)) return `HS ${code}`;
	if (code.startsWith('grp:')) return q(s(p, 'label') || code.slice(4));
	return code || (lang === 'en' ? 'A sector' : 'Un settore');
}

function pick(pair: [string, string] | undefined, lang: Lang, fallback: string): string {
	if (!pair) return fallback;
	return lang === 'en' ? pair[0] : pair[1];
}

/** The new figure checks, described without their details (for `issues-truncated`). */
const GENERIC: Partial<Record<IssueCode, [string, string]>> = {
	'duplicate-row': [
		'a row repeats an earlier row (the same figure, the same value): it is kept once',
		'una riga ripete una riga precedente (lo stesso dato, lo stesso valore): è tenuto una volta sola'
	],
	'conflicting-value': [
		'a row gives another value for a figure an earlier row already gives: the first value is kept, the two are never added',
		'una riga dà un altro valore per un dato già dato da una riga precedente: si tiene il primo valore, i due non vengono mai sommati'
	],
	'part-exceeds-total': [
		'a sector exceeds the total of the same partner, flow, period and currency: both rows are kept, check the units and the sector codes',
		'un settore supera il totale dello stesso partner, flusso, periodo e valuta: entrambe le righe sono tenute, controlla le unità e i codici dei settori'
	],
	'spreadsheet-period': [
		'a period like 2005.1 looks like a month number saved by a spreadsheet (January or October?): write periods as 2005-01',
		'un periodo come 2005.1 sembra un mese salvato come numero da un foglio di calcolo (gennaio o ottobre?): scrivi i periodi come 2005-01'
	],
	'number-too-small': [
		'a number that is not zero is too small to represent: row rejected',
		'un numero diverso da zero è troppo piccolo per essere rappresentato: riga scartata'
	],
	'number-too-large': [
		'a number is larger than any plausible trade figure: row rejected',
		'un numero supera qualsiasi valore di scambio plausibile: riga scartata'
	]
};

/** The body of the message, without the line/column prefix. */
function body(issue: ImportIssue, lang: Lang): string {
	const p = issue.params;
	const en = lang === 'en';
	const generic = GENERIC[issue.code];
	if (generic && Object.keys(p).length === 0) return pick(generic, lang, issue.code);
	const v = q(s(p, 'value'));
	switch (issue.code) {
		case 'empty-file':
			return en ? 'the file is empty' : 'il file è vuoto';
		case 'file-too-large':
			return en
				? `the file is ${n(p, 'size', lang)} MB; the limit in the browser is ${n(p, 'limit', lang)} MB. Nothing was read: keep only the rows you need (fewer partners, years or products) or split it into several files, and load those`
				: `il file è di ${n(p, 'size', lang)} MB; il limite nel browser è ${n(p, 'limit', lang)} MB. Non è stato letto nulla: tieni solo le righe che servono (meno partner, anni o prodotti) o dividilo in più file, e carica quelli`;
		case 'too-many-columns':
			return en
				? `the header has ${n(p, 'columns', lang)} columns; the limit is ${n(p, 'limit', lang)}. Nothing was imported: this is not a table the dashboard can read (check the delimiter, or remove the extra columns)`
				: `l'intestazione ha ${n(p, 'columns', lang)} colonne; il limite è ${n(p, 'limit', lang)}. Non è stato importato nulla: non è una tabella che il cruscotto può leggere (controlla il separatore o togli le colonne in più)`;
		case 'too-many-rows':
			return en
				? `the file has more than ${n(p, 'limit', lang)} data rows, the limit in the browser. Nothing was imported: keep only the rows you need or split the file`
				: `il file ha più di ${n(p, 'limit', lang)} righe di dati, il limite nel browser. Non è stato importato nulla: tieni solo le righe che servono o dividi il file`;
		case 'needs-delimiter':
			return en
				? `the fields seem to be separated by spaces (the columns then match the format ${q(s(p, 'format'))}). Spaces are never assumed: choose "space" as the delimiter and import again`
				: `i campi sembrano separati da spazi (così le colonne corrispondono al formato ${q(s(p, 'format'))}). Gli spazi non vengono mai presunti: scegli "spazio" come separatore e importa di nuovo`;
		case 'cell-too-long':
			return en
				? `the cell holds ${n(p, 'length', lang)} characters; the limit is ${n(p, 'limit', lang)}: row rejected (a missing closing quote?)`
				: `la cella contiene ${n(p, 'length', lang)} caratteri; il limite è ${n(p, 'limit', lang)}: riga scartata (manca una virgoletta di chiusura?)`;
		case 'workbook-sheets':
			return describeWorkbookSheets(p, lang);
		case 'binary-file':
			return pick(
				BINARY[s(p, 'kind')],
				lang,
				en ? 'this is not a text file' : 'questo non è un file di testo'
			);
		case 'no-text':
			return en ? 'the file holds only blank lines' : 'il file contiene solo righe vuote';
		case 'unknown-format':
			return en
				? `the columns (${q(s(p, 'header'))}) match no supported format: use the template (docs: DATA_FORMAT) or a file from Eurostat Comext, UN Comtrade, IMF, WITS, ISTAT or stat.uz`
				: `le colonne (${q(s(p, 'header'))}) non corrispondono a nessun formato supportato: usa il modello (documentazione: DATA_FORMAT) o un file di Eurostat Comext, UN Comtrade, FMI, WITS, ISTAT o stat.uz`;
		case 'no-data':
			return en
				? 'the header was found but there are no data rows below it'
				: "l'intestazione c'è ma sotto non ci sono righe di dati";
		case 'unterminated-quote':
			if (p.closedAt !== undefined) {
				return en
					? `a quoted field opened here runs over ${n(p, 'lines', lang)} more line(s), to line ${n(p, 'closedAt', lang)}, and holds whole rows: a closing quote is probably missing. Nothing was imported; fix the quote and load the file again`
					: `un campo tra virgolette aperto qui prosegue per altre ${n(p, 'lines', lang)} righe, fino alla riga ${n(p, 'closedAt', lang)}, e contiene righe intere: probabilmente manca una virgoletta di chiusura. Non è stato importato nulla; correggi le virgolette e ricarica il file`;
			}
			return en
				? `a quoted field opened here is never closed: it would swallow the remaining ${n(p, 'lines', lang)} lines. Nothing was imported; fix the quote and load the file again`
				: `un campo tra virgolette aperto qui non viene mai chiuso: inghiottirebbe le ${n(p, 'lines', lang)} righe seguenti. Non è stato importato nulla; correggi le virgolette e ricarica il file`;
		case 'needs-flow':
			return en
				? 'the file does not say whether the table holds exports or imports: choose the flow and import again'
				: 'il file non dice se la tabella riporta esportazioni o importazioni: scegli il flusso e importa di nuovo';
		case 'no-valid-rows': {
			const main = s(p, 'main');
			const reason = main
				? describeIssue(
						{ line: null, column: null, header: null, code: main as IssueCode, params: {} },
						lang
					)
				: '';
			return en
				? `no row could be imported: all ${n(p, 'rows', lang)} were rejected. Most common reason: ${reason}`
				: `nessuna riga importabile: sono state scartate tutte (${n(p, 'rows', lang)}). Motivo più frequente: ${reason}`;
		}
		case 'field-count':
			if (p.span !== undefined) {
				return en
					? `the row has ${n(p, 'found', lang)} fields but the header has ${n(p, 'expected', lang)}, and a quoted field makes it span ${n(p, 'span', lang)} lines (a missing quote?): row rejected`
					: `la riga ha ${n(p, 'found', lang)} campi ma l'intestazione ne ha ${n(p, 'expected', lang)}, e un campo tra virgolette la estende su ${n(p, 'span', lang)} righe (manca una virgoletta?): riga scartata`;
			}
			return en
				? `the row has ${n(p, 'found', lang)} fields but the header has ${n(p, 'expected', lang)} (a separator inside unquoted text shifts the columns): row rejected`
				: `la riga ha ${n(p, 'found', lang)} campi ma l'intestazione ne ha ${n(p, 'expected', lang)} (un separatore dentro un testo senza virgolette sposta le colonne): riga scartata`;
		case 'invalid-number':
			if (p.expected !== undefined) {
				return en
					? `${v} is not a number in this file's format (like ${s(p, 'expected')})`
					: `${v} non è un numero nel formato di questo file (come ${s(p, 'expected')})`;
			}
			return en ? `${v} is not a number` : `${v} non è un numero`;
		case 'ambiguous-number':
			return en
				? `${v} is ambiguous — a decimal comma or a thousands separator? Nothing else in the file decides: set the decimal mark and import again`
				: `${v} è ambiguo — virgola decimale o separatore delle migliaia? Nient'altro nel file lo chiarisce: indica il separatore decimale e importa di nuovo`;
		case 'unknown-country':
			return en
				? `${v} is not a known country name or code`
				: `${v} non è un nome o codice di paese riconosciuto`;
		case 'invalid-period':
			return en
				? `${v} is not a period (expected e.g. 2024, 2024-03 or 2024-Q1)`
				: `${v} non è un periodo (atteso ad es. 2024, 2024-03 o 2024-Q1)`;
		case 'unknown-flow':
			return en
				? `${v} is not a flow (expected export or import)`
				: `${v} non è un flusso (atteso export o import)`;
		case 'invalid-currency':
			return en
				? `${v} is not a supported currency (EUR or USD)`
				: `${v} non è una valuta supportata (EUR o USD)`;
		case 'invalid-flag':
			return en
				? `flag ${v} is not p (provisional), e (estimated), c (confidential) or empty`
				: `il flag ${v} non è p (provvisorio), e (stimato), c (riservato) o vuoto`;
		case 'spreadsheet-period': {
			const year = /^\s*(\d{4})/.exec(s(p, 'value'))?.[1] ?? '2005';
			return en
				? `${v} looks like a month number saved by a spreadsheet: ${year}.1 may be January or October (a spreadsheet turns ${year}.10 into ${year}.1), so no period written this way is read; write periods as ${year}-01`
				: `${v} sembra un mese salvato come numero da un foglio di calcolo: ${year}.1 può essere gennaio o ottobre (un foglio di calcolo trasforma ${year}.10 in ${year}.1), quindi nessun periodo scritto così viene letto; scrivi i periodi come ${year}-01`;
		}
		case 'number-too-small':
			return en
				? `${v} is not zero but too small to represent (it would be read as 0): row rejected, check the number`
				: `${v} non è zero ma è troppo piccolo per essere rappresentato (verrebbe letto come 0): riga scartata, controlla il numero`;
		case 'number-too-large': {
			const factor = p.factor !== undefined ? n(p, 'factor', lang) : '';
			return en
				? `${v}${factor ? ` × ${factor} (the file's unit)` : ''} is larger than any plausible trade figure (the limit is ${n(p, 'limit', lang)} in full currency units): row rejected, check the number and the units`
				: `${v}${factor ? ` × ${factor} (l'unità del file)` : ''} supera qualsiasi valore di scambio plausibile (il limite è ${n(p, 'limit', lang)} in unità di valuta): riga scartata, controlla il numero e le unità`;
		}
		case 'conflicting-value':
			return en
				? `line ${n(p, 'line', lang)} gives ${n(p, 'value', lang)}${source(p, 'source', lang)} for a figure line ${n(p, 'first', lang)} already gives as ${n(p, 'firstValue', lang)}${source(p, 'firstSource', lang)} (${figure(p, lang)}). The first value is kept and the two are never added: check which one is right`
				: `la riga ${n(p, 'line', lang)} dà ${n(p, 'value', lang)}${source(p, 'source', lang)} per un dato che la riga ${n(p, 'first', lang)} dà già come ${n(p, 'firstValue', lang)}${source(p, 'firstSource', lang)} (${figure(p, lang)}). Si tiene il primo valore e i due non vengono mai sommati: controlla quale è giusto`;
		case 'invalid-measure':
			return en
				? `${v} is not an investment measure (stock, flow or cumulative)`
				: `${v} non è una misura di investimento (stock, flow o cumulative)`;
		case 'missing-field':
			return en
				? `the required field ${q(s(p, 'field'))} is empty`
				: `il campo obbligatorio ${q(s(p, 'field'))} è vuoto`;
		case 'invalid-date':
			return en
				? `${v} is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-03 or 2024-03-15)`
				: `${v} non è una data (attesa nella forma AAAA, AAAA-MM o AAAA-MM-GG, ad es. 2024, 2024-03 o 2024-03-15)`;
		case 'invalid-precision':
			return en
				? `precision ${v} does not fit the date ${q(s(p, 'date'))} (expected year for YYYY, month for YYYY-MM, day for YYYY-MM-DD, or empty)`
				: `la precisione ${v} non corrisponde alla data ${q(s(p, 'date'))} (attesa year per AAAA, month per AAAA-MM, day per AAAA-MM-GG, oppure vuota)`;
		case 'missing-value':
			return s(p, 'value') === ''
				? en
					? 'empty cell: no value, so no observation'
					: 'cella vuota: nessun valore, quindi nessuna osservazione'
				: en
					? `${v} marks a missing or confidential value: no observation`
					: `${v} indica un valore mancante o riservato: nessuna osservazione`;
		case 'not-italy':
			return en
				? `neither side is Italy (reporter ${q(s(p, 'reporter'))}, partner ${q(s(p, 'partner'))}): skipped`
				: `nessuna delle due parti è l'Italia (dichiarante ${q(s(p, 'reporter'))}, partner ${q(s(p, 'partner'))}): ignorata`;
		case 'aggregate-partner':
			return en
				? `${v} is an aggregate (world, EU, region), not a country: skipped`
				: `${v} è un aggregato (mondo, UE, regione), non un paese: ignorato`;
		case 'other-flow':
			return en
				? `${v} is a re-export, re-import, processing flow or partial customs procedure: not imported`
				: `${v} è una riesportazione, reimportazione, un traffico di perfezionamento o un regime doganale parziale: non importato`;
		case 'not-trade-value':
			return en
				? `${v} is not a trade value in money (quantities, shares and balances are skipped)`
				: `${v} non è un valore monetario di scambio (quantità, quote e saldi sono ignorati)`;
		case 'not-goods':
			return en
				? `type ${v} is not goods (services are not imported)`
				: `il tipo ${v} non riguarda le merci (i servizi non sono importati)`;
		case 'breakdown':
			return en
				? `the row is a breakdown by ${s(p, 'dimension')} (${v}) and would double count the totals: skipped`
				: `la riga è una ripartizione per ${s(p, 'dimension')} (${v}) e conterebbe due volte i totali: ignorata`;
		case 'duplicate-event':
			return en
				? `the same event (date ${q(s(p, 'date'))}, title ${q(s(p, 'title'))}) is already on line ${n(p, 'first', lang)}: skipped`
				: `lo stesso evento (data ${q(s(p, 'date'))}, titolo ${q(s(p, 'title'))}) è già alla riga ${n(p, 'first', lang)}: ignorato`;
		case 'duplicate-row':
			return en
				? `line ${n(p, 'line', lang)} repeats line ${n(p, 'first', lang)}: the same figure (${figure(p, lang)}) with the same value ${n(p, 'value', lang)}${p.source !== undefined ? ` (sources ${q(s(p, 'firstSource'))} and ${q(s(p, 'source'))})` : ''}; it is kept once`
				: `la riga ${n(p, 'line', lang)} ripete la riga ${n(p, 'first', lang)}: lo stesso dato (${figure(p, lang)}) con lo stesso valore ${n(p, 'value', lang)}${p.source !== undefined ? ` (fonti ${q(s(p, 'firstSource'))} e ${q(s(p, 'source'))})` : ''}; è tenuto una volta sola`;
		case 'repeated-header':
			return en
				? 'the header is repeated here (concatenated files?): line skipped'
				: "l'intestazione si ripete qui (file concatenati?): riga ignorata";
		case 'encoding-fallback': {
			const name = s(p, 'encoding') === 'iso-8859-15' ? 'ISO-8859-15' : 'Windows-1252';
			const why =
				name === 'ISO-8859-15' ? (en ? ' (byte A4 read as €)' : ' (byte A4 letto come €)') : '';
			return en
				? `the file is not valid UTF-8 and was read as ${name}${why}; if accented letters or symbols look wrong, choose the encoding`
				: `il file non è UTF-8 valido ed è stato letto come ${name}${why}; se lettere accentate o simboli appaiono sbagliati, scegli la codifica`;
		}
		case 'utf16-without-bom':
			return en
				? `the file was read as ${s(p, 'encoding').toUpperCase()} (no byte-order mark)`
				: `il file è stato letto come ${s(p, 'encoding').toUpperCase()} (senza byte-order mark)`;
		case 'invalid-utf8': {
			const where = s(p, 'lines');
			if (s(p, 'encoding').startsWith('utf-16'))
				return en
					? `${p.count !== undefined ? n(p, 'count', lang) : 'Some'} broken UTF-16 character(s) (a lone surrogate, half of a character) were replaced with �${where ? ` (lines ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}; the file may be damaged or cut short`
					: `${p.count !== undefined ? n(p, 'count', lang) : 'Alcuni'} caratteri UTF-16 non validi (un surrogato isolato, metà di un carattere) sono stati sostituiti con �${where ? ` (righe ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}; il file potrebbe essere danneggiato o troncato`;
			return en
				? `${p.count !== undefined ? n(p, 'count', lang) : 'Some'} invalid UTF-8 byte sequence(s) were replaced with �${where ? ` (lines ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}; if many letters look wrong, choose another encoding`
				: `${p.count !== undefined ? n(p, 'count', lang) : 'Alcune'} sequenze di byte non UTF-8 valide sono state sostituite con �${where ? ` (righe ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}; se molte lettere appaiono sbagliate, scegli un'altra codifica`;
		}
		case 'nul-removed': {
			const where = s(p, 'lines');
			return en
				? `${p.count !== undefined ? n(p, 'count', lang) : 'Some'} NUL byte(s) were removed from the text${where ? ` (lines ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}`
				: `${p.count !== undefined ? n(p, 'count', lang) : 'Alcuni'} byte NUL sono stati tolti dal testo${where ? ` (righe ${where}${Number(p.count) > 5 ? ', …' : ''})` : ''}`;
		}
		case 'double-encoded':
			return en
				? `the text looks encoded twice (${q(s(p, 'example'))}: UTF-8 read as Windows-1252 and saved again); the values were kept as written, fix the file if names look wrong`
				: `il testo sembra codificato due volte (${q(s(p, 'example'))}: UTF-8 letto come Windows-1252 e salvato di nuovo); i valori sono stati tenuti come scritti, correggi il file se i nomi appaiono sbagliati`;
		case 'header-similar':
			return en
				? `the headers ${q(s(p, 'first'))} and ${q(s(p, 'second'))} differ only by case, spaces or accents: the first one is used, both are kept`
				: `le intestazioni ${q(s(p, 'first'))} e ${q(s(p, 'second'))} differiscono solo per maiuscole, spazi o accenti: si usa la prima, entrambe sono conservate`;
		case 'header-invisible':
			return en
				? 'the header holds invisible characters (zero-width or text-direction controls): they are kept but shown isolated'
				: "l'intestazione contiene caratteri invisibili (a larghezza zero o di controllo della direzione del testo): sono conservati ma mostrati isolati";
		case 'text-bidi':
			return en
				? `${p.cells !== undefined ? n(p, 'cells', lang) : 'Some'} text cell(s) hold direction-changing characters (${s(p, 'controls')}) that would reorder what is shown: they are kept in the data and removed on display`
				: `${p.cells !== undefined ? n(p, 'cells', lang) : 'Alcune'} celle di testo contengono caratteri che cambiano la direzione del testo (${s(p, 'controls')}) e riordinerebbero ciò che si vede: sono conservati nei dati e tolti nella visualizzazione`;
		case 'formula-prefix-removed':
			return en
				? `${p.cells !== undefined ? n(p, 'cells', lang) : 'Some'} text cell(s) held the ' that CSV exports put before text a spreadsheet would run as a formula (=, +, -, @, at the start or after a comma, semicolon, tab or line break): the ' was removed, the text kept as written`
				: `${p.cells !== undefined ? n(p, 'cells', lang) : 'Alcune'} celle di testo contenevano l'apostrofo che le esportazioni CSV mettono davanti al testo che un foglio di calcolo eseguirebbe come formula (=, +, -, @, all'inizio o dopo una virgola, un punto e virgola, una tabulazione o un a capo): l'apostrofo è stato tolto, il testo tenuto com'è`;
		case 'separator-hint':
			return en
				? `the first line (sep=${s(p, 'delimiter')}) sets the delimiter; it was skipped`
				: `la prima riga (sep=${s(p, 'delimiter')}) indica il separatore; è stata saltata`;
		case 'title-skipped':
			return en
				? `${n(p, 'lines', lang)} line(s) above the header were skipped as titles or notes, starting with ${q(s(p, 'first'))}`
				: `${n(p, 'lines', lang)} riga/e sopra l'intestazione sono state saltate come titoli o note, a partire da ${q(s(p, 'first'))}`;
		case 'footer-skipped':
			return en
				? `${n(p, 'lines', lang)} line(s) below the data were skipped as footnotes, starting with ${q(s(p, 'first'))}`
				: `${n(p, 'lines', lang)} riga/e sotto i dati sono state saltate come note, a partire da ${q(s(p, 'first'))}`;
		case 'header-renamed':
			return en
				? `the header ${q(s(p, 'from'))} is empty or repeated: the column is called ${q(s(p, 'to'))}`
				: `l'intestazione ${q(s(p, 'from'))} è vuota o ripetuta: la colonna si chiama ${q(s(p, 'to'))}`;
		case 'units-scaled':
			if (s(p, 'where') === 'format') {
				return en
					? `values were multiplied by ${n(p, 'factor', lang)}: this source publishes its tables in ${s(p, 'phrase')}`
					: `i valori sono stati moltiplicati per ${n(p, 'factor', lang)}: questa fonte pubblica le tavole in ${s(p, 'phrase')}`;
			}
			return en
				? `values were multiplied by ${n(p, 'factor', lang)} because the file says ${q(s(p, 'phrase'))}`
				: `i valori sono stati moltiplicati per ${n(p, 'factor', lang)} perché il file indica ${q(s(p, 'phrase'))}`;
		case 'units-assumed':
			return en
				? `the file does not state the unit: values were read as ${s(p, 'phrase')} (the source's convention) and multiplied by ${n(p, 'factor', lang)}`
				: `il file non indica l'unità: i valori sono stati letti come ${s(p, 'phrase')} (convenzione della fonte) e moltiplicati per ${n(p, 'factor', lang)}`;
		case 'flow-from-context': {
			const flow = pick(FLOW[s(p, 'flow')], lang, s(p, 'flow'));
			const from = pick(FROM[s(p, 'from')], lang, s(p, 'from'));
			const table = s(p, 'table');
			return en
				? `no column gives the flow: the table was read as ${flow} from ${from}${table ? ` (table ${table})` : ''}`
				: `nessuna colonna indica il flusso: la tabella è stata letta come ${flow} ${from}${table ? ` (tavola ${table})` : ''}`;
		}
		case 'flow-swapped':
			return en
				? `${n(p, 'observations', lang)} observation(s) were reported by the partner country with Italy as partner: the flow was turned to Italy's point of view (a partner's export is an Italian import) and the reporter kept`
				: `${n(p, 'observations', lang)} osservazione/i sono dichiarate dal paese partner con l'Italia come partner: il flusso è stato girato dal punto di vista dell'Italia (un'esportazione del partner è un'importazione italiana), mantenendo il dichiarante`;
		case 'quote-repaired':
			if (p.reason !== undefined) {
				return en
					? 'a quote opens this field but is not closed where a field can end, so it would run into the next rows: it was read as text up to the next delimiter and the next line as the next row; check this row'
					: 'una virgoletta apre questo campo ma non si chiude dove un campo può finire, e proseguirebbe nelle righe seguenti: è stata letta come testo fino al separatore successivo, e la riga successiva come nuova riga; controlla questa riga';
			}
			return en
				? 'a stray quote inside a quoted field was kept as text; check this row'
				: 'una virgoletta isolata dentro un campo tra virgolette è stata tenuta come testo; controlla questa riga';
		case 'number-format': {
			const dec = s(p, 'decimal');
			const decName = en
				? dec === ','
					? 'decimal comma'
					: 'decimal point'
				: dec === ','
					? 'virgola decimale'
					: 'punto decimale';
			const basis =
				s(p, 'source') === 'format'
					? en
						? "the format's specification"
						: 'la specifica del formato'
					: s(p, 'source') === 'override'
						? en
							? 'your choice'
							: 'la tua scelta'
						: en
							? "the file's own numbers"
							: 'i numeri stessi del file';
			return en
				? `numbers were read with a ${decName}, from ${basis}; ${n(p, 'ambiguous', lang)} cell(s) such as ${q(s(p, 'example'))} were read accordingly, ${n(p, 'conflicting', lang)} contradicted it`
				: `i numeri sono stati letti con la ${decName}, in base a ${basis}; ${n(p, 'ambiguous', lang)} celle come ${q(s(p, 'example'))} sono state lette di conseguenza, ${n(p, 'conflicting', lang)} lo contraddicevano`;
		}
		case 'two-currencies':
			return en
				? `the file gives ${n(p, 'count', lang)} figure(s) in two currencies (e.g. line ${n(p, 'first', lang)} in ${s(p, 'firstCurrency')} and line ${n(p, 'line', lang)} in ${s(p, 'currency')}): both are kept as reported; the dashboard shows the one in the chosen currency and never adds them`
				: `il file dà ${n(p, 'count', lang)} valori in due valute (ad es. la riga ${n(p, 'first', lang)} in ${s(p, 'firstCurrency')} e la riga ${n(p, 'line', lang)} in ${s(p, 'currency')}): entrambi sono tenuti come dichiarati; il cruscotto mostra quello nella valuta scelta e non li somma mai`;
		case 'parts-summed':
			return en
				? `${p.rows !== undefined ? n(p, 'rows', lang) : 'Some'} row(s) were parts of a figure another row had started (the same product, partner, flow and month under another trade type or statistical procedure, e.g. line ${n(p, 'line', lang)} with line ${n(p, 'first', lang)}): the file publishes the figure only as its parts, so they were added into ${n(p, 'figures', lang)} figure(s)`
				: `${p.rows !== undefined ? n(p, 'rows', lang) : 'Alcune'} righe erano parti di un valore iniziato da un'altra riga (stesso prodotto, partner, flusso e mese con un altro tipo di scambio o regime statistico, ad es. la riga ${n(p, 'line', lang)} con la riga ${n(p, 'first', lang)}): il file pubblica il valore solo per parti, quindi sono state sommate in ${n(p, 'figures', lang)} valori`;
		case 'part-exceeds-total':
			return en
				? `${sectorName(p, lang)} (line ${n(p, 'line', lang)}) is ${n(p, 'pct', lang)}% of the total (line ${n(p, 'totalLine', lang)}) for the same partner, flow, period and currency (${n(p, 'value', lang)} against ${n(p, 'total', lang)}): a part cannot exceed the whole, check the units and the sector codes. Both rows are kept`
				: `${sectorName(p, lang)} (riga ${n(p, 'line', lang)}) è il ${n(p, 'pct', lang)}% del totale (riga ${n(p, 'totalLine', lang)}) per lo stesso partner, flusso, periodo e valuta (${n(p, 'value', lang)} contro ${n(p, 'total', lang)}): una parte non può superare il tutto, controlla le unità e i codici dei settori. Entrambe le righe sono tenute`;
		case 'footnote-flag': {
			const flag = s(p, 'flag');
			const what = en
				? flag === 'e'
					? 'estimated'
					: 'provisional'
				: flag === 'e'
					? 'stimati'
					: 'provvisori';
			return en
				? `the note ${q(s(p, 'text'))} was read as a flag: ${n(p, 'count', lang)} figure(s) of ${s(p, 'years')} are marked ${what} (${flag})`
				: `la nota ${q(s(p, 'text'))} è stata letta come segnalazione: ${n(p, 'count', lang)} valori del ${s(p, 'years')} sono marcati come ${what} (${flag})`;
		}
		case 'issues-truncated':
			return en
				? `${n(p, 'omitted', lang)} more issue(s) of this kind are not listed (the counts stay exact): ${describeIssue({ line: null, column: null, header: null, code: s(p, 'code') as IssueCode, params: {} }, lang)}`
				: `altri ${n(p, 'omitted', lang)} problemi di questo tipo non sono elencati (i conteggi restano esatti): ${describeIssue({ line: null, column: null, header: null, code: s(p, 'code') as IssueCode, params: {} }, lang)}`;
	}
}

function capitalise(t: string): string {
	return t.charAt(0).toUpperCase() + t.slice(1);
}

/**
 * A full sentence for an issue, e.g.
 * `Line 14, column 3 (VALUE_IN_EUR): "12,5" is ambiguous — a decimal comma or a thousands separator? …`
 */
export function describeIssue(issue: ImportIssue, lang: 'it' | 'en'): string {
	const en = lang === 'en';
	const parts: string[] = [];
	if (issue.line !== null) parts.push(`${en ? 'Line' : 'Riga'} ${num(issue.line, lang)}`);
	if (issue.column !== null) {
		parts.push(
			`${en ? 'column' : 'colonna'} ${issue.column}${issue.header !== null ? ` (${issue.header})` : ''}`
		);
	}
	const count = issue.params.count;
	const suffix =
		typeof count === 'number' && count > 1 && isRejectionCode(issue.code)
			? en
				? ` (${num(count, lang)} observations)`
				: ` (${num(count, lang)} osservazioni)`
			: '';
	const text = body(issue, lang) ?? '';
	const sentence = parts.length ? `${capitalise(parts.join(', '))}: ${text}` : capitalise(text);
	return `${sentence}${suffix}${/[.?!]$/.test(sentence + suffix) ? '' : '.'}`;
}
