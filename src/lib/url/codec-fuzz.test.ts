/**
 * URL state hardening (anchors §4.6, catalogue G, goal G13): 5,000 random and mutated queries,
 * with prototype-polluting names, never throw, always give a state that re-encodes to itself,
 * and leave Object.prototype untouched. Extends the properties of codec.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeState, encodeState, PARAMS, stateToSearch } from './codec';

const protoNames = () => Object.getOwnPropertyNames(Object.prototype).sort().join();

describe('decodeState under hostile queries', () => {
	it('never throws, stays valid and never touches Object.prototype (5,000 runs)', () => {
		const before = protoNames();
		const name = fc.oneof(
			fc.constantFrom(...PARAMS),
			fc.constantFrom(
				'__proto__',
				'constructor',
				'prototype',
				'__proto__[polluted]',
				'constructor[prototype][polluted]',
				'v',
				'hasOwnProperty'
			),
			fc.string({ maxLength: 12 })
		);
		const value = fc.oneof(
			fc.string({ maxLength: 40 }),
			fc.string({ unit: 'binary', maxLength: 40 }),
			fc.jsonValue().map((j) => JSON.stringify(j) ?? ''),
			fc.constantFrom(
				'__proto__',
				'{"__proto__":{"polluted":1}}',
				'NaN',
				'1e308',
				'-1',
				'%',
				'%E0%A4%A',
				'<img src=x onerror=alert(1)>',
				'KAZ,'.repeat(1000)
			)
		);
		fc.assert(
			fc.property(fc.array(fc.tuple(name, value), { maxLength: 24 }), (pairs) => {
				const query = pairs
					.map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
					.join('&');
				for (const input of [
					new URLSearchParams(pairs),
					new URLSearchParams(query),
					new URLSearchParams(query.slice(0, query.length >> 1))
				]) {
					const { state } = decodeState(input);
					expect(decodeState(encodeState(state)).notices).toEqual([]);
					expect(stateToSearch(state).length).toBeLessThan(8192);
				}
				expect(({} as Record<string, unknown>).polluted).toBeUndefined();
			}),
			{ numRuns: 5000, seed: 1312 }
		);
		expect(protoNames()).toBe(before);
	});
});
