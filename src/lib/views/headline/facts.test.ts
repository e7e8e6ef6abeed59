import { describe, expect, it } from 'vitest';
import { measurePoint } from '../../data/analysis/fixtures.test-util';
import type { MeasurePoint } from '../../data/analysis/measures';
import { keyFacts, mirrorSentence, partialSentence, riseSentence } from './facts';

const p = (year: number, value: number | null, over: Partial<MeasurePoint> = {}) =>
	measurePoint(year, value, { gap: null, sources: ['Eurostat Comext'], ...over });

// Comext monthly sums of Italian exports to Kyrgyzstan.
const kgz = [p(2021, 22_529_346), p(2022, 62_580_668), p(2023, 213_708_652)];

describe(riseSentence, () => {
	it('states the 2021→2023 rise in English and Italian', () => {
		expect(riseSentence('en', 'export', kgz[0]!, kgz[2]!)?.text).toBe(
			'Italian exports to Kyrgyzstan rose from €22.5m in 2021 to €213.7m in 2023, ×9.5.'
		);
		expect(riseSentence('it', 'export', kgz[0]!, kgz[2]!)?.text.replace(/\u00a0/g, ' ')).toBe(
			'Le esportazioni italiane verso il Kirghizistan sono passate da 22,5 mln € nel 2021 a 213,7 mln € nel 2023 (×9,5).'
		);
	});

	it('uses a percentage for small changes and says "fell" for a decline', () => {
		const text = riseSentence(
			'en',
			'import',
			p(2021, 100e6, { partner: 'UZB' }),
			p(2022, 80e6, { partner: 'UZB' })
		)?.text;
		expect(text).toBe(
			'Italian imports from Uzbekistan fell from €100.0m in 2021 to €80.0m in 2022, −20.0%.'
		);
	});

	it('keeps the sources of both figures', () => {
		expect(riseSentence('en', 'export', kgz[0]!, kgz[2]!)?.sources).toEqual(['Eurostat Comext']);
	});
});

describe(partialSentence, () => {
	it('compares a partial year with the same months', () => {
		const f = partialSentence(
			'en',
			'export',
			p(2024, 244.9e6, { partial: { fromMonth: 1, toMonth: 8 }, prevSameMonths: 112e6 })
		);
		expect(f?.text).toBe(
			'In Jan–Aug 2024, Italian exports to Kyrgyzstan were €244.9m, +118.7% on the same months of 2023.'
		);
	});
});

describe(mirrorSentence, () => {
	it('says how many times the partner figure is the Italian one', () => {
		const f = mirrorSentence(
			'it',
			{
				partner: 'KAZ',
				flow: 'import',
				year: 2021,
				italy: 1.5e9,
				partnerValue: 7.5e9,
				gap: 6e9,
				gapShare: 1.33,
				ratio: 5,
				flagged: true,
				sources: [],
				converted: true,
				note: null
			},
			'EUR'
		);
		expect(f?.text.replace(/\u00a0/g, ' ')).toContain('×5,0 il dato italiano');
		expect(f?.text).toMatch(/^Le statistiche del Kazakistan registrano/);
	});
});

describe(keyFacts, () => {
	it('gives one sentence per country, largest first, when several are shown', () => {
		const facts = keyFacts({
			lang: 'en',
			measure: 'export',
			series: [
				{ partner: 'KGZ', points: kgz },
				{
					partner: 'KAZ',
					points: [p(2021, 499e6, { partner: 'KAZ' }), p(2023, 1.07e9, { partner: 'KAZ' })]
				}
			],
			mirror: [],
			shareTotal: () => null,
			from: null,
			to: null,
			currency: 'EUR'
		});
		expect(facts.map((f) => f.text.split(' ')[3])).toEqual(['Kazakhstan', 'Kyrgyzstan']);
	});
});
