/**
 * IMF International Trade in Goods (IMTS, formerly DOTS), SDMX-CSV from the IMF data portal.
 * COUNTRY reports, COUNTERPART_COUNTRY is the partner (ISO3). Exports FOB and imports CIF are
 * the trade values; imports FOB and the balance are skipped (they would double count).
 * Values in US dollars, scaled by a UNIT_MULT (exponent) or SCALE column when the file has one.
 */
import { TOTAL, type Flow } from '../../schema';
import { detectScale } from '../units';
import { cell, col, sdmxCode, signature } from './common';
import { isRejection, obs, orient, periodCell, reject, tradeDraft } from './outcome';
import { rowMapper } from './mapper';
import type { FormatModule, Mapper, Outcome } from './types';

function indicatorFlow(raw: string): Flow | null {
	const code = sdmxCode(raw).toUpperCase();
	if (/^T?XG_FOB_USD$/.test(code)) return 'export';
	if (/^T?MG_CIF_USD$/.test(code)) return 'import';
	const t = raw.toLowerCase();
	if (/exports?.*(?:fob|free on board)/.test(t) && /us ?dollar|usd/.test(t)) return 'export';
	if (/imports?.*(?:cif|cost,? insurance)/.test(t) && /us ?dollar|usd/.test(t)) return 'import';
	return null;
}

/** `6`, `Millions`, `6: Millions` → 6; empty → 0; unreadable → null. */
function powerOf(raw: string): number | null {
	const t = raw.trim();
	if (!t) return 0;
	const n = /^(\d{1,2})(?::|$)/.exec(t);
	if (n) return Number(n[1]);
	if (/^units?$/i.test(t)) return 0;
	return detectScale(t)?.power ?? null;
}

export const imfImts: FormatModule = {
	id: 'imf-imts',
	label: 'IMF International Trade in Goods (IMTS)',
	detect(norm) {
		return signature(
			norm,
			[['country'], ['indicator'], ['counterpartcountry'], ['timeperiod'], ['obsvalue']],
			[['dataflow'], ['frequency'], ['unitmult', 'scale']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			dataflow: col(norm, 'dataflow'),
			reporter: col(norm, 'country'),
			indicator: col(norm, 'indicator'),
			partner: col(norm, 'counterpartcountry'),
			freq: col(norm, 'frequency'),
			period: col(norm, 'timeperiod'),
			value: col(norm, 'obsvalue'),
			scale: col(norm, 'unitmult', 'scale')
		};
		const units: string[] = [];
		return rowMapper(norm, c, { native: true, units, ownUnits: true }, (r, cx): Outcome[] => {
			const indRaw = cell(r, c.indicator);
			const flow = indicatorFlow(indRaw);
			if (!flow) return [reject('not-trade-value', c.indicator, { value: indRaw })];
			const reporter = sdmxCode(cell(r, c.reporter));
			const o = orient(reporter, c.reporter, sdmxCode(cell(r, c.partner)), c.partner, flow);
			if (isRejection(o)) return [o];
			const period = periodCell(cell(r, c.period), c.period);
			if (isRejection(period)) return [period];
			const scaleRaw = cell(r, c.scale);
			const power = powerOf(scaleRaw);
			if (power === null || power > 12) {
				return [reject('invalid-number', c.scale, { value: scaleRaw })];
			}
			if (power > 0 && !units.includes(scaleRaw)) units.push(scaleRaw);
			const v = cx.value(r, c.value, power);
			if (!v.ok) return [v.reject];
			const sector = { sector: TOTAL, label: null };
			const figure = {
				period,
				sector,
				value: v.value,
				currency: 'USD' as const,
				source: 'IMF IMTS'
			};
			return [obs(tradeDraft(o, figure), o.swapped)];
		});
	}
};
