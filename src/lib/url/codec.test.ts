import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALL_PARTNERS, CURRENCIES, MEASURES } from '../data/schema';
import { HS_SECTIONS } from '../i18n/hs';
import { LANGS } from '../i18n/lang';
import {
	decodeState,
	DEFAULT_STATE,
	defaultState,
	encodeState,
	GRAINS,
	GROWTH_MODES,
	migrate,
	normalizeSector,
	PARAMS,
	REPORTERS,
	SCALES,
	stateToSearch,
	YEAR_MAX,
	YEAR_MIN,
	type Migration,
	type Notice,
	type ViewState
} from './codec';

const decode = (query: string) => decodeState(new URLSearchParams(query));
const withDefaults = (patch: Partial<ViewState>): ViewState => ({ ...defaultState(), ...patch });

describe('decodeState', () => {
	it('gives the default state and no notices for an empty query', () => {
		expect(decode('')).toEqual({ state: DEFAULT_STATE, notices: [] });
	});

	it.each<[string, Partial<ViewState>]>([
		['lang=it', { lang: 'it' }],
		['lang=IT', { lang: 'it' }],
		['lang=en', {}],
		['partners=KAZ,UZB', { partners: ['KAZ', 'UZB'] }],
		['partners=uzb,kaz', { partners: ['UZB', 'KAZ'] }],
		['partners=KAZ,kaz,UZB,KAZ', { partners: ['KAZ', 'UZB'] }],
		['partners=RUS,AZE', { partners: ['RUS', 'AZE'] }],
		['partners= KAZ , ,TJK', { partners: ['KAZ', 'TJK'] }],
		['flow=import', { flow: 'import' }],
		['flow=Balance', { flow: 'balance' }],
		['from=2015', { from: 2015 }],
		['to=2023', { to: 2023 }],
		['from=2015&to=2023', { from: 2015, to: 2023 }],
		['from=2020&to=2020', { from: 2020, to: 2020 }],
		['from=1990&to=2100', { from: 1990, to: 2100 }],
		['reporter=partner', { reporter: 'partner' }],
		['reporter=ita', {}],
		['sector=27', { sector: '27' }],
		['sector=2709', { sector: '2709' }],
		['sector=27090010', { sector: '27090010' }],
		['sector=v', { sector: 'V' }],
		['sector=XXI', { sector: 'XXI' }],
		['sector=TOTAL', {}],
		['sector=total', {}],
		['sector=grp:rare-earths', { sector: 'grp:rare-earths' }],
		['sector=grp%3ARare%20earths', { sector: 'grp:Rare earths' }],
		['currency=USD', { currency: 'USD' }],
		['currency=usd', { currency: 'USD' }],
		['events=0', { events: false }],
		['events=1', {}],
		['growth=cagr', { growth: 'cagr' }],
		['growth=index&base=2015', { growth: 'index', base: 2015 }],
		['grain=month', { grain: 'month' }],
		['grain=Quarter', { grain: 'quarter' }],
		['grain=year', {}],
		['scale=log', { scale: 'log' }],
		['scale=linear', {}],
		['focus=KGZ', { focus: 'KGZ' }],
		['focus=kgz', { focus: 'KGZ' }],
		['event=2023-01|Tokayev visits Italy', { event: '2023-01|Tokayev visits Italy' }],
		['mapyear=2021', { mapyear: 2021 }],
		['tables=volumes', { tables: ['volumes'] }],
		['tables=volumes,Sectors,volumes', { tables: ['volumes', 'sectors'] }],
		[
			'lang=it&partners=KAZ&flow=turnover&from=2010&to=2024&reporter=partner&sector=84&currency=USD&events=0&growth=index&base=2010&focus=KAZ&tables=growth,mirror',
			{
				lang: 'it',
				partners: ['KAZ'],
				flow: 'turnover',
				from: 2010,
				to: 2024,
				reporter: 'partner',
				sector: '84',
				currency: 'USD',
				events: false,
				growth: 'index',
				base: 2010,
				focus: 'KAZ',
				tables: ['growth', 'mirror']
			}
		]
	])('%s', (query, patch) => {
		expect(decode(query)).toEqual({ state: withDefaults(patch), notices: [] });
	});
});

describe('decodeState: what it cannot use, as notices', () => {
	it.each<[string, Partial<ViewState>, Notice[]]>([
		['lang=de', {}, [{ param: 'lang', value: 'de', code: 'unknown-value' }]],
		['lang=', {}, [{ param: 'lang', value: '', code: 'unknown-value' }]],
		['partners=', {}, [{ param: 'partners', value: '', code: 'malformed' }]],
		['partners=,,', {}, [{ param: 'partners', value: ',,', code: 'malformed' }]],
		[
			'partners=KAZ,CHN,UZB',
			{ partners: ['KAZ', 'UZB'] },
			[{ param: 'partners', value: 'CHN', code: 'unknown-value' }]
		],
		[
			'partners=ITA,xx',
			{},
			[
				{ param: 'partners', value: 'ITA', code: 'unknown-value' },
				{ param: 'partners', value: 'xx', code: 'unknown-value' }
			]
		],
		['flow=exports', {}, [{ param: 'flow', value: 'exports', code: 'unknown-value' }]],
		['from=15', {}, [{ param: 'from', value: '15', code: 'malformed' }]],
		['from=2015.5', {}, [{ param: 'from', value: '2015.5', code: 'malformed' }]],
		['from=1e3', {}, [{ param: 'from', value: '1e3', code: 'malformed' }]],
		['from=1989', {}, [{ param: 'from', value: '1989', code: 'out-of-range' }]],
		['to=2101', {}, [{ param: 'to', value: '2101', code: 'out-of-range' }]],
		[
			'from=2023&to=2015',
			{ from: 2015, to: 2023 },
			[{ param: 'from', value: '2023', code: 'out-of-range' }]
		],
		['reporter=KAZ', {}, [{ param: 'reporter', value: 'KAZ', code: 'unknown-value' }]],
		['sector=XXII', {}, [{ param: 'sector', value: 'XXII', code: 'unknown-value' }]],
		['sector=270', {}, [{ param: 'sector', value: '270', code: 'unknown-value' }]],
		['sector=grp:', {}, [{ param: 'sector', value: 'grp:', code: 'unknown-value' }]],
		['sector=oil', {}, [{ param: 'sector', value: 'oil', code: 'unknown-value' }]],
		['currency=GBP', {}, [{ param: 'currency', value: 'GBP', code: 'unknown-value' }]],
		['events=yes', {}, [{ param: 'events', value: 'yes', code: 'unknown-value' }]],
		['growth=share', {}, [{ param: 'growth', value: 'share', code: 'unknown-value' }]],
		['grain=week', {}, [{ param: 'grain', value: 'week', code: 'unknown-value' }]],
		['scale=sqrt', {}, [{ param: 'scale', value: 'sqrt', code: 'unknown-value' }]],
		['base=abc', {}, [{ param: 'base', value: 'abc', code: 'malformed' }]],
		['base=2200', {}, [{ param: 'base', value: '2200', code: 'out-of-range' }]],
		['focus=ITA', {}, [{ param: 'focus', value: 'ITA', code: 'unknown-value' }]],
		['event=visit', {}, [{ param: 'event', value: 'visit', code: 'malformed' }]],
		['tables=', {}, [{ param: 'tables', value: '', code: 'malformed' }]],
		[
			'tables=volumes,<script>',
			{ tables: ['volumes'] },
			[{ param: 'tables', value: '<script>', code: 'malformed' }]
		],
		['utm_source=x', {}, [{ param: 'utm_source', value: 'x', code: 'unknown-param' }]],
		['v=2', {}, [{ param: 'v', value: '2', code: 'unknown-param' }]],
		['lang=it&lang=en', { lang: 'it' }, [{ param: 'lang', value: 'en', code: 'malformed' }]],
		[
			'lang=xx&flow=yy&from=2030&to=2020',
			{ from: 2020, to: 2030 },
			[
				{ param: 'lang', value: 'xx', code: 'unknown-value' },
				{ param: 'flow', value: 'yy', code: 'unknown-value' },
				{ param: 'from', value: '2030', code: 'out-of-range' }
			]
		]
	])('%s falls back with notices', (query, patch, notices) => {
		expect(decode(query)).toEqual({ state: withDefaults(patch), notices });
	});

	it('does not report parameters declared as owned by someone else', () => {
		const { notices } = decodeState(new URLSearchParams('slides=1,2&view=volumes&x=1'), {
			otherParams: ['slides', 'view']
		});
		expect(notices).toEqual([{ param: 'x', value: '1', code: 'unknown-param' }]);
	});

	it('does not modify its input', () => {
		const params = new URLSearchParams('lang=it&measure=import');
		const rename: Migration = {
			id: 'test',
			migrate: (p) => {
				const out = new URLSearchParams(p);
				out.delete('measure');
				return out;
			}
		};
		decodeState(params, { migrations: [rename] });
		expect(params.toString()).toBe('lang=it&measure=import');
	});
});

describe('migrate', () => {
	const renameMeasure: Migration = {
		id: 'measure-to-flow',
		migrate(params) {
			const out = new URLSearchParams(params);
			const old = out.get('measure');
			out.delete('measure');
			if (old !== null && !out.has('flow')) out.set('flow', old);
			return out;
		}
	};
	const renameImportValue: Migration = {
		id: 'imports-to-import',
		migrate(params) {
			const out = new URLSearchParams(params);
			if (out.get('flow') === 'imports') out.set('flow', 'import');
			return out;
		}
	};

	it.each([
		['measure=imports', 'flow=import'],
		['measure=export&lang=it', 'lang=it&flow=export'],
		['flow=balance', 'flow=balance'],
		['', '']
	])('%s → %s', (query, expected) => {
		const out = migrate(new URLSearchParams(query), [renameMeasure, renameImportValue]);
		expect(out.toString()).toBe(expected);
	});

	it('runs in order (the reverse order would miss the rename)', () => {
		const out = migrate(new URLSearchParams('measure=imports'), [renameImportValue, renameMeasure]);
		expect(out.toString()).toBe('flow=imports');
	});

	it('is applied by decodeState before decoding', () => {
		const { state, notices } = decodeState(new URLSearchParams('measure=imports'), {
			migrations: [renameMeasure, renameImportValue]
		});
		expect(state).toEqual(withDefaults({ flow: 'import' }));
		expect(notices).toEqual([]);
	});

	it('is the identity with no migrations', () => {
		expect(migrate(new URLSearchParams('a=1&b=2')).toString()).toBe('a=1&b=2');
	});
});

describe('encodeState', () => {
	it.each<[Partial<ViewState>, string]>([
		[{}, ''],
		[{ lang: 'it' }, 'lang=it'],
		[{ partners: ['UZB', 'KAZ'] }, 'partners=UZB%2CKAZ'],
		[{ partners: [] }, ''],
		[{ from: 2015, lang: 'it' }, 'lang=it&from=2015'],
		[{ to: 2020, from: 2015 }, 'from=2015&to=2020'],
		[{ sector: 'TOTAL' }, ''],
		[{ sector: '27', currency: 'USD' }, 'sector=27&currency=USD'],
		[{ events: false }, 'events=0'],
		[{ growth: 'index', base: 2010 }, 'growth=index&base=2010'],
		[{ tables: ['volumes', 'growth'], focus: 'KAZ' }, 'focus=KAZ&tables=volumes%2Cgrowth'],
		[{ event: '2023-01|A visit' }, 'event=2023-01%7CA+visit'],
		[{ reporter: 'partner', flow: 'balance' }, 'flow=balance&reporter=partner']
	])('%o → %s', (patch, expected) => {
		expect(encodeState(withDefaults(patch)).toString()).toBe(expected);
	});

	it('writes parameters in the documented order', () => {
		const all = withDefaults({
			lang: 'it',
			partners: ['KAZ'],
			flow: 'import',
			from: 2000,
			to: 2001,
			reporter: 'partner',
			sector: 'V',
			currency: 'USD',
			events: false,
			growth: 'cagr',
			grain: 'month',
			scale: 'log',
			base: 2000,
			focus: 'KAZ',
			event: '2024|A forum',
			mapyear: 2021,
			tables: ['x'],
			deck: [{ view: 'volumes', query: '' }]
		});
		expect([...encodeState(all).keys()]).toEqual([...PARAMS]);
	});
});

describe('stateToSearch', () => {
	it.each<[Partial<ViewState>, string]>([
		[{}, ''],
		[{ partners: ['KAZ', 'UZB'] }, '?partners=KAZ,UZB'],
		[{ sector: 'grp:rare-earths' }, '?sector=grp:rare-earths'],
		[{ sector: 'grp:a,b%2C c' }, '?sector=grp:a,b%252C+c']
	])('%o → %s', (patch, expected) => {
		const search = stateToSearch(withDefaults(patch));
		expect(search).toBe(expected);
		expect(decodeState(new URLSearchParams(search)).state).toEqual(withDefaults(patch));
	});
});

const year = fc.integer({ min: YEAR_MIN, max: YEAR_MAX });
const sectorCode = fc.oneof(
	fc.constant(null),
	fc.stringMatching(/^\d{2}(\d{2}){0,3}$/),
	fc.constantFrom(...HS_SECTIONS.map((s) => s.numeral)),
	fc
		.string({ minLength: 1, maxLength: 100 })
		.filter((s) => s.trim() === s && normalizeSector(`grp:${s}`) === `grp:${s}`)
		.map((s) => `grp:${s}`)
);
const validState: fc.Arbitrary<ViewState> = fc
	.record({
		lang: fc.constantFrom(...LANGS),
		partners: fc.option(fc.uniqueArray(fc.constantFrom(...ALL_PARTNERS), { minLength: 1 }), {
			nil: null
		}),
		flow: fc.constantFrom(...MEASURES),
		years: fc.tuple(fc.option(year, { nil: null }), fc.option(year, { nil: null })),
		reporter: fc.constantFrom(...REPORTERS),
		sector: sectorCode,
		currency: fc.constantFrom(...CURRENCIES),
		events: fc.boolean(),
		growth: fc.constantFrom(...GROWTH_MODES),
		grain: fc.constantFrom(...GRAINS),
		scale: fc.constantFrom(...SCALES),
		base: fc.option(year, { nil: null }),
		focus: fc.option(fc.constantFrom(...ALL_PARTNERS), { nil: null }),
		event: fc.option(
			fc
				.tuple(fc.constantFrom('2023', '2023-01', '2023-01-24'), fc.string({ minLength: 1 }))
				.map(([date, title]) => `${date}|${title.trim() || 'x'}`),
			{ nil: null }
		),
		mapyear: fc.option(year, { nil: null }),
		tables: fc.uniqueArray(fc.stringMatching(/^[a-z][a-z0-9-]{0,31}$/), { maxLength: 5 })
	})
	.map(({ years: [a, b], ...rest }): ViewState => {
		const [from, to] = a !== null && b !== null && a > b ? [b, a] : [a, b];
		return { ...rest, partners: rest.partners ? [...rest.partners] : null, from, to };
	});

describe('codec properties', () => {
	it('decode(encode(s)) = s with no notices, for random valid states', () => {
		fc.assert(
			fc.property(validState, (s) => {
				expect(decodeState(encodeState(s))).toEqual({ state: s, notices: [] });
				expect(decodeState(new URLSearchParams(stateToSearch(s)))).toEqual({
					state: s,
					notices: []
				});
			}),
			{ numRuns: 500 }
		);
	});

	it('never throws on random values for every parameter, and yields a valid state', () => {
		const anyValue = fc.oneof(
			fc.string(),
			fc.string({ unit: 'grapheme' }),
			fc.string({ unit: 'binary' }),
			fc.constantFrom('', ',', '%', '%E0%A4%A', '__proto__', 'constructor', '1e400', '-0')
		);
		const anyName = fc.oneof(fc.constantFrom(...PARAMS), fc.string());
		fc.assert(
			fc.property(fc.array(fc.tuple(anyName, anyValue), { maxLength: 20 }), (pairs) => {
				const { state, notices } = decodeState(new URLSearchParams(pairs));
				// the result re-encodes to itself: it is a valid state
				expect(decodeState(encodeState(state))).toEqual({ state, notices: [] });
				expect(Array.isArray(notices)).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});

	it('never throws on random raw query strings', () => {
		fc.assert(
			fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (query) => {
				const { state } = decodeState(new URLSearchParams(query));
				expect(state.from === null || state.to === null || state.from <= state.to).toBe(true);
			}),
			{ numRuns: 1000 }
		);
	});
});
