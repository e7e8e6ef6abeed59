/**
 * The import report's sentences in English and Italian (placeholders: `../catalogue.ts`). Messages
 * are plain text: the UI renders them as text, since they quote the file's content.
 *
 * Keys: an issue code (`field-count`); a variant of it (`field-count.span`: which one is read is
 * decided by `variantOf` in `./describe.ts`); `<code>.generic`, the code described without its
 * details (for `issues-truncated` and `no-valid-rows`); `phrase.*`, parts of sentences
 * (`./phrases.ts`); `line`, `column`, `observations`, the position and count around a message.
 */
import type { Catalogue } from '../catalogue';

const en = {
	line: 'Line {line, number}',
	column: 'column {column}{header}',
	observations: ' ({count, number} observations)',

	// Fatal: nothing was imported.
	'empty-file': 'the file is empty',
	'file-too-large':
		'the file is {size, number} MB; the limit in the browser is {limit, number} MB. Nothing was read: keep only the rows you need (fewer partners, years or products) or split it into several files, and load those',
	'binary-file': 'this is not a text file',
	'binary-file.xlsx':
		'this is an Excel file: save it as CSV (File › Save as › CSV UTF-8) and load the CSV',
	'binary-file.xls': 'this is an Excel file (old .xls format): save it as CSV and load the CSV',
	'binary-file.ods': 'this is a spreadsheet (OpenDocument): save it as CSV and load the CSV',
	'binary-file.zip': 'this is a ZIP archive: extract the CSV file first',
	'binary-file.7z':
		'this is a 7z archive (like Comext bulk files): extract the CSV first and keep only the rows you need',
	'binary-file.gzip': 'this is a gzip archive: extract the CSV file first',
	'binary-file.pdf': 'this is a PDF, not a CSV file',
	'binary-file.image': 'this is an image, not a CSV file',
	'binary-file.binary': 'this file contains binary data (NUL bytes): it is not a CSV file',
	// Workbooks the worker could not read (src/lib/data/import/excel.ts).
	'binary-file.workbook-encrypted':
		'this workbook is protected by a password (encrypted) and cannot be read in the browser. Nothing was imported: open it in Excel or LibreOffice, remove the password (File › Info › Protect Workbook) and load it again',
	'binary-file.workbook-corrupt':
		'this workbook could not be read: the file is damaged or incomplete (an interrupted download?). Nothing was imported: download it again, or open it in Excel or LibreOffice and save it again',
	'binary-file.workbook-no-data':
		'no sheet of this workbook holds a table (rows with at least three filled cells, one of them a number): only a cover, notes or empty sheets. Nothing was imported',
	'binary-file.workbook-no-sheet':
		'the sheet asked for is not in this workbook (renamed or removed?). Nothing was imported',
	'no-text': 'the file holds only blank lines',
	'unknown-format':
		'the columns ("{header}") match no supported format: use the template (docs: DATA_FORMAT) or a file from Eurostat Comext, UN Comtrade, IMF, WITS, ISTAT or stat.uz',
	'no-data': 'the header was found but there are no data rows below it',
	'needs-flow':
		'the file does not say whether the table holds exports or imports: choose the flow and import again',
	'no-valid-rows':
		'no row could be imported: all {rows, number} were rejected. Most common reason: {reason}',
	'too-many-columns':
		'the header has {columns, number} columns; the limit is {limit, number}. Nothing was imported: this is not a table the dashboard can read (check the delimiter, or remove the extra columns)',
	'too-many-rows':
		'the file has more than {limit, number} data rows, the limit in the browser. Nothing was imported: keep only the rows you need or split the file',

	// Row errors.
	'field-count':
		'the row has {found, number} fields but the header has {expected, number} (a separator inside unquoted text shifts the columns): row rejected',
	'field-count.span':
		'the row has {found, number} fields but the header has {expected, number}, and a quoted field makes it span {span, number} lines (a missing quote?): row rejected',
	'cell-too-long':
		'the cell holds {length, number} characters; the limit is {limit, number}: row rejected (a missing closing quote?)',
	'invalid-number': '"{value}" is not a number',
	'invalid-number.expected': '"{value}" is not a number in this file\'s format (like {expected})',
	'ambiguous-number':
		'"{value}" is ambiguous — a decimal comma or a thousands separator? Nothing else in the file decides: set the decimal mark and import again',
	'unknown-country': '"{value}" is not a known country name or code',
	'invalid-period': '"{value}" is not a period (expected e.g. 2024, 2024-03 or 2024-Q1)',
	'unknown-flow': '"{value}" is not a flow (expected export or import)',
	'invalid-currency': '"{value}" is not a supported currency (EUR or USD)',
	'invalid-flag': 'flag "{value}" is not p (provisional), e (estimated), c (confidential) or empty',
	'invalid-measure': '"{value}" is not an investment measure (stock, flow or cumulative)',
	'missing-field': 'the required field "{field}" is empty',
	'invalid-date':
		'"{value}" is not a date (expected YYYY, YYYY-MM or YYYY-MM-DD, e.g. 2024, 2024-03 or 2024-03-15)',
	'invalid-precision':
		'precision "{value}" does not fit the date "{date}" (expected year for YYYY, month for YYYY-MM, day for YYYY-MM-DD, or empty)',
	'spreadsheet-period':
		'"{value}" looks like a month number saved by a spreadsheet: {year}.1 may be January or October (a spreadsheet turns {year}.10 into {year}.1), so no period written this way is read; write periods as {year}-01',
	'spreadsheet-period.generic':
		'a period like 2005.1 looks like a month number saved by a spreadsheet (January or October?): write periods as 2005-01',
	'number-too-small':
		'"{value}" is not zero but too small to represent (it would be read as 0): row rejected, check the number',
	'number-too-small.generic': 'a number that is not zero is too small to represent: row rejected',
	'number-too-large':
		'"{value}"{factorNote} is larger than any plausible trade figure (the limit is {limit, number} in full currency units): row rejected, check the number and the units',
	'number-too-large.generic': 'a number is larger than any plausible trade figure: row rejected',
	'conflicting-value':
		'line {line, number} gives {value, number}{sourceNote} for a figure line {first, number} already gives as {firstValue, number}{firstSourceNote} ({figure}). The first value is kept and the two are never added: check which one is right',
	'conflicting-value.generic':
		'a row gives another value for a figure an earlier row already gives: the first value is kept, the two are never added',

	// Row skips.
	'missing-value': '"{value}" marks a missing or confidential value: no observation',
	'missing-value.empty': 'empty cell: no value, so no observation',
	'not-italy': 'neither side is Italy (reporter "{reporter}", partner "{partner}"): skipped',
	'aggregate-partner': '"{value}" is an aggregate (world, EU, region), not a country: skipped',
	'other-flow':
		'"{value}" is a re-export, re-import, processing flow or partial customs procedure: not imported',
	'not-trade-value':
		'"{value}" is not a trade value in money (quantities, shares and balances are skipped)',
	'not-goods': 'type "{value}" is not goods (services are not imported)',
	breakdown:
		'the row is a breakdown by {dimension} ("{value}") and would double count the totals: skipped',
	'duplicate-event':
		'the same event (date "{date}", title "{title}") is already on line {first, number}: skipped',
	'duplicate-row':
		'line {line, number} repeats line {first, number}: the same figure ({figure}) with the same value {value, number}{sources}; it is kept once',
	'duplicate-row.generic':
		'a row repeats an earlier row (the same figure, the same value): it is kept once',
	'repeated-header': 'the header is repeated here (concatenated files?): line skipped',

	// Notices.
	'encoding-fallback':
		'the file is not valid UTF-8 and was read as {encodingName}{euroNote}; if accented letters or symbols look wrong, choose the encoding',
	'utf16-without-bom': 'the file was read as {encodingName} (no byte-order mark)',
	'invalid-utf8':
		'{count, number, Some} invalid UTF-8 byte sequence(s) were replaced with �{linesNote}; if many letters look wrong, choose another encoding',
	'invalid-utf8.utf16':
		'{count, number, Some} broken UTF-16 character(s) (a lone surrogate, half of a character) were replaced with �{linesNote}; the file may be damaged or cut short',
	'nul-removed': '{count, number, Some} NUL byte(s) were removed from the text{linesNote}',
	'double-encoded':
		'the text looks encoded twice ("{example}": UTF-8 read as Windows-1252 and saved again); the values were kept as written, fix the file if names look wrong',
	'header-similar':
		'the headers "{first}" and "{second}" differ only by case, spaces or accents: the first one is used, both are kept',
	'header-invisible':
		'the header holds invisible characters (zero-width or text-direction controls): they are kept but shown isolated',
	'text-bidi':
		'{cells, number, Some} text cell(s) hold direction-changing characters ({controls}) that would reorder what is shown: they are kept in the data and removed on display',
	'formula-prefix-removed':
		"{cells, number, Some} text cell(s) held the ' that CSV exports put before text a spreadsheet would run as a formula (=, +, -, @, at the start or after a comma, semicolon, tab or line break): the ' was removed, the text kept as written",
	'separator-hint': 'the first line (sep={delimiter}) sets the delimiter; it was skipped',
	'title-skipped':
		'{lines, number} line(s) above the header were skipped as titles or notes, starting with "{first}"',
	'footer-skipped':
		'{lines, number} line(s) below the data were skipped as footnotes, starting with "{first}"',
	'header-renamed': 'the header "{from}" is empty or repeated: the column is called "{to}"',
	'units-scaled': 'values were multiplied by {factor, number} because the file says "{phrase}"',
	'units-scaled.format':
		'values were multiplied by {factor, number}: this source publishes its tables in {phrase}',
	'units-assumed':
		"the file does not state the unit: values were read as {phrase} (the source's convention) and multiplied by {factor, number}",
	'flow-from-context':
		'no column gives the flow: the table was read as {flowName} from {fromName}{tableNote}',
	'flow-swapped':
		"{observations, number} observation(s) were reported by the partner country with Italy as partner: the flow was turned to Italy's point of view (a partner's export is an Italian import) and the reporter kept",
	'quote-repaired': 'a stray quote inside a quoted field was kept as text; check this row',
	'quote-repaired.reason':
		'a quote opens this field but is not closed where a field can end, so it would run into the next rows: it was read as text up to the next delimiter and the next line as the next row; check this row',
	'number-format':
		'numbers were read with a {decimalName}, from {basis}; {ambiguous, number} cell(s) such as "{example}" were read accordingly, {conflicting, number} contradicted it',
	'two-currencies':
		'the file gives {count, number} figure(s) in two currencies (e.g. line {first, number} in {firstCurrency} and line {line, number} in {currency}): both are kept as reported; the dashboard shows the one in the chosen currency and never adds them',
	'parts-summed':
		'{rows, number, Some} row(s) were parts of a figure another row had started (the same product, partner, flow and month under another trade type or statistical procedure, e.g. line {line, number} with line {first, number}): the file publishes the figure only as its parts, so they were added into {figures, number} figure(s)',
	'part-exceeds-total':
		'{sectorName} (line {line, number}) is {pct, number}% of the total (line {totalLine, number}) for the same partner, flow, period and currency ({value, number} against {total, number}): a part cannot exceed the whole, check the units and the sector codes. Both rows are kept',
	'part-exceeds-total.generic':
		'a sector exceeds the total of the same partner, flow, period and currency: both rows are kept, check the units and the sector codes',
	'footnote-flag':
		'the note "{text}" was read as a flag: {count, number} figure(s) of {years} are marked {flagName} ({flag})',
	'issues-truncated':
		'{omitted, number} more issue(s) of this kind are not listed (the counts stay exact): {reason}',
	'workbook-sheets': 'sheet “{sheet}” of the workbook was read{notRead}',
	'workbook-sheets.one': 'one sheet of the workbook was read{notRead}',

	// Parts of sentences (./phrases.ts).
	'phrase.figure':
		'partner {partner}, {flowName}, reporter {reporter}, sector {sector}, {period}, {currency}',
	'phrase.sameCell': 'same cell',
	'phrase.flow.export': 'exports',
	'phrase.flow.import': 'imports',
	'phrase.source': ' (source "{source}")',
	'phrase.sources': ' (sources "{firstSource}" and "{source}")',
	'phrase.factor': " × {factor, number} (the file's unit)",
	'phrase.euro': ' (byte A4 read as €)',
	'phrase.lines': ' (lines {lines}{more})',
	'phrase.from.file-name': 'the file name',
	'phrase.from.title': 'the title lines',
	'phrase.from.option': 'the choice made on import',
	'phrase.table': ' (table {table})',
	'phrase.decimal.comma': 'decimal comma',
	'phrase.decimal.point': 'decimal point',
	'phrase.basis.format': "the format's specification",
	'phrase.basis.override': 'your choice',
	'phrase.basis.file': "the file's own numbers",
	'phrase.sector': 'A sector',
	'phrase.flag.e': 'estimated',
	'phrase.flag.p': 'provisional',
	'phrase.notRead': '; not read: {list}',
	'phrase.sheet.notes': 'a cover or notes: no table',
	'phrase.sheet.empty': 'empty',
	'phrase.sheet.hidden': 'hidden',
	'phrase.sheet.chart': 'a chart',
	'phrase.sheet.other-table':
		'another table: a replacement reads one sheet; to add this one, load the workbook as a new file',
	'phrase.sheet.unrecognised': 'a table whose columns match no supported format'
};

export type IssueKey = keyof typeof en;

const it: Record<IssueKey, string> = {
	line: 'Riga {line, number}',
	column: 'colonna {column}{header}',
	observations: ' ({count, number} osservazioni)',

	'empty-file': 'il file è vuoto',
	'file-too-large':
		'il file è di {size, number} MB; il limite nel browser è {limit, number} MB. Non è stato letto nulla: tieni solo le righe che servono (meno partner, anni o prodotti) o dividilo in più file, e carica quelli',
	'binary-file': 'questo non è un file di testo',
	'binary-file.xlsx':
		'questo è un file Excel: salvalo come CSV (File › Salva con nome › CSV UTF-8) e carica il CSV',
	'binary-file.xls':
		'questo è un file Excel (vecchio formato .xls): salvalo come CSV e carica il CSV',
	'binary-file.ods':
		'questo è un foglio di calcolo (OpenDocument): salvalo come CSV e carica il CSV',
	'binary-file.zip': 'questo è un archivio ZIP: estrai prima il file CSV',
	'binary-file.7z':
		'questo è un archivio 7z (come i file bulk di Comext): estrai prima il CSV e tieni solo le righe che servono',
	'binary-file.gzip': 'questo è un archivio gzip: estrai prima il file CSV',
	'binary-file.pdf': 'questo è un PDF, non un file CSV',
	'binary-file.image': "questa è un'immagine, non un file CSV",
	'binary-file.binary': 'questo file contiene dati binari (byte NUL): non è un file CSV',
	'binary-file.workbook-encrypted':
		'questa cartella di lavoro è protetta da password (cifrata) e non può essere letta nel browser. Non è stato importato nulla: aprila in Excel o LibreOffice, togli la password (File › Informazioni › Proteggi cartella di lavoro) e caricala di nuovo',
	'binary-file.workbook-corrupt':
		'questa cartella di lavoro non si può leggere: il file è danneggiato o incompleto (un download interrotto?). Non è stato importato nulla: scaricala di nuovo, oppure aprila in Excel o LibreOffice e salvala di nuovo',
	'binary-file.workbook-no-data':
		'nessun foglio di questa cartella di lavoro contiene una tabella (righe con almeno tre celle piene, una delle quali un numero): solo copertina, note o fogli vuoti. Non è stato importato nulla',
	'binary-file.workbook-no-sheet':
		'il foglio richiesto non è in questa cartella di lavoro (rinominato o rimosso?). Non è stato importato nulla',
	'no-text': 'il file contiene solo righe vuote',
	'unknown-format':
		'le colonne ("{header}") non corrispondono a nessun formato supportato: usa il modello (documentazione: DATA_FORMAT) o un file di Eurostat Comext, UN Comtrade, FMI, WITS, ISTAT o stat.uz',
	'no-data': "l'intestazione c'è ma sotto non ci sono righe di dati",
	'needs-flow':
		'il file non dice se la tabella riporta esportazioni o importazioni: scegli il flusso e importa di nuovo',
	'no-valid-rows':
		'nessuna riga importabile: sono state scartate tutte ({rows, number}). Motivo più frequente: {reason}',
	'too-many-columns':
		"l'intestazione ha {columns, number} colonne; il limite è {limit, number}. Non è stato importato nulla: non è una tabella che il cruscotto può leggere (controlla il separatore o togli le colonne in più)",
	'too-many-rows':
		'il file ha più di {limit, number} righe di dati, il limite nel browser. Non è stato importato nulla: tieni solo le righe che servono o dividi il file',

	'field-count':
		"la riga ha {found, number} campi ma l'intestazione ne ha {expected, number} (un separatore dentro un testo senza virgolette sposta le colonne): riga scartata",
	'field-count.span':
		"la riga ha {found, number} campi ma l'intestazione ne ha {expected, number}, e un campo tra virgolette la estende su {span, number} righe (manca una virgoletta?): riga scartata",
	'cell-too-long':
		'la cella contiene {length, number} caratteri; il limite è {limit, number}: riga scartata (manca una virgoletta di chiusura?)',
	'invalid-number': '"{value}" non è un numero',
	'invalid-number.expected':
		'"{value}" non è un numero nel formato di questo file (come {expected})',
	'ambiguous-number':
		'"{value}" è ambiguo — virgola decimale o separatore delle migliaia? Nient\'altro nel file lo chiarisce: indica il separatore decimale e importa di nuovo',
	'unknown-country': '"{value}" non è un nome o codice di paese riconosciuto',
	'invalid-period': '"{value}" non è un periodo (atteso ad es. 2024, 2024-03 o 2024-Q1)',
	'unknown-flow': '"{value}" non è un flusso (atteso export o import)',
	'invalid-currency': '"{value}" non è una valuta supportata (EUR o USD)',
	'invalid-flag': 'il flag "{value}" non è p (provvisorio), e (stimato), c (riservato) o vuoto',
	'invalid-measure': '"{value}" non è una misura di investimento (stock, flow o cumulative)',
	'missing-field': 'il campo obbligatorio "{field}" è vuoto',
	'invalid-date':
		'"{value}" non è una data (attesa nella forma AAAA, AAAA-MM o AAAA-MM-GG, ad es. 2024, 2024-03 o 2024-03-15)',
	'invalid-precision':
		'la precisione "{value}" non corrisponde alla data "{date}" (attesa year per AAAA, month per AAAA-MM, day per AAAA-MM-GG, oppure vuota)',
	'spreadsheet-period':
		'"{value}" sembra un mese salvato come numero da un foglio di calcolo: {year}.1 può essere gennaio o ottobre (un foglio di calcolo trasforma {year}.10 in {year}.1), quindi nessun periodo scritto così viene letto; scrivi i periodi come {year}-01',
	'spreadsheet-period.generic':
		'un periodo come 2005.1 sembra un mese salvato come numero da un foglio di calcolo (gennaio o ottobre?): scrivi i periodi come 2005-01',
	'number-too-small':
		'"{value}" non è zero ma è troppo piccolo per essere rappresentato (verrebbe letto come 0): riga scartata, controlla il numero',
	'number-too-small.generic':
		'un numero diverso da zero è troppo piccolo per essere rappresentato: riga scartata',
	'number-too-large':
		'"{value}"{factorNote} supera qualsiasi valore di scambio plausibile (il limite è {limit, number} in unità di valuta): riga scartata, controlla il numero e le unità',
	'number-too-large.generic':
		'un numero supera qualsiasi valore di scambio plausibile: riga scartata',
	'conflicting-value':
		'la riga {line, number} dà {value, number}{sourceNote} per un dato che la riga {first, number} dà già come {firstValue, number}{firstSourceNote} ({figure}). Si tiene il primo valore e i due non vengono mai sommati: controlla quale è giusto',
	'conflicting-value.generic':
		'una riga dà un altro valore per un dato già dato da una riga precedente: si tiene il primo valore, i due non vengono mai sommati',

	'missing-value': '"{value}" indica un valore mancante o riservato: nessuna osservazione',
	'missing-value.empty': 'cella vuota: nessun valore, quindi nessuna osservazione',
	'not-italy':
		'nessuna delle due parti è l\'Italia (dichiarante "{reporter}", partner "{partner}"): ignorata',
	'aggregate-partner': '"{value}" è un aggregato (mondo, UE, regione), non un paese: ignorato',
	'other-flow':
		'"{value}" è una riesportazione, reimportazione, un traffico di perfezionamento o un regime doganale parziale: non importato',
	'not-trade-value':
		'"{value}" non è un valore monetario di scambio (quantità, quote e saldi sono ignorati)',
	'not-goods': 'il tipo "{value}" non riguarda le merci (i servizi non sono importati)',
	breakdown:
		'la riga è una ripartizione per {dimension} ("{value}") e conterebbe due volte i totali: ignorata',
	'duplicate-event':
		'lo stesso evento (data "{date}", titolo "{title}") è già alla riga {first, number}: ignorato',
	'duplicate-row':
		'la riga {line, number} ripete la riga {first, number}: lo stesso dato ({figure}) con lo stesso valore {value, number}{sources}; è tenuto una volta sola',
	'duplicate-row.generic':
		'una riga ripete una riga precedente (lo stesso dato, lo stesso valore): è tenuto una volta sola',
	'repeated-header': "l'intestazione si ripete qui (file concatenati?): riga ignorata",

	'encoding-fallback':
		'il file non è UTF-8 valido ed è stato letto come {encodingName}{euroNote}; se lettere accentate o simboli appaiono sbagliati, scegli la codifica',
	'utf16-without-bom': 'il file è stato letto come {encodingName} (senza byte-order mark)',
	'invalid-utf8':
		"{count, number, Alcune} sequenze di byte non UTF-8 valide sono state sostituite con �{linesNote}; se molte lettere appaiono sbagliate, scegli un'altra codifica",
	'invalid-utf8.utf16':
		'{count, number, Alcuni} caratteri UTF-16 non validi (un surrogato isolato, metà di un carattere) sono stati sostituiti con �{linesNote}; il file potrebbe essere danneggiato o troncato',
	'nul-removed': '{count, number, Alcuni} byte NUL sono stati tolti dal testo{linesNote}',
	'double-encoded':
		'il testo sembra codificato due volte ("{example}": UTF-8 letto come Windows-1252 e salvato di nuovo); i valori sono stati tenuti come scritti, correggi il file se i nomi appaiono sbagliati',
	'header-similar':
		'le intestazioni "{first}" e "{second}" differiscono solo per maiuscole, spazi o accenti: si usa la prima, entrambe sono conservate',
	'header-invisible':
		"l'intestazione contiene caratteri invisibili (a larghezza zero o di controllo della direzione del testo): sono conservati ma mostrati isolati",
	'text-bidi':
		'{cells, number, Alcune} celle di testo contengono caratteri che cambiano la direzione del testo ({controls}) e riordinerebbero ciò che si vede: sono conservati nei dati e tolti nella visualizzazione',
	'formula-prefix-removed':
		"{cells, number, Alcune} celle di testo contenevano l'apostrofo che le esportazioni CSV mettono davanti al testo che un foglio di calcolo eseguirebbe come formula (=, +, -, @, all'inizio o dopo una virgola, un punto e virgola, una tabulazione o un a capo): l'apostrofo è stato tolto, il testo tenuto com'è",
	'separator-hint': 'la prima riga (sep={delimiter}) indica il separatore; è stata saltata',
	'title-skipped':
		'{lines, number} riga/e sopra l\'intestazione sono state saltate come titoli o note, a partire da "{first}"',
	'footer-skipped':
		'{lines, number} riga/e sotto i dati sono state saltate come note, a partire da "{first}"',
	'header-renamed': 'l\'intestazione "{from}" è vuota o ripetuta: la colonna si chiama "{to}"',
	'units-scaled':
		'i valori sono stati moltiplicati per {factor, number} perché il file indica "{phrase}"',
	'units-scaled.format':
		'i valori sono stati moltiplicati per {factor, number}: questa fonte pubblica le tavole in {phrase}',
	'units-assumed':
		"il file non indica l'unità: i valori sono stati letti come {phrase} (convenzione della fonte) e moltiplicati per {factor, number}",
	'flow-from-context':
		'nessuna colonna indica il flusso: la tabella è stata letta come {flowName} {fromName}{tableNote}',
	'flow-swapped':
		"{observations, number} osservazione/i sono dichiarate dal paese partner con l'Italia come partner: il flusso è stato girato dal punto di vista dell'Italia (un'esportazione del partner è un'importazione italiana), mantenendo il dichiarante",
	'quote-repaired':
		'una virgoletta isolata dentro un campo tra virgolette è stata tenuta come testo; controlla questa riga',
	'quote-repaired.reason':
		'una virgoletta apre questo campo ma non si chiude dove un campo può finire, e proseguirebbe nelle righe seguenti: è stata letta come testo fino al separatore successivo, e la riga successiva come nuova riga; controlla questa riga',
	'number-format':
		'i numeri sono stati letti con la {decimalName}, in base a {basis}; {ambiguous, number} celle come "{example}" sono state lette di conseguenza, {conflicting, number} lo contraddicevano',
	'two-currencies':
		'il file dà {count, number} valori in due valute (ad es. la riga {first, number} in {firstCurrency} e la riga {line, number} in {currency}): entrambi sono tenuti come dichiarati; il cruscotto mostra quello nella valuta scelta e non li somma mai',
	'parts-summed':
		"{rows, number, Alcune} righe erano parti di un valore iniziato da un'altra riga (stesso prodotto, partner, flusso e mese con un altro tipo di scambio o regime statistico, ad es. la riga {line, number} con la riga {first, number}): il file pubblica il valore solo per parti, quindi sono state sommate in {figures, number} valori",
	'part-exceeds-total':
		'{sectorName} (riga {line, number}) è il {pct, number}% del totale (riga {totalLine, number}) per lo stesso partner, flusso, periodo e valuta ({value, number} contro {total, number}): una parte non può superare il tutto, controlla le unità e i codici dei settori. Entrambe le righe sono tenute',
	'part-exceeds-total.generic':
		'un settore supera il totale dello stesso partner, flusso, periodo e valuta: entrambe le righe sono tenute, controlla le unità e i codici dei settori',
	'footnote-flag':
		'la nota "{text}" è stata letta come segnalazione: {count, number} valori del {years} sono marcati come {flagName} ({flag})',
	'issues-truncated':
		'altri {omitted, number} problemi di questo tipo non sono elencati (i conteggi restano esatti): {reason}',
	'workbook-sheets': 'è stato letto il foglio “{sheet}” della cartella di lavoro{notRead}',
	'workbook-sheets.one': 'è stato letto un foglio della cartella di lavoro{notRead}',

	'phrase.figure':
		'partner {partner}, {flowName}, dichiarante {reporter}, settore {sector}, {period}, {currency}',
	'phrase.sameCell': 'stessa cella',
	'phrase.flow.export': 'esportazioni',
	'phrase.flow.import': 'importazioni',
	'phrase.source': ' (fonte "{source}")',
	'phrase.sources': ' (fonti "{firstSource}" e "{source}")',
	'phrase.factor': " × {factor, number} (l'unità del file)",
	'phrase.euro': ' (byte A4 letto come €)',
	'phrase.lines': ' (righe {lines}{more})',
	'phrase.from.file-name': 'dal nome del file',
	'phrase.from.title': 'dalle righe del titolo',
	'phrase.from.option': "dalla scelta fatta all'importazione",
	'phrase.table': ' (tavola {table})',
	'phrase.decimal.comma': 'virgola decimale',
	'phrase.decimal.point': 'punto decimale',
	'phrase.basis.format': 'la specifica del formato',
	'phrase.basis.override': 'la tua scelta',
	'phrase.basis.file': 'i numeri stessi del file',
	'phrase.sector': 'Un settore',
	'phrase.flag.e': 'stimati',
	'phrase.flag.p': 'provvisori',
	'phrase.notRead': '; non letti: {list}',
	'phrase.sheet.notes': 'copertina o note: nessuna tabella',
	'phrase.sheet.empty': 'vuoto',
	'phrase.sheet.hidden': 'nascosto',
	'phrase.sheet.chart': 'un grafico',
	'phrase.sheet.other-table':
		'un’altra tabella: una sostituzione legge un solo foglio; per aggiungere questa, carica la cartella di lavoro come nuovo file',
	'phrase.sheet.unrecognised':
		'una tabella le cui colonne non corrispondono a nessun formato supportato'
};

export const ISSUE_TEXT: Catalogue<IssueKey> = { en, it };
