/**
 * Colours and type shared by every chart. Partner colours are a colour-blind-safe set (after
 * Okabe–Ito) darkened where needed so each reaches 3:1 against white (WCAG 1.4.11).
 */
export const PARTNER_COLORS: Readonly<Record<string, string>> = {
	KAZ: '#0072B2',
	UZB: '#007A5A',
	KGZ: '#C44E00',
	TJK: '#AA4499',
	TKM: '#8C6D00',
	RUS: '#555555',
	AZE: '#6B5BA8'
};
export const FALLBACK_COLORS = ['#1F4E79', '#7A3E00', '#3B6E22', '#6A1B4D', '#00575E'];

export function partnerColor(code: string, i = 0): string {
	return PARTNER_COLORS[code] ?? FALLBACK_COLORS[i % FALLBACK_COLORS.length] ?? '#333333';
}

/**
 * A colour mixed with white (`amount` 0 = unchanged, 1 = white): bars that are not the selected
 * country. Unlike `opacity`, it leaves their value labels at full contrast.
 */
export function faded(hex: string, amount = 0.6): string {
	const m = /^#([0-9a-f]{6})$/i.exec(hex);
	if (!m) return hex;
	const n = parseInt(m[1] as string, 16);
	const mix = (c: number) => Math.round(c + (255 - c) * amount);
	const [r, g, b] = [mix((n >> 16) & 255), mix((n >> 8) & 255), mix(n & 255)];
	return `#${((1 << 24) | (r << 16) | (g << 8) | b).toString(16).slice(1)}`;
}

/** Sector segments, then the "not broken down" remainder in a neutral grey with a hatch. */
export const SECTOR_COLORS = [
	'#0072B2',
	'#C44E00',
	'#007A5A',
	'#AA4499',
	'#8C6D00',
	'#1F4E79',
	'#7A3E00',
	'#3B6E22'
];
export const REMAINDER_COLOR = '#B8BEC6';
/** Sectors beyond the named ones: darker than the remainder, and not hatched. */
export const OTHER_COLOR = '#6B7480';

export const TEXT = '#1d2733';
export const MUTED = '#4a5563';
export const GRID_LINE = '#e3e7ec';
export const EVENT_COLOR = '#5b4a8b';
export const FONT =
	'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

export const baseOption = {
	animation: false,
	textStyle: { fontFamily: FONT, color: TEXT, fontSize: 12 },
	// ECharts' own description (English only, "the data for ITA is NaN") would replace the
	// translated, data-built `aria-label` that EChart.svelte puts on the chart's box.
	aria: { enabled: true, label: { enabled: false }, decal: { show: false } }
};
