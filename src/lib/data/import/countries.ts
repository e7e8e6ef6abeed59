/**
 * Country names and codes → ISO 3166-1 alpha-3.
 *
 * Accepts ISO2 (incl. Eurostat's EL/UK), ISO3 (any case), UN M49 numbers (incl. legacy Comtrade
 * codes such as 381 for Italy), English and Italian names (i18n-iso-countries, en + it), a small
 * alias table for statistical spellings and the Russian/Uzbek names found in Central Asian tables,
 * and long Eurostat labels with notes (`Italy (incl. San Marino 'SM' -> 1993)`), resolved by
 * dropping the bracketed note. Aggregates (World, EU, "Other Asia, nes", ...) are recognised as
 * such so they can be skipped rather than reported as unknown.
 */
import * as isoNs from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json';
import it from 'i18n-iso-countries/langs/it.json';

// The package is CommonJS: depending on the bundler the API is the namespace or its default.
const iso = ((isoNs as unknown as { default?: typeof isoNs }).default ?? isoNs) as typeof isoNs;
iso.registerLocale(en);
iso.registerLocale(it);

export type CountryRef =
	{ kind: 'country'; iso3: string } | { kind: 'aggregate' } | { kind: 'unknown' };

const AGG = 'AGG';

/** Lower-case, accent-free keys. */
const ALIASES = new Map<string, string>([
	// Central Asia and comparators: English/Italian variants
	['kazakhstan', 'KAZ'],
	['kazakstan', 'KAZ'],
	['kazachstan', 'KAZ'],
	['kyrgyz republic', 'KGZ'],
	['kyrgyzstan', 'KGZ'],
	['kirghizistan', 'KGZ'],
	['kirghisistan', 'KGZ'],
	['kirgizistan', 'KGZ'],
	['kirghizia', 'KGZ'],
	['tajikistan', 'TJK'],
	['tagikistan', 'TJK'],
	['turkmenistan', 'TKM'],
	['uzbekistan', 'UZB'],
	['russian federation', 'RUS'],
	['federazione russa', 'RUS'],
	['azerbaigian', 'AZE'],
	['azerbaijan', 'AZE'],
	['italia', 'ITA'],
	['italy', 'ITA'],
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
	['usa', 'USA'],
	['united states', 'USA'],
	['rep. of korea', 'KOR'],
	['viet nam', 'VNM'],
	['turkiye', 'TUR'],
	['china, hong kong sar', 'HKG'],
	['china, macao sar', 'MAC'],
	['iran', 'IRN'],
	['czech republic', 'CZE'],
	['united kingdom', 'GBR'],
	['regno unito', 'GBR'],
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

/** Comtrade's legacy numeric codes and M49 aggregates. */
const NUMERIC = new Map<string, string>([
	['381', 'ITA'],
	['251', 'FRA'],
	['579', 'NOR'],
	['699', 'IND'],
	['757', 'CHE'],
	['842', 'USA'],
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
	['899', AGG]
]);

const ISO2_SPECIAL = new Map<string, string>([
	['EL', 'GRC'],
	['UK', 'GBR'],
	['XK', 'XKX'],
	['EU', AGG],
	['EA', AGG],
	['WL', AGG],
	['W1', AGG]
]);

const ISO3_AGGREGATES = new Set(['WLD', 'W00', 'EUU', 'EUR', 'EMU', 'XXX', 'ZZZ']);

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
	const special = NUMERIC.get(padded);
	if (special) return special === AGG ? { kind: 'aggregate' } : { kind: 'country', iso3: special };
	const iso3 = iso.numericToAlpha3(padded);
	return iso3 ? { kind: 'country', iso3 } : { kind: 'unknown' };
}

function fromAlpha(code: string): CountryRef | null {
	const upper = code.toUpperCase();
	if (upper.length === 2) {
		const special = ISO2_SPECIAL.get(upper);
		if (special)
			return special === AGG ? { kind: 'aggregate' } : { kind: 'country', iso3: special };
		const iso3 = iso.alpha2ToAlpha3(upper);
		return iso3 ? { kind: 'country', iso3 } : null;
	}
	if (upper.length === 3) {
		if (ISO3_AGGREGATES.has(upper)) return { kind: 'aggregate' };
		if (upper === 'XKX') return { kind: 'country', iso3: 'XKX' };
		return iso.alpha3ToAlpha2(upper) ? { kind: 'country', iso3: upper } : null;
	}
	return null;
}

function fromName(name: string): CountryRef | null {
	const key = fold(name);
	if (!key) return null;
	const alias = ALIASES.get(key);
	if (alias) return alias === AGG ? { kind: 'aggregate' } : { kind: 'country', iso3: alias };
	const iso3 = iso.getAlpha3Code(name.trim(), 'en') ?? iso.getAlpha3Code(name.trim(), 'it');
	if (iso3) return { kind: 'country', iso3 };
	return null;
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
