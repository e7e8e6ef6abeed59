/**
 * Unit scale phrases (`(US$ Thousand)`, `thousand US dollars`, `migliaia di euro`, `milioni`,
 * `тыс. долларов`, `ming AQSh dollari`, `($ 1000)`) and currency words.
 */
import type { Currency } from '../schema';

export interface Scale {
	/** Values are multiplied by 10^power. */
	power: 3 | 6 | 9;
	/** The text that said so (trimmed, at most 80 characters). */
	phrase: string;
}

const THOUSAND =
	/(?:\bthousands?\b|\bthous\.|\bmigliaia\b|\bmigliaio\b|тыс|\bming\b|'000|\(\s*000\s*\)|\(\s*(?:us\$|\$|€|usd|eur)?\s*1[ .,]?000\s*\))/i;
const MILLION = /(?:\bmillions?\b|\bmilioni\b|\bmilione\b|\bmln\b|\bmio\b|\bmn\b|млн|\bmillion\b)/i;
const BILLION = /(?:\bbillions?\b|\bmiliardi\b|\bmiliardo\b|\bmld\b|\bbn\b|млрд)/i;
const CURRENCY_WORD = /(?:euro|\beur\b|€|\busd\b|us\$|\$|dollar|dollari|доллар|\baqsh\b)/i;

function phraseOf(text: string): string {
	const t = text.replace(/\s+/g, ' ').trim();
	return t.length > 80 ? `${t.slice(0, 79)}…` : t;
}

/**
 * The scale stated by a text. With `needCurrency` (title lines), the phrase must also name a
 * currency, so that "thousand tonnes" in a title does not scale values.
 */
export function detectScale(text: string, needCurrency = false): Scale | null {
	if (needCurrency && !CURRENCY_WORD.test(text)) return null;
	if (BILLION.test(text)) return { power: 9, phrase: phraseOf(text) };
	if (MILLION.test(text)) return { power: 6, phrase: phraseOf(text) };
	if (THOUSAND.test(text)) return { power: 3, phrase: phraseOf(text) };
	return null;
}

/** The currency a text names, if exactly one. */
export function detectCurrency(text: string): Currency | null {
	const eur = /(?:euro|\beur\b|€)/i.test(text);
	const usd = /(?:\busd\b|us\$|\$|dollar|dollari|доллар|\baqsh\b)/i.test(text);
	if (eur && !usd) return 'EUR';
	if (usd && !eur) return 'USD';
	return null;
}
