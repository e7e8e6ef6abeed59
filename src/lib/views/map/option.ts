/**
 * V5 map: Italy and Central Asia shaded by the selected measure over the chosen years (the same
 * figures as the comparison bars); Italy in a neutral tone; a click selects the country.
 */
import type { EChartsCoreOption } from 'echarts/core';
import type { PartnerBar } from '../partners/data';
import { countryName } from '../../i18n/names';
import type { ChartContext } from '../../charts/options/context';
import { baseOption, MUTED } from '../../charts/options/theme';
import { barTooltipHtml, type Bar } from '../partners/option';
import { itemTooltip } from '../../charts/options/steps';

const SCALE = ['#d8e9f1', '#9cc8dc', '#5aa2c2', '#1f78a3', '#0b4f6c'];
/** Negative values (a deficit when the measure is the balance): orange, never "no data" grey. */
const NEGATIVE_SCALE = ['#fbe3d0', '#f6c39c', '#ec9a5e', '#d9712e', '#a84d12'];
const NO_DATA = '#eceff2';
const SMALL = new Set(['KGZ', 'TJK', 'AZE', 'UZB', 'TKM']);
const ITALY = '#c9b79c';
const CONTEXT = '#f6f7f9';

/** The colour of a value: blue by size, orange by size when negative; `max` is the largest |value|. */
export function shade(value: number, max: number): string {
	const scale = value < 0 ? NEGATIVE_SCALE : SCALE;
	if (max <= 0) return scale[0] as string;
	const i = Math.min(scale.length - 1, Math.floor((Math.abs(value) / max) * scale.length));
	return scale[i] as string;
}

/** Text on a shaded country: white on the two darkest steps. */
const labelColor = (value: number | null, max: number) =>
	value !== null && Math.abs(value) / (max || 1) > 0.55 ? '#ffffff' : '#1d2733';

/** Each partner's fill, shared with the keys under the map (they are its legend). */
export function mapColors(bars: readonly PartnerBar[]): Map<string, string> {
	const max = Math.max(0, ...bars.map((b) => Math.abs(b.value ?? 0)));
	return new Map(bars.map((b) => [b.partner, b.value === null ? NO_DATA : shade(b.value, max)]));
}

export function mapOption(
	mapName: string,
	data: { bars: readonly Bar[]; rangeLabel: string },
	ctx: ChartContext,
	focus: string | null
): EChartsCoreOption {
	const max = Math.max(0, ...data.bars.map((b) => Math.abs(b.value ?? 0)));
	const colors = mapColors(data.bars);
	const regions = [
		{
			name: 'ITA',
			itemStyle: { areaColor: ITALY },
			label: { show: true, formatter: countryName(ctx.lang, 'ITA'), color: '#3b2f1e' }
		},
		...data.bars.map((b) => ({
			name: b.partner,
			value: b.value,
			bar: b,
			itemStyle: {
				areaColor: colors.get(b.partner),
				borderColor: focus === b.partner ? '#d35400' : '#ffffff',
				borderWidth: focus === b.partner ? 2.5 : 0.8
			},
			label: {
				show: true,
				color: labelColor(b.value, max),
				fontSize: 11,
				// Small countries get their code, large ones their name; values are in the tooltip
				// and the keys below, so labels never pile up.
				formatter: () =>
					SMALL.has(b.partner) || ctx.width < 520 ? b.partner : countryName(ctx.lang, b.partner)
			}
		}))
	];
	return {
		...baseOption,
		tooltip: itemTooltip((params: { data?: { bar?: Bar } }) =>
			params.data?.bar ? barTooltipHtml(ctx, params.data.bar, data.rangeLabel) : ''
		),
		series: [
			{
				id: 'map',
				type: 'map',
				map: mapName,
				roam: false,
				selectedMode: false,
				aspectScale: 0.8,
				// Fill the box (layoutSize would be relative to the box's shorter side).
				left: 4,
				right: 4,
				top: 4,
				bottom: 4,
				// Italy to Central Asia, the countries between as context.
				boundingCoords: [
					[4, 56],
					[88, 33]
				],
				itemStyle: { areaColor: CONTEXT, borderColor: '#d5dbe1', borderWidth: 0.6 },
				emphasis: { itemStyle: { areaColor: '#f3c89b' }, label: { show: true } },
				label: { show: false, color: MUTED },
				data: regions
			}
		]
	};
}
