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
import { isTotalText, TextCells, namedColumns } from './common';
import {
	flowCell,
	isRejection,
	obs,
	partnerCell,
	periodCell,
	reject,
	required,
	tradeDraft
} from './outcome';
import { rowMapper } from './mapper';
import type { FormatModule, Mapper, Outcome, Rejection } from './types';

/** `turnover` (en) or `interscambio` (it): a turnover published on its own. */
const TURNOVER = /^\s*(?:turnover|interscambio)\s*$/i;

function currencyCell(raw: string, column: number): Currency | Rejection {
	const t = raw.trim().toUpperCase();
	return t === 'EUR' || t === 'USD' ? t : reject('invalid-currency', column, { value: raw });
}

function flagCell(raw: string, column: number): string | Rejection {
	const t = raw.trim().toLowerCase();
	return t === '' || t === 'p' || t === 'e' || t === 'c'
		? t
		: reject('invalid-flag', column, { value: raw });
}

/** The reporter of a template row: required, a country (ISO3). */
function reporterCell(raw: string, column: number): string | Rejection {
	if (!raw) return reject('missing-field', column, { field: 'reporter' });
	const reporter = resolveCountry(raw);
	return reporter.kind === 'country'
		? reporter.iso3
		: reject('unknown-country', column, { value: raw });
}

const TEMPLATE = namedColumns(
	['period', 'partner', 'flow', 'value', 'currency'],
	['reporter', 'sector', 'sectorLabel', 'source', 'note', 'flag']
);

export const template: FormatModule = {
	id: 'template',
	label: 'Template (Italy–Central Asia dashboard)',
	detect: (norm) => TEMPLATE.score(norm),
	prepare({ norm }): Mapper {
		const c = TEMPLATE.find(norm);
		const text = new TextCells();
		return rowMapper(norm, c, { native: false, notices: text.notices }, (r, cx): Outcome[] => {
			const cell = (index: number) => text.get(r, index, cx.line);
			const period = periodCell(cell(c.period), c.period);
			if (isRejection(period)) return [period];
			const partner = partnerCell(cell(c.partner), c.partner, () => cell(c.reporter));
			if (isRejection(partner)) return [partner];
			const flowRaw = cell(c.flow);
			// A turnover published as such (never added to the flows): the template's third flow.
			const flow = TURNOVER.test(flowRaw) ? 'turnover' : flowCell(flowRaw, c.flow);
			if (isRejection(flow)) return [flow];
			const reporter = reporterCell(cell(c.reporter), c.reporter);
			if (isRejection(reporter)) return [reporter];
			const sectorRaw = required(cell(c.sector), c.sector, 'sector');
			if (isRejection(sectorRaw)) return [sectorRaw];
			const currency = currencyCell(cell(c.currency), c.currency);
			if (isRejection(currency)) return [currency];
			const source = required(cell(c.source), c.source, 'source');
			if (isRejection(source)) return [source];
			const flag = flagCell(cell(c.flag), c.flag);
			if (isRejection(flag)) return [flag];
			const v = cx.value(r, c.value);
			if (!v.ok) return [v.reject];
			const label = cell(c.sectorLabel) || null;
			const sector = { sector: isTotalText(sectorRaw) ? TOTAL : sectorRaw, label };
			const figure = { period, sector, value: v.value, currency, source };
			const draft = tradeDraft(
				{ reporter, partner, flow },
				{ ...figure, note: cell(c.note), flag }
			);
			return [obs(draft, false)];
		});
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

const INVESTMENT = namedColumns(
	['period', 'investor', 'host', 'measure', 'value', 'currency'],
	['sector', 'source', 'note']
);

export const investmentTemplate: FormatModule = {
	id: 'template-investment',
	label: 'Investment template (Italy–Central Asia dashboard)',
	detect: (norm) => INVESTMENT.score(norm),
	prepare({ norm }): Mapper {
		const c = INVESTMENT.find(norm);
		const text = new TextCells();
		return rowMapper(norm, c, { native: false, notices: text.notices }, (r, cx): Outcome[] => {
			const cell = (index: number) => text.get(r, index, cx.line);
			const period = periodCell(cell(c.period), c.period);
			if (isRejection(period)) return [period];
			const countries: string[] = [];
			for (const index of [c.investor, c.host]) {
				const raw = cell(index);
				const ref = resolveCountry(raw);
				if (ref.kind !== 'country') return [reject('unknown-country', index, { value: raw })];
				countries.push(ref.iso3);
			}
			const measureRaw = cell(c.measure);
			const measure = MEASURES.get(measureRaw.toLowerCase());
			if (!measure) return [reject('invalid-measure', c.measure, { value: measureRaw })];
			const currency = currencyCell(cell(c.currency), c.currency);
			if (isRejection(currency)) return [currency];
			const source = required(cell(c.source), c.source, 'source');
			if (isRejection(source)) return [source];
			const v = cx.value(r, c.value);
			if (!v.ok) return [v.reject];
			const [investor, host] = countries as [string, string];
			const sector = cell(c.sector) || 'TOTAL';
			const inv = { period, investor, host, measure, sector, value: v.value, currency, source };
			return [{ kind: 'inv', inv: { ...inv, note: cell(c.note) } }];
		});
	}
};
