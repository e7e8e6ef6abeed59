import { describe, expect, it } from 'vitest';
import { convertCube, rateFor } from './convert';
import { row } from './fixtures.test-util';

const rates = {
	annual: new Map([['2023', 1.0813]]),
	monthly: new Map([
		['2023-01', 1.0],
		['2023-02', 1.1],
		['2023-03', 1.2]
	])
};

describe(convertCube, () => {
	it('converts USD to EUR with the annual ECB rate for annual rows', () => {
		const { converted } = convertCube(
			[row({ period: '2023', value: 1081.3, currency: 'USD' })],
			'EUR',
			rates
		);
		expect(converted[0]?.value).toBeCloseTo(1000, 6);
		expect(converted[0]).toMatchObject({ currency: 'EUR', originalCurrency: 'USD' });
	});

	it('uses the monthly rate for monthly rows and the mean of three for quarters', () => {
		expect(rateFor(rates, row({ period: '2023-02', value: 1 }))).toBe(1.1);
		expect(rateFor(rates, row({ period: '2023-Q1', value: 1 }))).toBeCloseTo(1.1, 10);
	});

	it('never guesses a rate: rows outside the ECB table are set aside', () => {
		const { converted, unconverted } = convertCube(
			[row({ period: '1995', value: 1, currency: 'USD' })],
			'EUR',
			rates
		);
		expect(converted).toHaveLength(0);
		expect(unconverted).toHaveLength(1);
	});
});
