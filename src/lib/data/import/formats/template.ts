/**
 * Our own template (docs/DATA_FORMAT.md, static/template.csv):
 * `period,partner,flow,reporter,sector,sector_label,value,currency,source,note,flag`.
 * Flow is already from Italy's point of view, whoever the reporter is; values in full units.
 *
 * And the investment template: `period,investor,host,measure,sector,value,currency,source,note`.
 */
import type { Currency, InvestmentMeasure } from '../../schema';
import { TOTAL } from '../../schema';
import { resolveCountry } from '../countries';
import { parsePeriodText } from '../periods';
import {
	col,
	fieldsOf,
	flowOf,
	isTotalText,
	periodRejection,
	reject,
	signature,
	TextCells
} from './common';
import type { FormatModule, Mapper, Outcome } from './types';

/** `turnover` (en) or `interscambio` (it): a turnover published on its own. */
const TURNOVER = /^\s*(?:turnover|interscambio)\s*$/i;

function currencyOf(raw: string): Currency | null {
	const t = raw.trim().toUpperCase();
	return t === 'EUR' || t === 'USD' ? t : null;
}

function flagOf(raw: string): string | null {
	const t = raw.trim().toLowerCase();
	return t === '' || t === 'p' || t === 'e' || t === 'c' ? t : null;
}

export const template: FormatModule = {
	id: 'template',
	label: 'Template (Italy–Central Asia dashboard)',
	detect(norm) {
		return signature(
			norm,
			[['period'], ['partner'], ['flow'], ['value'], ['currency']],
			[['reporter'], ['sector'], ['sectorlabel'], ['source'], ['note'], ['flag']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			period: col(norm, 'period'),
			partner: col(norm, 'partner'),
			flow: col(norm, 'flow'),
			reporter: col(norm, 'reporter'),
			sector: col(norm, 'sector'),
			sectorLabel: col(norm, 'sectorlabel'),
			value: col(norm, 'value'),
			currency: col(norm, 'currency'),
			source: col(norm, 'source'),
			note: col(norm, 'note'),
			flag: col(norm, 'flag')
		};
		const fields = fieldsOf(norm, c);
		const text = new TextCells();
		return {
			fields,
			valueColumns: [c.value],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: null,
			nativeDelimiter: null,
			notices: text.notices,
			units: [],
			map(r, cx): Outcome[] {
				const cell = (record: readonly string[], index: number) => text.get(record, index, cx.line);
				const periodRaw = cell(r, c.period);
				const period = parsePeriodText(periodRaw);
				if (!period) return [periodRejection(periodRaw, c.period)];
				const partnerRaw = cell(r, c.partner);
				const partner = resolveCountry(partnerRaw);
				if (partner.kind === 'unknown') {
					return [reject('unknown-country', c.partner, { value: partnerRaw })];
				}
				if (partner.kind === 'aggregate') {
					return [reject('aggregate-partner', c.partner, { value: partnerRaw })];
				}
				if (partner.iso3 === 'ITA') {
					return [
						reject('not-italy', c.partner, { reporter: cell(r, c.reporter), partner: partnerRaw })
					];
				}
				const flowRaw = cell(r, c.flow);
				// A turnover published as such (never added to the flows): the template's third flow.
				const flow = TURNOVER.test(flowRaw) ? 'turnover' : flowOf(flowRaw);
				if (flow === 'other') return [reject('other-flow', c.flow, { value: flowRaw })];
				if (flow === null) return [reject('unknown-flow', c.flow, { value: flowRaw })];
				const reporterRaw = cell(r, c.reporter);
				if (!reporterRaw) return [reject('missing-field', c.reporter, { field: 'reporter' })];
				const reporter = resolveCountry(reporterRaw);
				if (reporter.kind !== 'country') {
					return [reject('unknown-country', c.reporter, { value: reporterRaw })];
				}
				const sectorRaw = cell(r, c.sector);
				if (!sectorRaw) return [reject('missing-field', c.sector, { field: 'sector' })];
				const currencyRaw = cell(r, c.currency);
				const currency = currencyOf(currencyRaw);
				if (!currency) return [reject('invalid-currency', c.currency, { value: currencyRaw })];
				const source = cell(r, c.source);
				if (!source) return [reject('missing-field', c.source, { field: 'source' })];
				const flagRaw = cell(r, c.flag);
				const flag = flagOf(flagRaw);
				if (flag === null) return [reject('invalid-flag', c.flag, { value: flagRaw })];
				const v = cx.value(r, c.value);
				if (!v.ok) return [v.reject];
				const label = cell(r, c.sectorLabel) || null;
				const sector = { sector: isTotalText(sectorRaw) ? TOTAL : sectorRaw, label };
				return [
					{
						kind: 'obs',
						swapped: false,
						obs: {
							period,
							partner: partner.iso3,
							flow,
							reporter: reporter.iso3,
							sector: sector.sector,
							sectorLabel: sector.label,
							value: v.value,
							currency,
							source,
							note: cell(r, c.note),
							flag
						}
					}
				];
			}
		};
	}
};

const MEASURES = new Map<string, InvestmentMeasure>([
	['stock', 'stock'],
	['flow', 'flow'],
	['flusso', 'flow'],
	['flussi', 'flow'],
	['cumulative', 'cumulative'],
	['cumulato', 'cumulative'],
	['cumulativo', 'cumulative']
]);

export const investmentTemplate: FormatModule = {
	id: 'template-investment',
	label: 'Investment template (Italy–Central Asia dashboard)',
	detect(norm) {
		return signature(
			norm,
			[['period'], ['investor'], ['host'], ['measure'], ['value'], ['currency']],
			[['sector'], ['source'], ['note']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			period: col(norm, 'period'),
			investor: col(norm, 'investor'),
			host: col(norm, 'host'),
			measure: col(norm, 'measure'),
			sector: col(norm, 'sector'),
			value: col(norm, 'value'),
			currency: col(norm, 'currency'),
			source: col(norm, 'source'),
			note: col(norm, 'note')
		};
		const fields = fieldsOf(norm, c);
		const text = new TextCells();
		return {
			fields,
			valueColumns: [c.value],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: null,
			nativeDelimiter: null,
			notices: text.notices,
			units: [],
			map(r, cx): Outcome[] {
				const cell = (record: readonly string[], index: number) => text.get(record, index, cx.line);
				const periodRaw = cell(r, c.period);
				const period = parsePeriodText(periodRaw);
				if (!period) return [periodRejection(periodRaw, c.period)];
				const countries: string[] = [];
				for (const index of [c.investor, c.host]) {
					const raw = cell(r, index);
					const ref = resolveCountry(raw);
					if (ref.kind !== 'country') return [reject('unknown-country', index, { value: raw })];
					countries.push(ref.iso3);
				}
				const measureRaw = cell(r, c.measure);
				const measure = MEASURES.get(measureRaw.toLowerCase());
				if (!measure) return [reject('invalid-measure', c.measure, { value: measureRaw })];
				const currencyRaw = cell(r, c.currency);
				const currency = currencyOf(currencyRaw);
				if (!currency) return [reject('invalid-currency', c.currency, { value: currencyRaw })];
				const source = cell(r, c.source);
				if (!source) return [reject('missing-field', c.source, { field: 'source' })];
				const v = cx.value(r, c.value);
				if (!v.ok) return [v.reject];
				return [
					{
						kind: 'inv',
						inv: {
							period,
							investor: countries[0] as string,
							host: countries[1] as string,
							measure,
							sector: cell(r, c.sector) || 'TOTAL',
							value: v.value,
							currency,
							source,
							note: cell(r, c.note)
						}
					}
				];
			}
		};
	}
};
