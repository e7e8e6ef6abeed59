import { describe, expect, it } from 'vitest';
import { captureQuery } from './capture';

describe('a slide drawn for the PowerPoint deck', () => {
	it('is drawn as a chart even when it was pinned as a table, with the rest of its state', () => {
		expect(captureQuery('partners=KAZ%2CUZB&tables=volumes%2Cpartners&flow=import')).toBe(
			'partners=KAZ%2CUZB&flow=import'
		);
		expect(captureQuery('growth=cagr')).toBe('growth=cagr');
	});
});
