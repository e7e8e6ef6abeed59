import { describe, expect, it } from 'vitest';
import { returns } from './returns.test-util';
import { chapterSection, HS_CHAPTERS, HS_SECTIONS, sectionChapters } from './hs';
import { LANGS } from './lang';
import { COUNTRY_NAMES, countryName, countryPhrase, intlCountryName } from './names';
import { sectorName } from './names';

describe('countryName', () => {
	returns(countryName, [
		[['it', 'KGZ'], 'Kirghizistan'],
		[['it', 'KAZ'], 'Kazakistan'],
		[['it', 'UZB'], 'Uzbekistan'],
		[['it', 'TJK'], 'Tagikistan'],
		[['it', 'TKM'], 'Turkmenistan'],
		[['it', 'RUS'], 'Russia'],
		[['it', 'AZE'], 'Azerbaigian'],
		[['it', 'ITA'], 'Italia'],
		[['it', 'WLD'], 'Mondo'],
		[['en', 'KGZ'], 'Kyrgyzstan'],
		[['en', 'KAZ'], 'Kazakhstan'],
		[['en', 'UZB'], 'Uzbekistan'],
		[['en', 'TJK'], 'Tajikistan'],
		[['en', 'TKM'], 'Turkmenistan'],
		[['en', 'RUS'], 'Russia'],
		[['en', 'AZE'], 'Azerbaijan'],
		[['en', 'ITA'], 'Italy'],
		[['en', 'WLD'], 'World'],
		[['it', 'kaz'], 'Kazakistan'],
		[['it', 'DEU'], 'Germania'],
		[['en', 'CHN'], 'China'],
		// Any ISO code, not only the partners: the library's alpha-3 → alpha-2, then Intl.
		[['it', 'ESP'], 'Spagna'],
		[['en', 'KOR'], 'South Korea'],
		[['en', 'XKX'], 'XKX'],
		[['en', 'XYZ'], 'XYZ'],
		[['it', 'EU27_2020'], 'EU27_2020'],
		[['en', ''], '']
	]);

	// The fixed table exists for browsers with other ICU data; in Node it must agree with Intl,
	// except for the overrides listed here.
	const overrides = new Set(['en:WLD']);
	it.each(LANGS.flatMap((lang) => Object.keys(COUNTRY_NAMES).map((code) => [lang, code] as const)))(
		'fixed table agrees with Intl.DisplayNames: %s %s',
		(lang, code) => {
			const intl = intlCountryName(lang, code);
			if (overrides.has(`${lang}:${code}`)) expect(intl).not.toBe(countryName(lang, code));
			else expect(intl).toBe(countryName(lang, code));
		}
	);

	it('Intl gives a lower-case English world, hence the override', () => {
		expect(intlCountryName('en', 'WLD')).toBe('world');
	});
});

describe('HS tables', () => {
	it('has the 21 sections I..XXI covering chapters 01..97 without gaps', () => {
		const numerals = HS_SECTIONS.map((s) => s.numeral);
		expect(numerals).toEqual([
			'I',
			'II',
			'III',
			'IV',
			'V',
			'VI',
			'VII',
			'VIII',
			'IX',
			'X',
			'XI',
			'XII',
			'XIII',
			'XIV',
			'XV',
			'XVI',
			'XVII',
			'XVIII',
			'XIX',
			'XX',
			'XXI'
		]);
		let next = 1;
		for (const s of HS_SECTIONS) {
			expect(Number(s.from)).toBe(next);
			next = Number(s.to) + 1;
		}
		expect(next).toBe(98);
	});

	it('names all 97 chapters (plus 99) in both languages', () => {
		const codes = Object.keys(HS_CHAPTERS).sort();
		const expected = Array.from({ length: 97 }, (_, i) => String(i + 1).padStart(2, '0'));
		expect(codes).toEqual([...expected, '99']);
		for (const name of Object.values(HS_CHAPTERS)) {
			expect(name.it.trim()).not.toBe('');
			expect(name.en.trim()).not.toBe('');
		}
	});

	returns(chapterSection, [
		[['01'], 'I'],
		[['05'], 'I'],
		[['06'], 'II'],
		[['15'], 'III'],
		[['27'], 'V'],
		[['2709'], 'V'],
		[['270900'], 'V'],
		[['30'], 'VI'],
		[['71'], 'XIV'],
		[['77'], 'XV'],
		[['84'], 'XVI'],
		[['85'], 'XVI'],
		[['87'], 'XVII'],
		[['93'], 'XIX'],
		[['97'], 'XXI'],
		[['99'], null],
		[['00'], null],
		[['7'], null],
		[['270'], null],
		[['V'], null],
		[['TOTAL'], null]
	]);

	returns(sectionChapters, [
		[['V'], ['25', '26', '27']],
		[['III'], ['15']],
		[['XVI'], ['84', '85']],
		[['XXII'], []]
	]);
});

describe('sectorName', () => {
	returns(sectorName, [
		[['it', 'TOTAL', undefined], 'Totale'],
		[['en', 'TOTAL', undefined], 'Total'],
		[['it', '27', undefined], 'Combustibili minerali, oli minerali'],
		[['en', '27', undefined], 'Mineral fuels, mineral oils'],
		[['it', '84', undefined], 'Reattori nucleari, caldaie, macchine'],
		[['en', '84', undefined], 'Machinery, boilers, nuclear reactors'],
		[['en', '30', 'Farmaci'], 'Pharmaceutical products'],
		[['it', 'V', undefined], 'Prodotti minerali'],
		[['en', 'XVI', undefined], 'Machinery and mechanical appliances; electrical equipment'],
		[['en', '77', undefined], '(Reserved)'],
		[['it', '2709', undefined], 'Combustibili minerali, oli minerali: HS 2709'],
		[['en', '270900', undefined], 'Mineral fuels, mineral oils: HS 270900'],
		[['en', '2709', 'Crude petroleum oils'], 'Crude petroleum oils'],
		[['en', '7700', undefined], 'HS 7700'],
		[['en', '0000', undefined], 'HS 0000'],
		[['en', 'grp:rare-earths', 'Rare earths'], 'Rare earths'],
		[['it', 'grp:rare-earths', '  '], 'rare-earths'],
		[['en', 'grp:rare-earths', null], 'rare-earths'],
		[['en', 'XXII', undefined], 'XXII'],
		[['en', '7', undefined], '7'],
		[['en', 'AG2', undefined], 'AG2'],
		[['en', 'AG2', 'Two-digit group'], 'Two-digit group'],
		[['en', '', undefined], '']
	]);
});

describe('countryPhrase: Italian articles and prepositions', () => {
	it.each([
		['KGZ', 'da', 'dal Kirghizistan'],
		['UZB', 'da', "dall'Uzbekistan"],
		['RUS', 'di', 'della Russia'],
		['KAZ', '', 'il Kazakistan'],
		['ITA', '', "l'Italia"]
	] as const)('%s with "%s" → %s', (iso3, prep, phrase) => {
		expect(countryPhrase('it', iso3, prep)).toBe(phrase);
	});

	it('a country without a known article keeps the bare preposition', () => {
		expect(countryPhrase('it', 'CYP', 'di')).toBe(`di ${countryName('it', 'CYP')}`);
	});

	it('English has no article', () => {
		expect(countryPhrase('en', 'KGZ', 'da')).toBe('Kyrgyzstan');
	});
});

describe('product groups of the bundled data', () => {
	it('have a name in each language, whatever language the source wrote', () => {
		expect(sectorName('it', 'grp:clothing', 'Clothing (abbigliamento)')).toBe('Abbigliamento');
		expect(sectorName('en', 'grp:clothing', 'Clothing (abbigliamento)')).toBe('Clothing');
	});

	it('an uploaded group keeps the label its file gives', () => {
		expect(sectorName('it', 'grp:rare-earths', 'Terre rare')).toBe('Terre rare');
		expect(sectorName('it', 'grp:__proto__', null)).toBe('__proto__');
	});
});
