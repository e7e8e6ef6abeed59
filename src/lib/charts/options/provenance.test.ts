/**
 * What a user reads on a chart about where a figure comes from: the tooltip names the reporter and
 * the source, and for a converted figure "USD converted at ECB rates" with the value as published;
 * a provisional or estimated figure is marked ("p", "e") with a legend line only when one is
 * drawn; a chart with no figure draws no meaningless axis ("€0 €0 €1") but says "no data".
 */
import { describe, expect, it } from 'vitest';
import { bundledPrep } from '../../views/core/fixtures.test-util';
import type { MeasurePoint } from '../../data/analysis/measures';
import { measurePoint } from '../../data/analysis/fixtures.test-util';
import { selectionOf } from '../../views/core/prepared';
import { partnersData } from '../../views/partners/data';
import { volumesData, type Series } from '../../views/volumes/data';
import type { ChartContext } from './context';
import { growthOption, type GrowthData } from '../../views/growth/option';
import { provenance } from './labels';
import { flagMark, hasFinite } from './marks';
import { mirrorOption, type MirrorBar } from '../../views/mirror/option';
import { partnersOption, type Bar } from '../../views/partners/option';
import { volumesOption } from '../../views/volumes/option';
import { eventWindowOption } from '../../views/events/option';
import { sectorsOption } from '../../views/sectors/option';

const ctx = (over: Partial<ChartContext> = {}): ChartContext => ({
	lang: 'en',
	currency: 'EUR',
	measure: 'export',
	width: 800,
	events: false,
	...over
});

/** Kazakhstan's exports as it published them in USD, converted to euro. */
const point = (year: number, value: number | null, over: Partial<MeasurePoint> = {}) =>
	measurePoint(year, value, {
		reporter: 'KAZ',
		partner: 'KAZ',
		sources: ['BNS Kazakhstan'],
		converted: true,
		dataset: 'bundled',
		reported: value === null ? null : { value: value * 1.1, currency: 'USD', prevSameMonths: null },
		...over
	});

type Obj = Record<string, unknown>;
const seriesOf = (o: unknown) => (o as { series: Obj[] }).series;
const graphicText = (o: unknown) =>
	((o as { graphic?: { style?: { text?: string } }[] }).graphic ?? []).map((g) => g.style?.text);
/** Calls the option's tooltip formatter and returns the text the user reads (tags removed). */
const tooltipText = (o: unknown, params: unknown) =>
	String(
		(o as { tooltip: { formatter: (p: unknown) => string } }).tooltip.formatter(params)
	).replace(/<[^>]+>/g, '\n');

describe('tooltips name the source, reporter and conversion', () => {
	it('a converted figure: "USD converted at ECB rates" and the value as published', () => {
		const lines = provenance('en', {
			reporter: 'KAZ',
			currency: 'EUR',
			converted: true,
			sources: ['BNS Kazakhstan'],
			flag: 'p',
			reported: { value: 1_000_000, currency: 'USD' }
		});
		expect(lines).toEqual([
			'Reporter: Kazakhstan',
			'Currency: EUR (USD converted at ECB rates)',
			'As published: $1,000,000',
			'Source: BNS Kazakhstan',
			'Flag: provisional'
		]);
		const it = provenance('it', {
			reporter: 'KAZ',
			currency: 'EUR',
			converted: true,
			sources: ['BNS'],
			flag: 'e',
			reported: { value: 1_000_000, currency: 'USD' }
		});
		expect(it).toContain('Valuta: EUR (USD convertiti ai tassi BCE)');
		expect(it.some((l) => /^Come pubblicato: 1\.000\.000\s\$$/.test(l))).toBe(true);
		expect(it).toContain('Segnalazione: stimato');
	});

	it('a figure as published: no conversion line; the dataset when its name is known', () => {
		const lines = provenance(
			'en',
			{
				reporter: 'ITA',
				currency: 'EUR',
				converted: false,
				sources: ['Eurostat Comext'],
				flag: '',
				dataset: 'up-1',
				reported: { value: 5, currency: 'EUR' }
			},
			new Map([['up-1', 'comext-2025.csv']])
		);
		expect(lines).toEqual([
			'Reporter: Italy',
			'Currency: EUR',
			'Source: Eurostat Comext',
			'Dataset: comext-2025.csv'
		]);
	});

	it('the volumes chart of the partners’ own statistics in euro (bundled data)', () => {
		const prep = bundledPrep();
		const data = volumesData(prep, selectionOf({ reporter: 'partner', partners: ['KAZ'] }));
		const option = volumesOption(data, ctx());
		const p = data.series[0]?.points.find((x) => x.year === 2023);
		expect(p?.converted).toBe(true);
		const text = tooltipText(option, { data: { point: p } });
		expect(text).toContain('Kazakhstan · 2023');
		expect(text).toContain('Reporter: Kazakhstan');
		expect(text).toContain('Currency: EUR (USD converted at ECB rates)');
		expect(text).toContain('As published: $1,242,193,222');
		expect(text).toContain('Source: Bureau of National Statistics of Kazakhstan');
	});
});

describe('tooltips without a reporter of their own name the view’s', () => {
	it('sectors: "Reporter: Kazakhstan" under partner statistics, the conversion said', () => {
		const b = {
			year: 2023,
			total: 100,
			items: [{ sector: '27', label: null, value: 60, share: 0.6 }],
			remainder: 40,
			level: 'chapter' as const,
			partial: null,
			sources: ['BNS'],
			converted: true
		};
		const option = sectorsOption(
			{ rows: [{ partner: 'KAZ', breakdown: b }] },
			ctx({ reporter: 'partner' }),
			null
		);
		// The segment's data as ECharts hands it to the tooltip: the option's own cell.
		const series = option.series as { sector: string; data: unknown[] }[];
		const cell = series.find((s) => s.sector === '27')?.data[0];
		const text = tooltipText(option, { seriesName: 'Mineral fuels', dataIndex: 0, data: cell });
		expect(text).toContain('Reporter: Kazakhstan');
		expect(text).toContain('Source: BNS');
		expect(text).toContain('USD converted at ECB rates');
	});
});

describe('flag markers and their legend', () => {
	const series = (flags: string[]): Series[] => [
		{ partner: 'KAZ', points: flags.map((f, i) => point(2020 + i, 100 + i, { flag: f })) }
	];

	it('volumes: a "p" above a provisional point and "p provisional" under the chart', () => {
		const option = volumesOption({ series: series(['', 'p', 'e']), events: [] }, ctx());
		const line = seriesOf(option)[0] as { data: ({ label?: { formatter: string } } | null)[] };
		expect(line.data.map((d) => d?.label?.formatter ?? '')).toEqual(['', 'p', 'e']);
		expect(graphicText(option)).toEqual(['p provisional · e estimated']);
		const it = volumesOption({ series: series(['p']), events: [] }, ctx({ lang: 'it' }));
		expect(graphicText(it)).toEqual(['p provvisorio']);
		const text = tooltipText(option, { data: (line.data[1] as { point: MeasurePoint }) ?? null });
		expect(text).toContain('Flag: provisional');
	});

	it('no flag, no legend, no label: the chart stays as it was', () => {
		const option = volumesOption({ series: series(['', '']), events: [] }, ctx());
		expect(graphicText(option)).toEqual([]);
		const line = seriesOf(option)[0] as { data: ({ label?: unknown } | null)[] };
		expect(line.data.every((d) => d?.label === undefined)).toBe(true);
		expect((option as { grid: { bottom: number } }).grid.bottom).toBe(28);
	});
});

describe('flag markers on bars, growth and mirror', () => {
	it('bars: the letter raised after the value; growth and mirror mark their flagged figures', () => {
		const bars: Bar[] = [
			{
				partner: 'KAZ',
				value: 1e9,
				gap: null,
				sources: ['BNS'],
				reporter: 'KAZ',
				converted: true,
				flag: 'p',
				reported: { value: 1.1e9, currency: 'USD' }
			} as Bar,
			{
				partner: 'UZB',
				value: 5e8,
				gap: null,
				sources: ['Stat.uz'],
				reporter: 'UZB',
				converted: true
			} as Bar
		];
		const option = partnersOption({ bars, rangeLabel: '2023' }, ctx(), null);
		const labels = (seriesOf(option)[0] as { data: { label: { formatter: () => string } }[] }).data;
		expect(labels.map((d) => d.label.formatter())).toEqual(['€500.0m', '{v|€1.0bn}{f|p}']);
		expect(graphicText(option)).toEqual(['p provisional']);
		const tip = tooltipText(option, { dataIndex: 1 });
		expect(tip).toContain('As published: $1,100,000,000');
		expect(tip).toContain('Flag: provisional');

		const growth: GrowthData = {
			mode: 'yoy',
			base: null,
			from: null,
			to: null,
			events: [],
			yoy: [
				{
					partner: 'KAZ',
					growth: [
						{
							year: 2021,
							current: 110,
							base: 100,
							sameMonths: false,
							growth: { value: 0.1, gap: null },
							datasets: null
						}
					]
				}
			],
			index: [],
			cagr: [],
			sourcesFooter: ['BNS'],
			series: [{ partner: 'KAZ', points: [point(2020, 100), point(2021, 110, { flag: 'e' })] }]
		} as GrowthData;
		const g = growthOption(growth, ctx());
		const bar = (seriesOf(g)[0] as { data: { label?: { formatter: string } }[] }).data[0];
		expect(bar?.label?.formatter).toBe('e');
		expect(graphicText(g)).toEqual(['e estimated']);
		const gt = tooltipText(g, {
			seriesName: 'Kazakhstan',
			name: '2021',
			data: { value: 0.1, g: growth.yoy[0]?.growth[0], partner: 'KAZ' }
		});
		expect(gt).toContain('Reporter: Kazakhstan');
		expect(gt).toContain('Flag: estimated');
		expect(gt).toContain('growth computed on the figures as published (USD)');

		const mirror: MirrorBar[] = [
			{
				partner: 'KAZ',
				flow: 'export',
				year: 2023,
				italy: 100,
				partnerValue: 120,
				gap: 20,
				gapShare: 0.18,
				ratio: 1.2,
				flagged: false,
				sources: ['BNS', 'Eurostat'],
				converted: true,
				note: null,
				partnerFlag: 'p',
				partnerReported: { value: 130, currency: 'USD' }
			}
		];
		const m = mirrorOption(mirror, ctx());
		expect(graphicText(m)).toEqual(['p provisional']);
		const mt = tooltipText(m, [{ dataIndex: 0 }]);
		expect(mt).toContain('USD converted at ECB rates');
		expect(mt).toMatch(/as published: \$130/);
		expect(mt).toContain('(provisional)');
	});

	it('flagMark spells the letters; unknown flags keep theirs', () => {
		expect(flagMark('p')).toBe('p');
		expect(flagMark('')).toBe('');
		expect(flagMark(null)).toBe('');
		// a flag from an uploaded file never becomes rich-text syntax or a label template
		expect(flagMark('{c}|x')).toBe('x');
		expect(flagMark('p; {a|b}')).toBe('p');
	});
});

describe('a chart with no figure draws no axis of "€0 €0 €1"', () => {
	const hiddenValueAxis = (axis: unknown) => {
		const a = (Array.isArray(axis) ? axis : [axis]) as Obj[];
		for (const x of a) {
			expect(x.show).toBe(false);
			expect((x.axisLabel as Obj).show).toBe(false);
			expect((x.splitLine as Obj).show).toBe(false);
		}
	};

	it('comparison bars: all gaps → value axis hidden, "No data for this selection."', () => {
		const bars: Bar[] = ['KAZ', 'UZB'].map((partner) => ({
			partner,
			value: null,
			gap: 'no-data',
			sources: [],
			reporter: 'ITA',
			converted: false
		})) as unknown as Bar[];
		const option = partnersOption({ bars, rangeLabel: '2023' }, ctx(), null);
		hiddenValueAxis((option as { xAxis: unknown }).xAxis);
		expect(graphicText(option)).toEqual(['No data for this selection.']);
		// each bar still says why it has no figure
		const labels = (seriesOf(option)[0] as { data: { label: { formatter: () => string } }[] }).data;
		expect(labels.map((d) => d.label.formatter())).toEqual(['no data', 'no data']);
		expect(
			graphicText(partnersOption({ bars, rangeLabel: '2023' }, ctx({ lang: 'it' }), null))
		).toEqual(['Nessun dato per questa selezione.']);
	});

	it('the comparison of /?partners=KAZ,UZB&flow=import, on the bundled data', () => {
		const prep = bundledPrep();
		const data = partnersData(prep, selectionOf({ partners: ['KAZ', 'UZB'], measure: 'import' }));
		const option = partnersOption({ bars: data.bars, rangeLabel: '' }, ctx(), null);
		const xAxis = (option as { xAxis: Obj }).xAxis;
		if (hasFinite(data.bars.map((b) => b.value))) {
			// with figures: a real axis, no "no data" text
			expect(xAxis.show).not.toBe(false);
			expect(graphicText(option)).not.toContain('No data for this selection.');
		} else hiddenValueAxis(xAxis);
	});

	it('volumes, growth, mirror and event windows with gaps only', () => {
		const gaps: Series[] = [{ partner: 'KAZ', points: [point(2020, null), point(2021, null)] }];
		const v = volumesOption({ series: gaps, events: [] }, ctx());
		hiddenValueAxis((v as { yAxis: unknown }).yAxis);
		expect(graphicText(v)).toEqual(['No data for this selection.']);

		const g = growthOption(
			{
				mode: 'cagr',
				base: null,
				from: 2020,
				to: 2021,
				events: [],
				yoy: [],
				index: [],
				cagr: [{ partner: 'KAZ', cagr: { value: null, gap: 'no-data' }, from: 2020, to: 2021 }],
				sourcesFooter: []
			},
			ctx()
		);
		hiddenValueAxis((g as { xAxis: unknown }).xAxis);
		expect(graphicText(g)).toEqual(['No data for this selection.']);

		const m = mirrorOption(
			[
				{
					partner: 'KAZ',
					flow: 'export',
					year: 2023,
					italy: null,
					partnerValue: null,
					gap: null,
					gapShare: null,
					ratio: null,
					flagged: false,
					sources: [],
					converted: false,
					note: 'no-data'
				}
			],
			ctx()
		);
		hiddenValueAxis((m as { yAxis: unknown }).yAxis);

		const w = eventWindowOption(
			{
				event: {
					date: '2023-05-01',
					precision: 'day',
					countries: ['KAZ'],
					type: 'visit',
					title_en: 'x',
					title_it: 'x',
					source: 's'
				},
				freq: 'A',
				partners: ['KAZ'],
				points: [{ partner: 'KAZ', period: '2023', offset: 0, value: null }],
				means: [],
				sources: []
			} as unknown as Parameters<typeof eventWindowOption>[0],
			ctx()
		);
		hiddenValueAxis((w as { yAxis: unknown }).yAxis);
		expect(graphicText(w)).toEqual(['No data for this selection.']);
	});

	it('a chart with figures keeps its axis', () => {
		const v = volumesOption(
			{ series: [{ partner: 'KAZ', points: [point(2020, 5e8)] }], events: [] },
			ctx()
		);
		expect((v as { yAxis: Obj }).yAxis.show).not.toBe(false);
	});
});
