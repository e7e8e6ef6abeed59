/** The bad-input catalogue, group G: URL state (test data, imported only by tests). */
import type { CatalogueCase } from './cases';
import { HOSTILE } from './build';

export const G: CatalogueCase[] = [
	{
		kind: 'url',
		id: 'G1',
		description: 'a 3 MB query (over Chrome’s 2 MB URL cap)',
		catalogue: 'never produces a URL over 2 MB; no crash',
		deviation:
			'repeated partners are dropped as documented (no notice); the state that comes out re-encodes to a short URL',
		query: () => `partners=${'KAZ,'.repeat(750_000)}UZB&tables=${'volumes,'.repeat(10)}`,
		expected: 'parse',
		budgetMs: 2000
	},
	{
		kind: 'url',
		id: 'G2',
		description: 'truncated or corrupted percent-encoding',
		catalogue: 'default view plus the notice "link is damaged"; no exception',
		query: () => 'lang=it&flow=exp%E0%A4%A&from=20%&partners=KA%',
		expected: 'partial',
		noticed: ['flow', 'from', 'partners']
	},
	{
		kind: 'url',
		id: 'G3',
		description: '`__proto__` and `constructor[prototype]` parameters',
		catalogue: 'rejected by the schema; ({}).polluted === undefined',
		query: () =>
			'__proto__[polluted]=1&constructor[prototype][polluted]=1&__proto__=x&partners=__proto__',
		expected: 'partial',
		noticed: ['__proto__', 'partners']
	},
	{
		kind: 'url',
		id: 'G4',
		description: 'unknown keys, wrong types, NaN, 1e308, negative, 100,000-item lists',
		catalogue: 'schema-clamped or rejected with a notice',
		query: () =>
			`from=NaN&to=1e308&base=-5&events=2&growth=[]&focus=-1&tables=${'a,'.repeat(100_000)}&zzz=1`,
		expected: 'partial',
		noticed: ['from', 'to', 'base', 'events', 'growth', 'focus', 'zzz'],
		budgetMs: 2000
	},
	{
		kind: 'url',
		id: 'G5',
		description: 'a link naming a dataset that is not on this device',
		catalogue: 'clear message; embeds carry their data',
		deviation:
			'links never name datasets (the URL holds only the view), so the parameter is unknown and reported; the view opens on the data this device has',
		query: () => 'dataset=up-1234&flow=import',
		expected: 'partial',
		noticed: ['dataset']
	},
	{
		kind: 'url',
		id: 'G6',
		description: 'HTML and JS in state values',
		catalogue: 'shown as text; templates, links, CSS and JS never accepted from the URL',
		query: () =>
			`tables=${encodeURIComponent(HOSTILE)}&sector=${encodeURIComponent('grp:<script>')}&lang=${encodeURIComponent('javascript:alert(1)')}`,
		expected: 'partial',
		noticed: ['tables', 'lang']
	},
	{
		kind: 'url',
		id: 'G7',
		description: 'a state from an older app version (`v=1`)',
		catalogue: 'migrated, or the notice "link from an older version"',
		query: () => 'v=1&flow=export&partners=KAZ',
		expected: 'partial',
		noticed: ['v']
	}
];
