/**
 * Country names and codes → ISO 3166-1 alpha-3.
 *
 * Accepts ISO2, ISO3 (any case), UN M49 numbers and English and Italian names, all from
 * i18n-iso-countries; the codes trade statistics use outside ISO 3166-1 ({@link NON_ISO}: Eurostat's
 * EL/UK, Comtrade's legacy 381 for Italy, aggregates); an alias table for the spellings the library
 * lacks (statistical names, the Russian/Uzbek names found in Central Asian tables);
 * and long Eurostat labels with notes (`Italy (incl. San Marino 'SM' -> 1993)`), resolved by
 * dropping the bracketed note. Aggregates (World, EU, "Other Asia, nes", ...) are recognised as
 * such so they can be skipped rather than reported as unknown.
 */
import en from 'i18n-iso-countries/langs/en.json';
import it from 'i18n-iso-countries/langs/it.json';
import { iso } from './iso-codes';

iso.registerLocale(en);
iso.registerLocale(it);

export type CountryRef =
	{ kind: 'country'; iso3: string } | { kind: 'aggregate' } | { kind: 'unknown' };

const AGG = 'AGG';

/** Names the library does not give in English or Italian; lower-case, accent-free keys. */
const ALIASES = new Map<string, string>([
	// Central Asia and comparators: other English/Italian spellings
	['kazakstan', 'KAZ'],
	['kazachstan', 'KAZ'],
	['kyrgyz republic', 'KGZ'],
	['kirghisistan', 'KGZ'],
	['kirgizistan', 'KGZ'],
	['kirghizia', 'KGZ'],
	['federazione russa', 'RUS'],
	// Russian
	['италия', 'ITA'],
	['казахстан', 'KAZ'],
	['кыргызстан', 'KGZ'],
	['киргизия', 'KGZ'],
	['узбекистан', 'UZB'],
	['таджикистан', 'TJK'],
	['туркменистан', 'TKM'],
	['россия', 'RUS'],
	['российская федерация', 'RUS'],
	['азербайджан', 'AZE'],
	// Uzbek (Latin)
	['italiya', 'ITA'],
	['qozogiston', 'KAZ'],
	['qirgiziston', 'KGZ'],
	['tojikiston', 'TJK'],
	['turkmaniston', 'TKM'],
	['ozbekiston', 'UZB'],
	['rossiya', 'RUS'],
	['ozarbayjon', 'AZE'],
	// Statistical spellings
	['rep. of korea', 'KOR'],
	['viet nam', 'VNM'],
	['turkiye', 'TUR'],
	['china, hong kong sar', 'HKG'],
	['china, macao sar', 'MAC'],
	['stati uniti', 'USA'],
	['kosovo', 'XKX'],
	// Aggregates
	['world', AGG],
	['mondo', AGG],
	['total', AGG],
	['totale', AGG],
	['all countries', AGG],
	['tutti i paesi', AGG],
	['areas, nes', AGG],
	['other asia, nes', AGG],
	['bunkers', AGG],
	['free zones', AGG],
	['special categories', AGG],
	['всего', AGG],
	['итого', AGG],
	['jami', AGG]
]);

/**
 * The codes trade statistics use outside ISO 3166-1 (numeric codes as three digits, letters upper
 * case): what each stands for, a country's ISO3 or {@link AGG}. Everything else is ISO, read by the
 * library.
 */
const NON_ISO = new Map<string, string>([
	// UN Comtrade's legacy numeric codes: Italy, France, Norway, India, Switzerland, United States.
	['381', 'ITA'],
	['251', 'FRA'],
	['579', 'NOR'],
	['699', 'IND'],
	['757', 'CHE'],
	['842', 'USA'],
	// UN Comtrade's partner aggregates: World (0), EU (97), the "nes" areas (Other Asia 490,
	// Oceania 527, Other Europe 568, Other Africa 577, Rest of America 636, North and Central
	// America 637, Western Asia 879, Areas 899), Bunkers (837), Free zones (838), Special categories (839).
	['000', AGG],
	['097', AGG],
	['490', AGG],
	['527', AGG],
	['568', AGG],
	['577', AGG],
	['636', AGG],
	['637', AGG],
	['837', AGG],
	['838', AGG],
	['839', AGG],
	['879', AGG],
	['899', AGG],
	// Eurostat's Greece and United Kingdom; Kosovo (user-assigned; XKX as the World Bank writes it).
	['EL', 'GRC'],
	['UK', 'GBR'],
	['XK', 'XKX'],
	['XKX', 'XKX'],
	// Aggregates: EU, euro area, world (Eurostat, IMF); World, EU, Europe, euro area (World Bank,
	// WITS); unknown partner (XXX, ZZZ).
	['EU', AGG],
	['EA', AGG],
	['WL', AGG],
	['W1', AGG],
	['WLD', AGG],
	['W00', AGG],
	['EUU', AGG],
	['EUR', AGG],
	['EMU', AGG],
	['XXX', AGG],
	['ZZZ', AGG]
]);

function refOf(iso3: string | undefined): CountryRef | null {
	if (iso3 === undefined) return null;
	return iso3 === AGG ? { kind: 'aggregate' } : { kind: 'country', iso3 };
}

/** Eurostat / IMF / WITS aggregate codes and labels. */
const AGGREGATE_TEXT =
	/^(?:world|mondo|total|totale|all\b|tutti|european union|unione europea|euro area|area (?:dell')?euro|extra[- ]|intra[- ]|eu\s?\d|ue\s?\d|eu_|ea\d|ext_|int_|efta|non[- ]eu|other|others|altri|not specified|non specificat|unspecified|n\.?e\.?s\.?\b|areas\b|asia\b|africa|europe\b|europa\b|america\b|oceania|cis\b|csi\b|opec|g20|g7|emerging|advanced|developing|low income|high income|middle income|sub-saharan|latin america|middle east|central asia\b|asia centrale|commonwealth)/i;

function fold(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.replace(/[\u2018\u2019\u02bb\u02bc'`"]/g, '')
		.replace(/\s+/g, ' ')
		.trim()
		.toLowerCase();
}

function fromNumeric(code: string): CountryRef {
	const padded = code.padStart(3, '0');
	return refOf(NON_ISO.get(padded) ?? iso.numericToAlpha3(padded)) ?? { kind: 'unknown' };
}

function fromAlpha(code: string): CountryRef | null {
	const upper = code.toUpperCase();
	const special = refOf(NON_ISO.get(upper));
	if (special) return special;
	if (upper.length === 2) return refOf(iso.alpha2ToAlpha3(upper));
	if (upper.length === 3)
		return iso.alpha3ToAlpha2(upper) ? { kind: 'country', iso3: upper } : null;
	return null;
}

function fromName(name: string): CountryRef | null {
	const key = fold(name);
	if (!key) return null;
	const alias = refOf(ALIASES.get(key));
	if (alias) return alias;
	const spaced = name.trim().replace(/\s+/g, ' ');
	return refOf(iso.getAlpha3Code(spaced, 'en') ?? iso.getAlpha3Code(spaced, 'it'));
}

/** No country name or label is longer (bounded work on hostile cells). */
const MAX_NAME = 200;

function resolveUncached(raw: string): CountryRef {
	const t = raw.trim();
	if (!t || t.length > MAX_NAME) return { kind: 'unknown' };
	if (/^\d{1,3}$/.test(t)) return fromNumeric(t);
	if (/^[A-Za-z][A-Za-z0-9]{1,2}$/.test(t)) {
		const byCode = fromAlpha(t);
		if (byCode) return byCode;
	}
	// `KZ-Kazakhstan`, `398 - Kazakhstan`, `KAZ: Kazakhstan`
	const coded = /^([A-Z]{2,3}|\d{1,3})\s*[-:]\s*(\S.*)$/.exec(t);
	if (coded) {
		const code = coded[1] as string;
		const byCode = /^\d+$/.test(code) ? fromNumeric(code) : fromAlpha(code);
		if (byCode && byCode.kind !== 'unknown') return byCode;
		const byRest = fromName(coded[2] as string);
		if (byRest) return byRest;
	}
	const byName = fromName(t);
	if (byName) return byName;
	// Eurostat labels with notes: `Italy (incl. San Marino 'SM' -> 1993)`, `Russian Federation (Russia)`.
	const bare = t
		.replace(/\([^)]*\)?/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	if (bare && bare !== t) {
		const byBare = fromName(bare);
		if (byBare) return byBare;
		// The bracketed part may be the usual name: `Russian Federation (Russia)`.
		const inside = /\(([^)]*)\)/.exec(t);
		const byInside = inside ? fromName(inside[1] as string) : null;
		if (byInside?.kind === 'country') return byInside;
	}
	// Eurostat's aggregate codes such as EU27_2020, EXT_EU27_2020, WORLD.
	if (AGGREGATE_TEXT.test(fold(t)) || /^[A-Z]{2,4}\d*_\d{4}$/.test(t)) return { kind: 'aggregate' };
	return { kind: 'unknown' };
}

const cache = new Map<string, CountryRef>();

export function resolveCountry(raw: string): CountryRef {
	if (raw.length > MAX_NAME * 4) return { kind: 'unknown' };
	let hit = cache.get(raw);
	if (!hit) {
		hit = resolveUncached(raw);
		if (cache.size > 20000) cache.clear();
		cache.set(raw, hit);
	}
	return hit;
}
