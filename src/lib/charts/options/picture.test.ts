import * as echarts from 'echarts/core';
import { LineChart } from 'echarts/charts';
import {
	GraphicComponent,
	GridComponent,
	LegendComponent,
	TitleComponent
} from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import { describe, expect, it } from 'vitest';
import {
	addedLegend,
	EXPORT_FONT,
	exportBands,
	exportFileName,
	exportHeight,
	exportOption,
	FRAME,
	legendRows,
	wrapText,
	MAX_WRAP_LINES,
	estimateWidth,
	type ExportText
} from './picture';
import { baseOption } from './theme';

echarts.use([
	LineChart,
	GraphicComponent,
	GridComponent,
	LegendComponent,
	TitleComponent,
	SVGRenderer
]);

/** Every character is 10 px wide: wrapping becomes arithmetic. */
const mono = (text: string) => text.length * 10;

const text: ExportText = {
	title: 'Trade over time',
	subtitle: 'Italian exports, EUR, reported by Italy',
	source: 'Eurostat Comext data browser (extract of Nov 2024)',
	vintage: 'Eurostat Comext extract of Nov 2024; national statistics to 2023',
	lang: 'en'
};

const onScreen = {
	...baseOption,
	grid: { left: 72, right: 16, top: 40, bottom: 28 },
	legend: { top: 0, left: 0, type: 'scroll', data: ['Kazakhstan', 'Uzbekistan'] },
	tooltip: { trigger: 'item' },
	xAxis: { type: 'category', data: ['2022', '2023'] },
	yAxis: { type: 'value' },
	series: [
		{ id: 'line-KAZ', name: 'Kazakhstan', type: 'line', data: [826_000_000, 1_068_000_000] },
		{ id: 'line-UZB', name: 'Uzbekistan', type: 'line', data: [426_000_000, 493_000_000] }
	]
};

describe('wrapText', () => {
	it.each<[string, number, string[]]>([
		['one two three', 130, ['one two three']],
		['one two three', 70, ['one two', 'three']],
		['one two three', 30, ['one', 'two', 'thr', 'ee']],
		['a\nb', 100, ['a', 'b']],
		['', 100, []]
	])('%j at %d px', (input, width, lines) => {
		expect(wrapText(input, width, 10, false, mono)).toEqual(lines);
	});

	it('wraps a 1,000,000-character word into a few bounded lines ending with …', () => {
		const word = 'x'.repeat(1_000_000);
		for (const measure of [mono, undefined]) {
			const lines = wrapText(word, 400, 11, false, measure);
			expect(lines).toHaveLength(MAX_WRAP_LINES);
			for (const line of lines) {
				expect(line.length).toBeLessThanOrEqual(400 / (11 * 0.2));
				expect((measure ?? estimateWidth)(line, 11, false)).toBeLessThanOrEqual(400);
			}
			expect(lines.at(-1)?.endsWith('…')).toBe(true);
		}
	});

	it('bounds a long text of words too, and a text of one line per word', () => {
		const words = 'Eurostat '.repeat(200_000);
		const lines = wrapText(words, 300, 11, false);
		expect(lines).toHaveLength(MAX_WRAP_LINES);
		expect(lines.at(-1)).toMatch(/…$/);
		expect(wrapText('a\n'.repeat(100_000), 300, 11, false, mono, 3)).toEqual(['a', 'a', 'a…']);
	});

	it('writes no … when the text fits in the lines', () => {
		expect(wrapText('one two three', 70, 10, false, mono, 2)).toEqual(['one two', 'three']);
		expect(wrapText('one two three', 70, 10, false, mono, 1)).toEqual(['one tw…']);
	});
});

describe('exportBands', () => {
	it('sizes the bands from the number of lines', () => {
		const b = exportBands(text, 2 * FRAME.pad + 400, mono);
		expect(b.titleLines).toEqual(['Trade over time']);
		expect(b.subtitleLines).toEqual(['Italian exports, EUR, reported by Italy']);
		expect(b.footerLines).toEqual([
			'Source: Eurostat Comext data browser',
			'(extract of Nov 2024)',
			'Data vintage: Eurostat Comext extract of',
			'Nov 2024; national statistics to 2023'
		]);
		expect(b.top).toBe(
			FRAME.top + FRAME.titleLine + FRAME.titleGap + FRAME.subtitleLine + FRAME.afterTitle
		);
		expect(b.bottom).toBe(FRAME.beforeFooter + 4 * FRAME.footerLine + FRAME.bottom);
	});

	it('speaks the chosen language and lists notes first', () => {
		const b = exportBands({ ...text, lang: 'it', notes: ['USD convertiti in EUR'] }, 2000, mono);
		expect(b.footerLines[0]).toBe('USD convertiti in EUR');
		expect(b.footerLines[1]).toMatch(/^Fonte: /);
		expect(b.footerLines[2]).toMatch(/^Aggiornamento dei dati: /);
	});

	it('keeps the plot height: picture = chart + bands', () => {
		const b = exportBands(text, 600, mono);
		expect(exportHeight(text, 600, 340, mono)).toBe(340 + b.top + b.bottom);
	});
});

describe('legendRows', () => {
	it('counts the rows of a plain horizontal legend', () => {
		expect(legendRows([], 500, 12, mono)).toBe(0);
		expect(legendRows(['aaaa', 'bbbb'], 500, 12, mono)).toBe(1);
		// each item: 25 + 5 + 40 = 70, plus a gap of 10
		expect(legendRows(['aaaa', 'bbbb', 'cccc'], 150, 12, mono)).toBe(2);
	});
});

describe('exportOption', () => {
	const width = 640;
	const height = 520;
	const out = exportOption(onScreen, { ...text, width, height, measure: mono }) as Record<
		string,
		unknown
	>;
	const bands = exportBands(text, width, mono);

	it('puts title and subtitle on top', () => {
		const [title] = out.title as { text: string; subtext: string; left: number }[];
		expect(title).toMatchObject({
			text: 'Trade over time',
			subtext: 'Italian exports, EUR, reported by Italy',
			left: FRAME.pad
		});
	});

	it('moves the legend and the plot down, and the plot up from the footer', () => {
		const [legend] = out.legend as Record<string, unknown>[];
		expect(legend).toMatchObject({ top: bands.top, type: 'plain', left: FRAME.pad });
		const [grid] = out.grid as Record<string, unknown>[];
		expect(grid).toMatchObject({ top: 40 + bands.top, bottom: 28 + bands.bottom, left: 72 });
	});

	it('writes source and vintage at the bottom', () => {
		const graphic = out.graphic as { type: string; style?: { text?: string } }[];
		const footer = graphic.find((g) => g.type === 'text');
		expect(footer?.style?.text).toContain('Source: Eurostat Comext');
		expect(footer?.style?.text).toContain('Data vintage: Eurostat Comext extract of Nov 2024');
	});

	it('is a picture: white, no tooltip, no animation, SVG-safe fonts', () => {
		expect(out.backgroundColor).toBe('#ffffff');
		expect(out.animation).toBe(false);
		expect(out.tooltip).toEqual({ show: false });
		expect(JSON.stringify(out)).not.toContain('\\"');
		expect(EXPORT_FONT).not.toContain('"');
	});

	it('accepts getOption()-style arrays and keeps existing graphic elements', () => {
		const normalized = {
			...onScreen,
			grid: [{ top: 10, bottom: 20 }],
			legend: [{ top: 'auto', show: true, data: [] }],
			graphic: [{ elements: [{ type: 'text', id: 'mine' }] }]
		};
		const o = exportOption(normalized, { ...text, width, height, measure: mono }) as Record<
			string,
			unknown
		>;
		expect((o.grid as Record<string, unknown>[])[0]).toMatchObject({
			top: 10 + bands.top,
			bottom: 20 + bands.bottom
		});
		expect((o.legend as Record<string, unknown>[])[0]).toMatchObject({ top: bands.top });
		const [g] = o.graphic as { elements: { id?: string }[] }[];
		expect(g?.elements[0]?.id).toBe('mine');
		// mine, then the footer's white band, its rule and its text
		expect(g?.elements).toHaveLength(4);
	});

	it('makes the same room for a series in a box of its own (the map)', () => {
		const map = { series: [{ type: 'map', map: 'x', top: 4, bottom: 4, left: 4, right: 4 }] };
		const o = exportOption(map, { ...text, width, height, measure: mono }) as Record<
			string,
			unknown
		>;
		expect((o.series as Record<string, unknown>[])[0]).toMatchObject({
			top: 4 + bands.top,
			bottom: 4 + bands.bottom,
			left: 4
		});
		// series on a grid are left alone
		expect(out.series).toEqual(onScreen.series);
		// whatever the map draws past its box, the footer band is painted over it
		const band = (o.graphic as { type: string; z?: number; shape?: { y: number } }[]).find(
			(g) => g.type === 'rect' && (g.z ?? 0) >= 100
		);
		expect(band?.shape?.y).toBeLessThan(height - bands.bottom + FRAME.beforeFooter / 2);
	});

	it('renders in headless ECharts to an SVG holding title, source and vintage', () => {
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
		chart.setOption(exportOption(onScreen, { ...text, width, height }));
		const svg = chart.renderToSVGString();
		chart.dispose();
		expect(svg).toContain('Trade over time');
		expect(svg).toContain('Eurostat Comext data browser');
		expect(svg).toContain('Data vintage');
		// a double quote inside style="…" would make the file invalid XML
		expect(svg).not.toMatch(/style="[^"]*"[A-Za-z]/);
	});
});

describe('exportFileName', () => {
	it.each<[(string | number | null)[], string, string]>([
		[['volumes', 'KGZ', 'export', 2024], 'png', 'italy-central-asia-volumes-KGZ-export-2024.png'],
		[
			['sectors', 'grp:rare earths', null, 'import'],
			'csv',
			'italy-central-asia-sectors-grp-rare-earths-import.csv'
		],
		[['growth', 'Crescità', ''], 'svg', 'italy-central-asia-growth-Crescita.svg'],
		[[], 'png', 'italy-central-asia-chart.png']
	])('%j', (parts, ext, name) => {
		expect(exportFileName(parts, ext)).toBe(name);
	});
});

describe('addedLegend', () => {
	const stacked = {
		grid: { top: 8, bottom: 24 },
		series: [
			{ name: 'Machinery', type: 'bar', stack: 's', data: [1] },
			{ name: 'Not broken down', type: 'bar', stack: 's', data: [1] }
		]
	};

	it('gives a picture a legend when the screen has it in HTML', () => {
		const added = addedLegend(stacked, 600, mono);
		expect(added).toEqual({ names: ['Machinery', 'Not broken down'], height: 22 });
		const o = exportOption(stacked, { ...text, width: 600, height: 400, measure: mono }) as {
			legend: Record<string, unknown>[];
			grid: Record<string, unknown>[];
		};
		const bands = exportBands(text, 600, mono);
		expect(o.legend[0]).toMatchObject({
			data: ['Machinery', 'Not broken down'],
			bottom: bands.bottom
		});
		expect(o.grid[0]?.bottom).toBe(24 + bands.bottom + 22);
		expect(exportHeight(text, 600, 300, mono, stacked)).toBe(300 + bands.top + bands.bottom + 22);
	});

	it('adds none to a chart with a legend or a single series', () => {
		expect(addedLegend(onScreen, 600, mono)).toBeNull();
		expect(addedLegend({ series: [{ name: 'a', type: 'bar' }] }, 600, mono)).toBeNull();
	});
});
