/**
 * UN Comtrade: Comtrade Plus (API `get` and the website's Download CSV) and the legacy
 * comtrade.un.org CSV. Values in US dollars, full units. Reporter and partner: ISO3, with the M49
 * code as fallback (legacy 381 = Italy).
 */
import { parsePeriodText } from '../periods';
import {
	cell,
	col,
	fieldsOf,
	flowOf,
	isRejection,
	periodRejection,
	orient,
	reject,
	sectorOf,
	signature
} from './common';
import type { FormatModule, Mapper, Outcome } from './types';

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
		return {
			fields: fieldsOf(norm, c),
			valueColumns: [c.value],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: '.',
			nativeDelimiter: ',',
			notices: [],
			units: [],
			map(r, cx): Outcome[] {
				const type = cell(r, c.type).toUpperCase();
				if (type && type !== 'C') return [reject('not-goods', c.type, { value: type })];
				const b = breakdown(r, checks);
				if (b) return [b];
				const flowRaw = cell(r, c.flow);
				const flow = flowOf(flowRaw);
				if (flow === 'other') return [reject('other-flow', c.flow, { value: flowRaw })];
				if (flow === null) return [reject('unknown-flow', c.flow, { value: flowRaw })];
				const repCol = cell(r, c.reporter) ? c.reporter : c.reporterCode;
				const parCol = cell(r, c.partner) ? c.partner : c.partnerCode;
				const o = orient(cell(r, repCol), repCol, cell(r, parCol), parCol, flow);
				if (isRejection(o)) return [o];
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
				if (!period || !shapeOk) {
					return [
						periodRejection(periodRaw, c.period >= 0 ? c.period : c.refYear, {
							value: `${freq} ${periodRaw}`
						})
					];
				}
				const v = cx.value(r, c.value);
				if (!v.ok) return [v.reject];
				const s = sectorOf(cell(r, c.sector), cell(r, c.sectorLabel) || null);
				return [
					{
						kind: 'obs',
						swapped: o.swapped,
						obs: {
							period,
							partner: o.partner,
							flow: o.flow,
							reporter: o.reporter,
							sector: s.sector,
							sectorLabel: s.sector === 'TOTAL' ? null : s.label,
							value: v.value,
							currency: 'USD',
							source: 'UN Comtrade',
							note: '',
							flag: ''
						}
					}
				];
			}
		};
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
		return {
			fields: fieldsOf(norm, c),
			valueColumns: [c.value],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: '.',
			nativeDelimiter: ',',
			notices: [],
			units: [],
			map(r, cx): Outcome[] {
				const b = breakdown(r, checks);
				if (b) return [b];
				const flowCol = pick(r, c.flowCode, c.flow);
				const flowRaw = cell(r, flowCol);
				const flow = flowOf(flowRaw);
				if (flow === 'other') return [reject('other-flow', flowCol, { value: flowRaw })];
				if (flow === null) return [reject('unknown-flow', flowCol, { value: flowRaw })];
				const repCol = pick(r, c.reporter, c.reporterCode, c.reporterName);
				const parCol = pick(r, c.partner, c.partnerCode, c.partnerName);
				const o = orient(cell(r, repCol), repCol, cell(r, parCol), parCol, flow);
				if (isRejection(o)) return [o];
				const periodCol = pick(r, c.period, c.year);
				const periodRaw = cell(r, periodCol);
				const period = parsePeriodText(periodRaw);
				if (!period) return [periodRejection(periodRaw, periodCol)];
				const v = cx.value(r, c.value);
				if (!v.ok) return [v.reject];
				const s = sectorOf(cell(r, c.sector), cell(r, c.sectorLabel) || null);
				return [
					{
						kind: 'obs',
						swapped: o.swapped,
						obs: {
							period,
							partner: o.partner,
							flow: o.flow,
							reporter: o.reporter,
							sector: s.sector,
							sectorLabel: s.sector === 'TOTAL' ? null : s.label,
							value: v.value,
							currency: 'USD',
							source: 'UN Comtrade (legacy)',
							note: '',
							flag: ''
						}
					}
				];
			}
		};
	}
};
