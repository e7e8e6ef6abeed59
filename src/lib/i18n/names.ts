/**
 * Display names of countries and HS sectors in the chosen language (D7, L1).
 *
 * Country names: the core set (the partners, Italy, World) comes from a fixed table so that every
 * browser shows the same spelling whatever its ICU version; the test checks that the table agrees
 * with Node's `Intl.DisplayNames` except where we override it on purpose (`world` → `World`).
 * Any other ISO 3166-1 alpha-3 code goes through `Intl.DisplayNames`; anything else is shown as
 * its code.
 */

import { iso } from '../data/import/iso-codes';
import { TOTAL } from '../data/schema';
import { hsSection, HS_CHAPTERS, RESERVED_CHAPTER } from './hs';
import { LOCALES, type Lang } from './lang';

/**
 * ISO 3166-1 alpha-3 → the region code `Intl.DisplayNames` understands: alpha-2 from the ISO
 * table of `i18n-iso-countries` (codes only, no names), or UN M49 `001` for the world.
 */
function regionCode(iso3: string): string | undefined {
	return iso3 === 'WLD' ? '001' : iso.alpha3ToAlpha2(iso3);
}

/** Fixed names for the core codes; the usual Italian and English spellings. */
export const COUNTRY_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
	KAZ: { it: 'Kazakistan', en: 'Kazakhstan' },
	UZB: { it: 'Uzbekistan', en: 'Uzbekistan' },
	KGZ: { it: 'Kirghizistan', en: 'Kyrgyzstan' },
	TJK: { it: 'Tagikistan', en: 'Tajikistan' },
	TKM: { it: 'Turkmenistan', en: 'Turkmenistan' },
	RUS: { it: 'Russia', en: 'Russia' },
	AZE: { it: 'Azerbaigian', en: 'Azerbaijan' },
	ITA: { it: 'Italia', en: 'Italy' },
	// ICU's English is lower-case `world`.
	WLD: { it: 'Mondo', en: 'World' }
};

const displayNames = new Map<Lang, Intl.DisplayNames | null>();

function regionNames(lang: Lang): Intl.DisplayNames | null {
	if (!displayNames.has(lang)) {
		let dn: Intl.DisplayNames | null = null;
		try {
			dn = new Intl.DisplayNames([LOCALES[lang]], { type: 'region', fallback: 'code' });
		} catch {
			dn = null; // very old engines: fall back to codes
		}
		displayNames.set(lang, dn);
	}
	return displayNames.get(lang) ?? null;
}

/**
 * The country name for an ISO3 code via `Intl.DisplayNames`, ignoring the fixed table; exported
 * for the consistency test. Null when the code is not an ISO 3166-1 alpha-3 code (or `WLD`).
 */
export function intlCountryName(lang: Lang, iso3: string): string | null {
	const region = regionCode(iso3.toUpperCase());
	if (!region) return null;
	try {
		return regionNames(lang)?.of(region) ?? null;
	} catch {
		return null;
	}
}

/**
 * The country name in the chosen language; the code itself when unknown. Case-tolerant.
 *
 * @example countryName('it', 'KGZ') // 'Kirghizistan'
 * @example countryName('en', 'KGZ') // 'Kyrgyzstan'
 * @example countryName('en', 'XYZ') // 'XYZ'
 */
export function countryName(lang: Lang, iso3: string): string {
	const code = iso3.toUpperCase();
	return COUNTRY_NAMES[code]?.[lang] ?? intlCountryName(lang, code) ?? iso3;
}

/** Italian definite articles of the countries the dashboard names ("il Kazakistan", "l'Italia"). */
const ITALIAN_ARTICLE: Readonly<Record<string, 'il' | 'la' | "l'">> = {
	KAZ: 'il',
	UZB: "l'",
	KGZ: 'il',
	TJK: 'il',
	TKM: 'il',
	RUS: 'la',
	AZE: "l'",
	ITA: "l'",
	WLD: 'il'
};
const ARTICULATED: Readonly<Record<'da' | 'di', Readonly<Record<'il' | 'la' | "l'", string>>>> = {
	da: { il: 'dal ', la: 'dalla ', "l'": "dall'" },
	di: { il: 'del ', la: 'della ', "l'": "dell'" }
};

/**
 * A country name as Italian grammar wants it after nothing, `da` or `di`: "il Kirghizistan",
 * "dal Kazakistan", "dell'Uzbekistan". Countries without a known article keep the bare
 * preposition ("di Cipro"). English: the name alone.
 */
export function countryPhrase(
	lang: Lang,
	iso3: string,
	preposition: '' | 'da' | 'di' = ''
): string {
	const name = countryName(lang, iso3);
	if (lang !== 'it') return name;
	const article = ITALIAN_ARTICLE[iso3.toUpperCase()];
	if (!article) return preposition ? `${preposition} ${name}` : name;
	if (!preposition) return article === "l'" ? `l'${name}` : `${article} ${name}`;
	return `${ARTICULATED[preposition][article]}${name}`;
}

const TOTAL_NAME: Readonly<Record<Lang, string>> = { it: 'Totale', en: 'Total' };

const GROUP_PREFIX = 'grp:';

/**
 * Names of the product groups in the bundled data (`data/trade.csv`, `grp:<slug>`), whose
 * sources give them in one language (often with the other in brackets).
 */
const GROUP_NAMES: Readonly<Record<string, Readonly<Record<Lang, string>>>> = {
	'chemical-products': { en: 'Chemical products', it: 'Prodotti chimici' },
	clothing: { en: 'Clothing', it: 'Abbigliamento' },
	'crude-petroleum-and-natural-gas': {
		en: 'Crude petroleum and natural gas',
		it: 'Petrolio greggio e gas naturale'
	},
	'electrical-equipment': { en: 'Electrical equipment', it: 'Apparecchiature elettriche' },
	fabrics: { en: 'Fabrics', it: 'Tessuti' },
	fertilizers: { en: 'Fertilizers', it: 'Concimi' },
	'food-and-beverages': { en: 'Food and beverages', it: 'Alimentari e bevande' },
	footwear: { en: 'Footwear', it: 'Calzature' },
	furniture: { en: 'Furniture', it: 'Mobili' },
	'machinery-generators-and-electrical-products': {
		en: 'Machinery, generators and electrical products',
		it: 'Macchinari, generatori e prodotti elettrici'
	},
	medicines: { en: 'Medicines', it: 'Medicinali' },
	'gas-meter-components-contactors': {
		en: 'Gas-meter components / contactors (Pietro Fiorentini contract)',
		it: 'Componenti per contatori del gas / contattori (contratto Pietro Fiorentini)'
	},
	'general-purpose-machinery': {
		en: 'General-purpose machinery',
		it: 'Macchinari di impiego generale'
	},
	gold: { en: 'Gold', it: 'Oro' },
	machinery: { en: 'Machinery', it: 'Macchinari' },
	'machinery-and-equipment': { en: 'Machinery and equipment', it: 'Macchinari e apparecchiature' },
	'mining-products': {
		en: 'Mining products (crude oil, metals, nuclear fuel, anthracite)',
		it: 'Prodotti minerari (petrolio greggio, metalli, combustibile nucleare, antracite)'
	},
	silver: { en: 'Silver', it: 'Argento' },
	'silver-platinum': { en: 'Silver/platinum', it: 'Argento/platino' },
	'textile-machinery': { en: 'Textile machinery', it: 'Macchinari tessili' },
	'textile-products': {
		en: 'Textile products (incl. made-up)',
		it: 'Prodotti tessili (anche confezionati)'
	},
	textiles: { en: 'Textiles', it: 'Tessili' },
	'tubes-pipes-hollow-profiles-and-fittings': {
		en: 'Tubes, pipes, hollow profiles and fittings',
		it: 'Tubi, condotti, profilati cavi e raccordi'
	},
	zinc: { en: 'Zinc', it: 'Zinco' }
};

/**
 * The display name of a sector code (D7):
 *
 * | code                         | name                                                  |
 * | ---------------------------- | ----------------------------------------------------- |
 * | `TOTAL`                      | `Totale` / `Total`                                    |
 * | `I`..`XXI` (HS section)      | the section name                                      |
 * | `01`..`97`, `99` (chapter)   | the chapter name                                      |
 * | `2709`, `270900`, `27090010` | `label` if given, else `<chapter name>: HS 2709`      |
 * | `grp:<slug>`                 | the bundled groups' name, else `label`, else the slug |
 * | anything else                | `label` if given, else the code as-is                 |
 *
 * Chapters and sections always use the translated table, never a label from a file (which is in
 * one language only).
 *
 * @example sectorName('it', '27') // 'Combustibili minerali, oli minerali'
 * @example sectorName('en', '2709') // 'Mineral fuels, mineral oils: HS 2709'
 * @example sectorName('en', 'grp:rare-earths', 'Rare earths') // 'Rare earths'
 */
export function sectorName(lang: Lang, code: string, label?: string | null): string {
	const given = label?.trim() ? label.trim() : null;
	if (code === TOTAL) return TOTAL_NAME[lang];
	const section = hsSection(code);
	if (section) return section[lang];
	const chapter = HS_CHAPTERS[code];
	if (chapter) return chapter[lang];
	if (/^\d{4}(?:\d{2}){0,2}$/.test(code)) {
		if (given) return given;
		const chapterCode = code.slice(0, 2);
		const parent = chapterCode === RESERVED_CHAPTER ? undefined : HS_CHAPTERS[chapterCode];
		return parent ? `${parent[lang]}: HS ${code}` : `HS ${code}`;
	}
	if (code.startsWith(GROUP_PREFIX)) {
		const slug = code.slice(GROUP_PREFIX.length);
		return (
			(Object.hasOwn(GROUP_NAMES, slug) ? GROUP_NAMES[slug]?.[lang] : undefined) ?? given ?? slug
		);
	}
	return given ?? code;
}
