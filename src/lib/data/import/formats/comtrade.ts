/**
 * UN Comtrade: Comtrade Plus (API `get` and the website's Download CSV) and the legacy
 * comtrade.un.org CSV. Values in US dollars, full units. Reporter and partner: ISO3, with the M49
 * code as fallback (legacy 381 = Italy).
 */
import { parsePeriodText } from '../periods';
import { cell, col, sectorOf, signature } from './common';
import {
	flowCell,
	isRejection,
	obs,
	orient,
	periodCell,
	periodRejection,
	reject,
	tradeDraft
} from './outcome';
import { rowMapper } from './mapper';
import type { FormatModule, Mapper, Outcome, Rejection, RowContext } from './types';

/** Rows split by a second partner, customs procedure or transport mode double count the total. */
function breakdown(
	r: readonly string[],
	checks: readonly { index: number; name: string; total: RegExp }[]
): Outcome | null {
	for (const { index, name, total } of checks) {
		if (index < 0) continue;
		const v = cell(r, index);
		if (v !== '' && !total.test(v))
			return reject('breakdown', index, { dimension: name, value: v });
	}
	return null;
}

/** The columns a row's figure is read from: fixed, or picked per row among alternatives. */
interface Picked {
	flow: number;
	reporter: number;
	partner: number;
	/** The period of the row (read once the flow and the countries pass). */
	period: () => string | Rejection;
}

/** The row logic both Comtrade shapes share, once their columns for the row are picked. */
function mapRow(
	r: readonly string[],
	cx: RowContext,
	p: Picked,
	c: { value: number; sector: number; sectorLabel: number },
	source: string
): Outcome[] {
	const flow = flowCell(cell(r, p.flow), p.flow);
	if (isRejection(flow)) return [flow];
	const o = orient(cell(r, p.reporter), p.reporter, cell(r, p.partner), p.partner, flow);
	if (isRejection(o)) return [o];
	const period = p.period();
	if (isRejection(period)) return [period];
	const v = cx.value(r, c.value);
	if (!v.ok) return [v.reject];
	const s = sectorOf(cell(r, c.sector), cell(r, c.sectorLabel) || null);
	const sector = { sector: s.sector, label: s.sector === 'TOTAL' ? null : s.label };
	return [
		obs(tradeDraft(o, { period, sector, value: v.value, currency: 'USD', source }), o.swapped)
	];
}

/** Comtrade Plus periods: `period`, else `refYear` (and `refMonth`), in the shape `freqCode` says. */
function plusPeriod(
	r: readonly string[],
	c: { freq: number; period: number; refYear: number; refMonth: number }
): string | Rejection {
	const freq = cell(r, c.freq).toUpperCase();
	let periodRaw = cell(r, c.period);
	if (!periodRaw && c.refYear >= 0) {
		const month = cell(r, c.refMonth);
		periodRaw =
			freq === 'M' ? `${cell(r, c.refYear)}-${month.padStart(2, '0')}` : cell(r, c.refYear);
	}
	const period = parsePeriodText(periodRaw);
	const shapeOk =
		period !== null &&
		(freq === 'A' ? !period.includes('-') : freq === 'M' ? /-\d\d$/.test(period) : true);
	if (period && shapeOk) return period;
	return periodRejection(periodRaw, c.period >= 0 ? c.period : c.refYear, {
		value: `${freq} ${periodRaw}`
	});
}

export const comtradePlus: FormatModule = {
	id: 'comtrade-plus',
	label: 'UN Comtrade Plus',
	detect(norm) {
		return signature(
			norm,
			[
				['freqcode'],
				['reportercode', 'reporteriso'],
				['flowcode'],
				['partnercode', 'partneriso'],
				['cmdcode'],
				['primaryvalue']
			],
			[
				['typecode'],
				['period'],
				['refyear'],
				['reporteriso'],
				['partneriso'],
				['cmddesc'],
				['partner2code']
			]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			type: col(norm, 'typecode'),
			freq: col(norm, 'freqcode'),
			period: col(norm, 'period'),
			refYear: col(norm, 'refyear'),
			refMonth: col(norm, 'refmonth'),
			reporterCode: col(norm, 'reportercode'),
			reporter: col(norm, 'reporteriso'),
			flow: col(norm, 'flowcode'),
			partnerCode: col(norm, 'partnercode'),
			partner: col(norm, 'partneriso'),
			partner2: col(norm, 'partner2code'),
			customs: col(norm, 'customscode'),
			mot: col(norm, 'motcode'),
			sector: col(norm, 'cmdcode'),
			sectorLabel: col(norm, 'cmddesc'),
			value: col(norm, 'primaryvalue')
		};
		const checks = [
			{ index: c.partner2, name: 'partner2Code', total: /^0+$/ },
			{ index: c.customs, name: 'customsCode', total: /^C00$/i },
			{ index: c.mot, name: 'motCode', total: /^0+$/ }
		];
		return rowMapper(norm, c, { native: true }, (r, cx) => {
			const type = cell(r, c.type).toUpperCase();
			if (type && type !== 'C') return [reject('not-goods', c.type, { value: type })];
			const b = breakdown(r, checks);
			if (b) return [b];
			const reporter = cell(r, c.reporter) ? c.reporter : c.reporterCode;
			const partner = cell(r, c.partner) ? c.partner : c.partnerCode;
			const period = () => plusPeriod(r, c);
			return mapRow(r, cx, { flow: c.flow, reporter, partner, period }, c, 'UN Comtrade');
		});
	}
};

export const comtradeLegacy: FormatModule = {
	id: 'comtrade-legacy',
	label: 'UN Comtrade (legacy CSV)',
	detect(norm) {
		return signature(
			norm,
			[
				['tradeflowcode', 'tradeflow'],
				['reportercode', 'reporteriso', 'reporter'],
				['partnercode', 'partneriso', 'partner'],
				['commoditycode'],
				['tradevalueus', 'tradevalue']
			],
			[
				['classification'],
				['year'],
				['period'],
				['reporteriso'],
				['partneriso'],
				['commodity'],
				['flag']
			]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			year: col(norm, 'year'),
			period: col(norm, 'period'),
			flowCode: col(norm, 'tradeflowcode'),
			flow: col(norm, 'tradeflow'),
			reporterCode: col(norm, 'reportercode'),
			reporterName: col(norm, 'reporter'),
			reporter: col(norm, 'reporteriso'),
			partnerCode: col(norm, 'partnercode'),
			partnerName: col(norm, 'partner'),
			partner: col(norm, 'partneriso'),
			partner2: col(norm, '2ndpartnercode'),
			customs: col(norm, 'customsproccode'),
			mot: col(norm, 'modeoftransportcode'),
			sector: col(norm, 'commoditycode'),
			sectorLabel: col(norm, 'commodity'),
			value: col(norm, 'tradevalueus', 'tradevalue')
		};
		const checks = [
			{ index: c.partner2, name: '2nd Partner Code', total: /^0+$/ },
			{ index: c.customs, name: 'Customs Proc. Code', total: /^C00$/i },
			{ index: c.mot, name: 'Mode of Transport Code', total: /^0+$/ }
		];
		const pick = (r: readonly string[], ...cols: number[]) =>
			cols.find((i) => cell(r, i) !== '') ?? -1;
		return rowMapper(norm, c, { native: true }, (r, cx) => {
			const b = breakdown(r, checks);
			if (b) return [b];
			const periodCol = pick(r, c.period, c.year);
			const picked = {
				flow: pick(r, c.flowCode, c.flow),
				reporter: pick(r, c.reporter, c.reporterCode, c.reporterName),
				partner: pick(r, c.partner, c.partnerCode, c.partnerName),
				period: () => periodCell(cell(r, periodCol), periodCol)
			};
			return mapRow(r, cx, picked, c, 'UN Comtrade (legacy)');
		});
	}
};
