import { describe, expect, it } from 'vitest';
import { t } from '$lib/i18n/messages';
import { BUNDLED_VINTAGE } from '$lib/state/bundled';
import { defaultState } from '$lib/url/codec';
import { SLIDE_VIEWS } from '$lib/url/deck';
import {
	citeText,
	embedHeight,
	embedUrl,
	iframeSnippet,
	isoToday,
	permalink,
	rootFromDashboardPath,
	vintageText
} from './links';

const state = {
	...defaultState(),
	lang: 'it' as const,
	partners: ['KGZ'],
	deck: [{ view: 'growth' as const, query: '' }]
};

describe('links', () => {
	it('builds the permalink and the embed URL without the deck', () => {
		expect(permalink('https://x.org', '/', state)).toBe('https://x.org/?lang=it&partners=KGZ');
		expect(embedUrl('https://x.org', '/app/', 'volumes', state)).toBe(
			'https://x.org/app/embed/volumes?lang=it&partners=KGZ'
		);
		expect(rootFromDashboardPath('/app')).toBe('/app/');
		expect(rootFromDashboardPath('/')).toBe('/');
	});

	it('has an embed URL and a starting height for every view, the four later ones too', () => {
		for (const view of SLIDE_VIEWS) {
			expect(embedUrl('https://x.org', '/', view, state)).toBe(
				`https://x.org/embed/${view}?lang=it&partners=KGZ`
			);
			expect(embedHeight(view)).toBeGreaterThanOrEqual(300);
		}
		expect(SLIDE_VIEWS).toEqual(expect.arrayContaining(['mirror', 'map', 'events', 'investment']));
	});

	it('escapes the iframe attributes', () => {
		expect(iframeSnippet('https://x.org/embed/growth?a=1&b=2', 'A "B" <C>', 560)).toBe(
			'<iframe src="https://x.org/embed/growth?a=1&amp;b=2" title="A &quot;B&quot; &lt;C>" width="100%" height="560" style="border:0" loading="lazy"></iframe>'
		);
	});

	it('keeps the Italian vintage in step with the bundled data', () => {
		expect(t('en', 'export.vintageBundled')).toBe(BUNDLED_VINTAGE);
		expect(vintageText('en')).toBe(BUNDLED_VINTAGE);
		expect(vintageText('it')).toMatch(/^estrazione Eurostat Comext di novembre 2024/);
		expect(vintageText('it', true)).toMatch(/più i file caricati dall’utente$/);
	});

	it('cites a view with its access date in the chosen language', () => {
		const cite = (lang: 'en' | 'it') =>
			citeText({
				lang,
				title: 'Growth',
				subtitle: 'CAGR, 2021–2023',
				sources: ['Eurostat Comext', 'ISTAT'],
				vintage: 'Nov 2024',
				url: 'https://x.org/?growth=cagr',
				accessed: '2025-03-05'
			});
		expect(cite('en')).toBe(
			'Italy – Central Asia trade: “Growth” (CAGR, 2021–2023). Source: Eurostat Comext; ISTAT. Data vintage: Nov 2024. https://x.org/?growth=cagr (accessed 5 March 2025).'
		);
		expect(cite('it')).toBe(
			'Commercio Italia – Asia centrale: «Growth» (CAGR, 2021–2023). Fonte: Eurostat Comext; ISTAT. Aggiornamento dei dati: Nov 2024. https://x.org/?growth=cagr (consultato il 5 marzo 2025).'
		);
	});

	it('dates downloads in local time', () => {
		expect(isoToday(new Date(2025, 2, 5, 23, 59))).toBe('2025-03-05');
	});
});
