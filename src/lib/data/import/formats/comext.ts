/**
 * Eurostat Comext: the data browser's relational-view CSV, the dissemination API's SDMX-CSV, and
 * the bulk files (full_v2 and legacy). Values in euro, full units. Reporter = Italy is ISTAT data.
 */
import { TOTAL } from '../../schema';
import { memoByText } from '../memo';
import { parsePeriodText } from '../periods';
import { cell, col, fieldsOf, flowOf, sdmxCode, sectorOf, signature } from './common';
import { isRejection, orient, periodRejection, reject } from './outcome';
import type { Draft, FormatModule, Mapper, Outcome, RowContext } from './types';

/** What every Comext layout's mapper shares: one value column, one figure per row, `.` decimals. */
function comextLayout(
	norm: string[],
	c: Record<string, number> & { value: number }
): Omit<Mapper, 'map'> {
	return {
		fields: fieldsOf(norm, c),
		valueColumns: [c.value],
		countUnit: 'rows',
		perRow: 1,
		numberPrior: '.',
		nativeDelimiter: ',',
		notices: [],
		units: []
	};
}

const VALUE_NAMES = ['valueineur', 'valueineuros', 'valueeur', 'indicatorvalue'];

/** Indicator codes/labels: values in euro are trade values; quantities and the rest are not. */
function indicatorIsValue(raw: string): boolean {
	const t = sdmxCode(raw).toUpperCase();
	return /^VALUE_(?:IN_)?EUROS?$/.test(t) || /^value in euros?$/i.test(raw.trim());
}

interface LongColumns {
	reporter: number;
	partner: number;
	flow: number;
	period: number;
	value: number;
	product: number;
	indicator: number;
}

interface LongExtra {
	source: string;
	note: (r: readonly string[]) => string;
	flag: (r: readonly string[]) => string;
	/** The row's part of its cell's figure (see `Draft.part`), for files split into parts. */
	part?: (r: readonly string[]) => string;
	procedure?: number;
	code?: (s: string) => string;
}

/** Product cells read once per distinct text. */
const productOf = memoByText((raw) => sectorOf(raw), 20000);

/** The shared row logic of the three Comext shapes. */
function mapLong(
	r: readonly string[],
	cx: RowContext,
	c: LongColumns,
	extra: LongExtra
): Outcome[] {
	const code = extra.code ?? ((s: string) => s);
	if (c.indicator >= 0) {
		const ind = cell(r, c.indicator);
		if (!indicatorIsValue(ind)) return [reject('not-trade-value', c.indicator, { value: ind })];
	}
	if (extra.procedure !== undefined && extra.procedure >= 0) {
		const proc = cell(r, extra.procedure);
		if (proc && !/^(?:t|total)(?:\s*-.*)?$/i.test(proc)) {
			return [reject('other-flow', extra.procedure, { value: proc })];
		}
	}
	const flowRaw = code(cell(r, c.flow));
	const flow = flowOf(flowRaw);
	if (flow === 'other') return [reject('other-flow', c.flow, { value: flowRaw })];
	if (flow === null) return [reject('unknown-flow', c.flow, { value: flowRaw })];
	const o = orient(
		code(cell(r, c.reporter)),
		c.reporter,
		code(cell(r, c.partner)),
		c.partner,
		flow
	);
	if (isRejection(o)) return [o];
	const periodRaw = cell(r, c.period);
	const period = parsePeriodText(code(periodRaw));
	if (!period) return [periodRejection(periodRaw, c.period)];
	const v = cx.value(r, c.value);
	if (!v.ok) return [v.reject];
	const product =
		c.product >= 0 ? productOf(code(cell(r, c.product))) : { sector: TOTAL, label: null };
	const obs: Draft = {
		period,
		partner: o.partner,
		flow: o.flow,
		reporter: o.reporter,
		sector: product.sector,
		sectorLabel: product.label,
		value: v.value,
		currency: 'EUR',
		source: extra.source,
		note: extra.note(r),
		flag: extra.flag(r),
		part: extra.part ? extra.part(r) : undefined
	};
	return [{ kind: 'obs', swapped: o.swapped, obs }];
}

export const comextBrowser: FormatModule = {
	id: 'comext-browser',
	label: 'Eurostat Comext (data browser CSV)',
	detect(norm) {
		if (norm.includes('dataflow') || norm.includes('tradetype')) return 0;
		return signature(
			norm,
			[['reporter'], ['partner'], ['product'], ['flow'], ['period'], VALUE_NAMES],
			[['statprocedure'], ['indicators']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			reporter: col(norm, 'reporter'),
			partner: col(norm, 'partner'),
			product: col(norm, 'product'),
			flow: col(norm, 'flow'),
			procedure: col(norm, 'statprocedure'),
			period: col(norm, 'period'),
			indicator: col(norm, 'indicators'),
			value: col(norm, ...VALUE_NAMES)
		};
		return {
			...comextLayout(norm, c),
			map: (r, cx) =>
				mapLong(r, cx, c, {
					source: 'Eurostat Comext',
					note: () => '',
					flag: () => '',
					procedure: c.procedure
				})
		};
	}
};

/**
 * Eurostat observation flags (OBS_FLAG / OBS_STATUS, one or more letters, maybe `p: provisional`):
 * `c` confidential, `p` provisional, `e` estimated, in that order of precedence. Others (`b` break
 * in series, `d` definition differs, `u` low reliability, ...) carry no flag.
 */
export function eurostatFlag(raw: string): string {
	const t = sdmxCode(raw).toLowerCase();
	if (!/^[a-z]{1,6}$/.test(t)) return '';
	return t.includes('c') ? 'c' : t.includes('p') ? 'p' : t.includes('e') ? 'e' : '';
}

export const comextSdmx: FormatModule = {
	id: 'comext-sdmx',
	label: 'Eurostat Comext (SDMX-CSV)',
	detect(norm) {
		return signature(
			norm,
			[
				['dataflow', 'structureid'],
				['reporter'],
				['partner'],
				['flow'],
				['timeperiod'],
				['obsvalue']
			],
			[['lastupdate'], ['freq'], ['product'], ['indicators'], ['obsflag', 'obsstatus']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			dataflow: col(norm, 'dataflow', 'structureid'),
			freq: col(norm, 'freq'),
			reporter: col(norm, 'reporter'),
			partner: col(norm, 'partner'),
			product: col(norm, 'product'),
			flow: col(norm, 'flow'),
			indicator: col(norm, 'indicators', 'indicator'),
			period: col(norm, 'timeperiod'),
			value: col(norm, 'obsvalue'),
			flag: col(norm, 'obsflag'),
			status: col(norm, 'obsstatus')
		};
		return {
			...comextLayout(norm, c),
			map(r, cx) {
				const ds = /DS-\d+/.exec(cell(r, c.dataflow));
				return mapLong(r, cx, c, {
					source: ds ? `Eurostat Comext ${ds[0]}` : 'Eurostat Comext',
					note: () => '',
					flag: (row) =>
						eurostatFlag(`${sdmxCode(cell(row, c.flag))}${sdmxCode(cell(row, c.status))}`),
					code: sdmxCode
				});
			}
		};
	}
};

export const comextBulk: FormatModule = {
	id: 'comext-bulk',
	label: 'Eurostat Comext (bulk file)',
	detect(norm) {
		const v2 = signature(
			norm,
			[['reporter'], ['partner'], ['productnc'], ['flow'], ['period'], ['valueeur']],
			[['tradetype'], ['statprocedure'], ['quantitykg']]
		);
		const legacy = signature(
			norm,
			[['declarantiso'], ['partneriso'], ['productnc'], ['flow'], ['period'], ['valueineuros']],
			[['declarant'], ['partner'], ['tradetype'], ['statregime'], ['quantityinkg']]
		);
		return Math.max(v2, legacy);
	},
	prepare({ norm }): Mapper {
		const legacy = norm.includes('declarantiso');
		const c = {
			reporter: legacy ? col(norm, 'declarantiso') : col(norm, 'reporter'),
			partner: legacy ? col(norm, 'partneriso') : col(norm, 'partner'),
			product: col(norm, 'productnc'),
			flow: col(norm, 'flow'),
			procedure: col(norm, 'statprocedure', 'statregime'),
			tradeType: col(norm, 'tradetype'),
			period: col(norm, 'period'),
			value: col(norm, 'valueeur', 'valueineuros'),
			indicator: -1
		};
		const extra: LongExtra = {
			source: legacy ? 'Eurostat Comext (bulk, legacy)' : 'Eurostat Comext (bulk)',
			note: () => 'sum of its trade types and statistical procedures',
			part: (row) => `${cell(row, c.tradeType)}/${cell(row, c.procedure)}`,
			flag: () => ''
		};
		return {
			...comextLayout(norm, c),
			// Bulk rows split each figure by trade type and statistical procedure (1 normal,
			// 2 inward, 3 outward processing...): the parts add up to total trade, so the rows of
			// one cell are summed (the one place the importer adds rows; see figures.ts). For more
			// than a few months, `npm run cube` aggregates bulk files outside the browser.
			map: (r, cx) => mapLong(r, cx, c, extra)
		};
	}
};

/**
 * A long table of Comext figures with ISO2 codes and a value in euro, as produced by many
 * scripts (`reporter,partner,flow,product_code,period,value_eur`, optionally with labels).
 */
export const comextLong: FormatModule = {
	id: 'comext-long',
	label: 'Eurostat Comext (long table, value in euro)',
	detect(norm) {
		if (norm.includes('productnc') || norm.includes('dataflow') || norm.includes('product'))
			return 0;
		return (
			0.9 *
			signature(
				norm,
				[
					['reporter'],
					['partner'],
					['flow'],
					['period'],
					['valueeur', 'valueineur', 'valueineuros']
				],
				[['productcode'], ['productlabel'], ['partnerlabel']]
			)
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			reporter: col(norm, 'reporter'),
			partner: col(norm, 'partner'),
			flow: col(norm, 'flow'),
			product: col(norm, 'productcode'),
			productLabel: col(norm, 'productlabel'),
			period: col(norm, 'period'),
			value: col(norm, 'valueeur', 'valueineur', 'valueineuros'),
			indicator: -1
		};
		return {
			fields: fieldsOf(norm, c),
			valueColumns: [c.value],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: null,
			nativeDelimiter: null,
			notices: [],
			units: [],
			map(r, cx) {
				const out = mapLong(r, cx, c, {
					source: 'Eurostat Comext',
					note: () => '',
					flag: () => ''
				});
				for (const o of out) {
					if (o.kind === 'obs' && o.obs.sector !== TOTAL && c.productLabel >= 0) {
						o.obs.sectorLabel = cell(r, c.productLabel) || o.obs.sectorLabel;
					}
				}
				return out;
			}
		};
	}
};
