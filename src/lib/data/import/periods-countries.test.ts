import { describe, expect, it } from 'vitest';
import { resolveCountry } from './countries';
import { parsePeriodHeader, parsePeriodText } from './periods';

describe('parsePeriodText', () => {
	const cases: [string, string | null][] = [
		['2024', '2024'],
		['2024-03', '2024-03'],
		['202403', '2024-03'],
		['2024M03', '2024-03'],
		['2024-M03', '2024-03'],
		['2024M3', '2024-03'],
		['2024-Q1', '2024-Q1'],
		['2024Q4', '2024-Q4'],
		['Q2 2024', '2024-Q2'],
		['201952', '2019'],
		['202403-Mar. 2024', '2024-03'],
		['201952-Jan.-Dec. 2019', '2019'],
		['Mar. 2024', '2024-03'],
		['May. 2019', '2019-05'],
		['Aug. 2024', '2024-08'],
		['marzo 2024', '2024-03'],
		['gen-24', '2024-01'],
		['Jan.-Dec. 2019', '2019'],
		['2024-13', null],
		['202413', null],
		['24', null],
		['soon', null]
	];
	it.each(cases)('%s → %s', (raw, period) => expect(parsePeriodText(raw)).toBe(period));

	it('reads year headers with footnote markers', () => {
		expect(parsePeriodHeader('2023 1')).toEqual({ period: '2023', marker: '1' });
		expect(parsePeriodHeader('2023*')).toEqual({ period: '2023', marker: '*' });
		expect(parsePeriodHeader('Valore')).toBeNull();
	});
});

describe('resolveCountry', () => {
	const cases: [string, string][] = [
		['KAZ', 'KAZ'],
		['kaz', 'KAZ'],
		['KZ', 'KAZ'],
		['398', 'KAZ'],
		['380', 'ITA'],
		['381', 'ITA'],
		['IT', 'ITA'],
		['EL', 'GRC'],
		['Italy', 'ITA'],
		['Italia', 'ITA'],
		["Italy (incl. San Marino 'SM' -> 1993)", 'ITA'],
		['Russian Federation (Russia)', 'RUS'],
		['Russian Federation', 'RUS'],
		['Kyrgyz Republic', 'KGZ'],
		['Kirghizistan', 'KGZ'],
		['Kazakistan', 'KAZ'],
		['Kazakhstan', 'KAZ'],
		['Tagikistan', 'TJK'],
		['Azerbaigian', 'AZE'],
		['Turkmenistan', 'TKM'],
		['Италия', 'ITA'],
		['Italiya', 'ITA'],
		["O'zbekiston", 'UZB'],
		['KZ-Kazakhstan', 'KAZ'],
		['860', 'UZB']
	];
	it.each(cases)('%s → %s', (raw, iso3) =>
		expect(resolveCountry(raw)).toEqual({ kind: 'country', iso3 })
	);

	const aggregates = [
		'World',
		'W00',
		'0',
		'WLD',
		'EU27_2020',
		'EXT_EU27_2020',
		'WORLD',
		'European Union - 27 countries (AT, BE)',
		'Totale',
		'Other Asia, nes'
	];
	it.each(aggregates)('%s is an aggregate', (raw) =>
		expect(resolveCountry(raw)).toEqual({ kind: 'aggregate' })
	);

	it.each(['Atlantis', '', '999', 'QQQ'])('%s is unknown', (raw) =>
		expect(resolveCountry(raw)).toEqual({ kind: 'unknown' })
	);
});
