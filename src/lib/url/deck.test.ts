import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS, MEASURES } from '../data/schema';
import { decodeState, defaultState, readDeck, slideQuery, stateToSearch } from './codec';
import {
	decodeDeck,
	deckParam,
	encodeDeck,
	MAX_SLIDES,
	presentSearch,
	SLIDE_VIEWS,
	type Slide
} from './deck';

describe('encodeDeck', () => {
	it.each<[Slide[], string]>([
		[[], ''],
		[[{ view: 'growth', query: '' }], 'growth'],
		[
			[{ view: 'volumes', query: 'flow=import&partners=KAZ%2CUZB' }],
			'volumes!flow.import!partners.KAZ,UZB'
		],
		[
			[
				{ view: 'volumes', query: 'flow=import' },
				{ view: 'growth', query: 'growth=cagr' }
			],
			'volumes!flow.import~growth!growth.cagr'
		],
		[[{ view: 'sectors', query: 'sector=grp%3Aa.b%21c%7Ed' }], 'sectors!sector.grp:a%2Eb%21c%7Ed'],
		[[{ view: 'headline', query: 'BAD=1&focus=KAZ' }], 'headline!focus.KAZ'],
		[
			[
				{ view: 'mirror', query: 'flow=import&focus=KAZ' },
				{ view: 'map', query: 'tables=map' }
			],
			'mirror!flow.import!focus.KAZ~map!tables.map'
		]
	])('%j → %s', (slides, expected) => {
		expect(encodeDeck(slides)).toBe(expected);
	});
});

describe('decodeDeck', () => {
	it.each<[string, Slide[], number]>([
		['volumes', [{ view: 'volumes', query: '' }], 0],
		['Volumes!flow.import', [{ view: 'volumes', query: 'flow=import' }], 0],
		[
			'volumes!partners.KAZ,UZB~growth!growth.cagr',
			[
				{ view: 'volumes', query: 'partners=KAZ%2CUZB' },
				{ view: 'growth', query: 'growth=cagr' }
			],
			0
		],
		['chart~growth', [{ view: 'growth', query: '' }], 1],
		[
			'mirror!flow.import!focus.KAZ~map~events~investment',
			[
				{ view: 'mirror', query: 'flow=import&focus=KAZ' },
				{ view: 'map', query: '' },
				{ view: 'events', query: '' },
				{ view: 'investment', query: '' }
			],
			0
		],
		['growth!noval!flow.%E0%A4%A', [{ view: 'growth', query: '' }], 2],
		['', [], 1],
		['~~', [], 3]
	])('%s', (raw, slides, errors) => {
		const out = decodeDeck(raw);
		expect(out.slides).toEqual(slides);
		expect(out.errors).toHaveLength(errors);
	});

	it(`keeps at most ${MAX_SLIDES} slides`, () => {
		const out = decodeDeck(Array.from({ length: MAX_SLIDES + 5 }, () => 'growth').join('~'));
		expect(out.slides).toHaveLength(MAX_SLIDES);
		expect(out.errors).toEqual(['too many slides']);
	});
});

describe('readDeck (codec)', () => {
	it('checks every value and canonicalises the query', () => {
		const { slides, invalid } = readDeck('volumes!partners.kaz,uzb!flow.IMPORT!from.2023!to.2015');
		expect(slides).toEqual([
			{ view: 'volumes', query: 'partners=KAZ%2CUZB&flow=import&from=2015&to=2023' }
		]);
		// the swap of from/to is reported like in the dashboard URL
		expect(invalid).toBe(true);
	});

	it('drops bad values, lang and nested decks', () => {
		const { slides, invalid } = readDeck('growth!growth.bogus!lang.it!deck.volumes!flow.balance');
		expect(slides).toEqual([{ view: 'growth', query: 'flow=balance' }]);
		expect(invalid).toBe(true);
	});

	it('round-trips through the dashboard URL', () => {
		const deck: Slide[] = [
			{
				view: 'volumes',
				query: slideQuery({ ...defaultState(), flow: 'import', partners: ['KAZ'] })
			},
			{ view: 'sectors', query: slideQuery({ ...defaultState(), sector: 'grp:rare earths!~.' }) }
		];
		const state = { ...defaultState(), lang: 'it' as const, deck };
		const search = stateToSearch(state);
		expect(search).toBe(
			'?lang=it&deck=volumes!partners.KAZ!flow.import~sectors!sector.grp:rare%2520earths%2521%257E%252E'
		);
		expect(decodeState(new URLSearchParams(search))).toEqual({ state, notices: [] });
	});

	it('never writes a deck param for an empty deck, and reports an empty one', () => {
		expect(stateToSearch({ ...defaultState(), deck: [] })).toBe('');
		expect(decodeState(new URLSearchParams('deck=')).notices).toEqual([
			{ param: 'deck', value: '', code: 'malformed' }
		]);
	});
});

describe('presentSearch', () => {
	it('builds the presenter query, language last', () => {
		expect(presentSearch([{ view: 'growth', query: 'growth=cagr' }], 'it')).toBe(
			'?slides=growth!growth.cagr&lang=it'
		);
		expect(presentSearch([{ view: 'partners', query: 'partners=KAZ%2CUZB' }], 'en')).toBe(
			'?slides=partners!partners.KAZ,UZB'
		);
		expect(presentSearch([], 'en')).toBe('');
	});

	it('is read back by readDeck through URLSearchParams', () => {
		const slides: Slide[] = [{ view: 'partners', query: 'partners=KAZ%2CUZB&from=2020' }];
		const params = new URLSearchParams(presentSearch(slides, 'it'));
		expect(readDeck(params.get('slides') ?? '')).toEqual({ slides, invalid: false });
	});
});

const slideState = fc
	.record({
		partners: fc.option(fc.uniqueArray(fc.constantFrom(...ALL_PARTNERS), { minLength: 1 }), {
			nil: null
		}),
		flow: fc.constantFrom(...MEASURES),
		sector: fc.option(
			fc
				.string({ minLength: 1, maxLength: 20, unit: 'grapheme' })
				// eslint-disable-next-line no-control-regex
				.filter((s) => s.trim() === s && !/[\u0000-\u001f\u007f]/.test(s))
				.map((s) => `grp:${s}`),
			{ nil: null }
		),
		focus: fc.option(fc.constantFrom(...ALL_PARTNERS), { nil: null })
	})
	.map((patch) => ({ ...defaultState(), ...patch }));

describe('deck properties', () => {
	it('decode(encode(deck)) = deck for canonical slides', () => {
		fc.assert(
			fc.property(
				fc.array(fc.tuple(fc.constantFrom(...SLIDE_VIEWS), slideState), { maxLength: 6 }),
				(items) => {
					const slides = items.map(([view, s]) => ({ view, query: slideQuery(s) }));
					const url = new URLSearchParams(`x=${deckParam(encodeDeck(slides))}`);
					const back = readDeck(url.get('x') ?? '');
					if (slides.length === 0) expect(back.slides).toEqual([]);
					else expect(back).toEqual({ slides, invalid: false });
				}
			),
			{ numRuns: 300 }
		);
	});

	it('never throws on arbitrary input and is idempotent', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary' }), (raw) => {
				const once = readDeck(raw).slides;
				expect(readDeck(encodeDeck(once)).slides).toEqual(once);
			}),
			{ numRuns: 500 }
		);
	});
});
