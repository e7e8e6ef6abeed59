/**
 * ISO 3166-1 codes from `i18n-iso-countries` (alpha-2, alpha-3, numeric), without its country
 * names: the importer registers the English and Italian names it reads (./countries.ts); the
 * display names use only the codes (src/lib/i18n/names.ts), so the names stay out of the pages.
 */
import * as isoNs from 'i18n-iso-countries';

// The package is CommonJS: depending on the bundler the API is the namespace or its default.
export const iso = ((isoNs as unknown as { default?: typeof isoNs }).default ??
	isoNs) as typeof isoNs;
