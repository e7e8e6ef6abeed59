/**
 * The partners `npm run cube` keeps: Comext's ISO2 codes with the ISO3 codes our template writes.
 */
import countries from 'i18n-iso-countries';
import { CubeInputError } from './inputs.mjs';

/** The five Central Asian countries, then the dashboard's comparators (Russia, Azerbaijan). */
export const DEFAULT_PARTNERS = ['KZ', 'UZ', 'KG', 'TJ', 'TM', 'RU', 'AZ'];

/** Eurostat writes some countries with codes of its own: both spellings are kept. */
const EUROSTAT_ALIASES = { GRC: ['GR', 'EL'], GBR: ['GB', 'UK'] };

/**
 * ISO2 or ISO3 codes (any case; Eurostat's EL and UK too) → rows (iso2, iso3) for the SQL's
 * `cube_partners`. Italy, aggregates and unknown codes are refused.
 *
 * @example partnerRows(['KZ', 'uzb']) // [{ iso2: 'KZ', iso3: 'KAZ' }, { iso2: 'UZ', iso3: 'UZB' }]
 */
export function partnerRows(codes) {
	const rows = [];
	for (const raw of codes) {
		const code = raw.trim().toUpperCase();
		const iso3 =
			code === 'EL'
				? 'GRC'
				: code === 'UK'
					? 'GBR'
					: code.length === 2
						? countries.alpha2ToAlpha3(code)
						: countries.isValid(code)
							? code
							: undefined;
		if (!iso3) {
			throw new CubeInputError(
				`--partners: "${raw}" is not an ISO 3166 country code (write KZ or KAZ, comma-separated)`
			);
		}
		if (iso3 === 'ITA')
			throw new CubeInputError('--partners: Italy is the reporter, not a partner');
		const iso2s = EUROSTAT_ALIASES[iso3] ?? [countries.alpha3ToAlpha2(iso3)];
		for (const iso2 of iso2s) {
			if (!rows.some((r) => r.iso2 === iso2)) rows.push({ iso2, iso3 });
		}
	}
	if (!rows.length) throw new CubeInputError('--partners: no partner given');
	return rows;
}
