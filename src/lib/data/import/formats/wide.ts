/**
 * Wide tables (one column per period): World Bank WITS, ISTAT-style Italian tables, and the
 * stat.uz SDMX-style national table. Counts are per observation: a row with 3 year columns is 3
 * items read; a row rejected as a whole is 3 rejections (one issue with `count`).
 */
import type { Currency, Flow } from '../../schema';
import { TOTAL } from '../../schema';
import { resolveCountry } from '../countries';
import { isSpreadsheetMonth, parsePeriodHeader } from '../periods';
import { detectCurrency, detectScale, type Scale } from '../units';
import { cell, col, fieldsOf, flowOf, sectorOf, signature } from './common';
import {
	type Figure,
	flowCell,
	isRejection,
	orient,
	partnerCell,
	reject,
	tradeDraft
} from './outcome';
import type {
	FormatModule,
	IssueDraft,
	Mapper,
	Outcome,
	PrepareContext,
	RowContext
} from './types';

interface PeriodCol {
	index: number;
	period: string;
	/** Flow stated in the column header (`Export 2023`), Italy's view. */
	flow: Flow | null;
	/** From a marker on the header: `2023 (p)`, `2023*` provisional; `2023 (e)` estimated. */
	flag: '' | 'p' | 'e';
	/** The header is a month saved as a number (`2005.1`): every cell of the column is rejected. */
	spreadsheet?: string;
}

const FLOW_WORD =
	/\b(esportazioni|esportazione|export|exports|exp|importazioni|importazione|import|imports|imp)\b\.?/i;

/** Period columns; a header may carry a flow word (`Export 2023`, `2023 importazioni`). */
function periodCols(headers: readonly string[]): PeriodCol[] {
	const out: PeriodCol[] = [];
	headers.forEach((h, index) => {
		let flow: Flow | null = null;
		let text = h;
		const w = FLOW_WORD.exec(h);
		if (w) {
			const f = flowOf(w[1] as string);
			if (f === 'export' || f === 'import') flow = f;
			text = h.replace(FLOW_WORD, ' ').replace(/[-–:]/g, ' ');
		}
		const bare = text.replace(/\s+/g, ' ').trim();
		const c4 = bare.charCodeAt(4);
		if ((c4 === 46 || c4 === 44) && bare.length <= 7 && isSpreadsheetMonth(bare)) {
			out.push({ index, period: bare, flow, flag: '', spreadsheet: h.trim() });
			return;
		}
		const p = parsePeriodHeader(bare);
		if (p)
			out.push({
				index,
				period: p.period,
				flow,
				flag: /^(?:p|\*+|prov.*)$/i.test(p.marker)
					? 'p'
					: /^(?:e|est.*|stim.*)$/i.test(p.marker)
						? 'e'
						: ''
			});
	});
	return out;
}

function countPeriodHeaders(headers: readonly string[]): number {
	return periodCols(headers).length;
}

/** Where a row's figures go, and what they share besides their period, value and flag. */
interface WideRow {
	to: { reporter: string; partner: string; flow: Flow | null; swapped?: boolean };
	/** A flow in the column's header (`Export 2023`) wins over the row's (ISTAT tables). */
	headerFlow?: boolean;
	figure: Omit<Figure, 'period' | 'value' | 'flag'>;
}

/** One outcome per period cell of a row, given what the row's other columns said. */
function cells(
	r: readonly string[],
	cx: RowContext,
	cols: readonly PeriodCol[],
	power: number,
	row: WideRow
): Outcome[] {
	const out: Outcome[] = [];
	const swapped = row.to.swapped ?? false;
	for (const pc of cols) {
		if (pc.spreadsheet !== undefined) {
			out.push(reject('spreadsheet-period', pc.index, { value: pc.spreadsheet }));
			continue;
		}
		const v = cx.value(r, pc.index, power);
		if (!v.ok) {
			out.push(v.reject);
			continue;
		}
		const to = row.headerFlow ? { ...row.to, flow: pc.flow ?? row.to.flow } : row.to;
		const figure = { ...row.figure, period: pc.period, value: v.value, flag: pc.flag };
		const draft = tradeDraft(to as { reporter: string; partner: string; flow: Flow }, figure);
		out.push({ kind: 'obs', obs: draft, swapped, column: pc.index });
	}
	return out;
}

/** The mapper of a wide table: a row stands for one observation per period column. */
function wideMapper(
	norm: readonly string[],
	named: Record<string, number>,
	cols: readonly PeriodCol[],
	how: { native: boolean; notices: IssueDraft[]; units: string[] },
	map: Mapper['map']
): Mapper {
	const fields = fieldsOf(norm, named);
	for (const pc of cols) fields[pc.index] = `value:${pc.period}`;
	return {
		fields,
		valueColumns: cols.map((pc) => pc.index),
		countUnit: 'observations',
		ownUnits: true,
		perRow: cols.length,
		numberPrior: how.native ? '.' : null,
		nativeDelimiter: how.native ? ',' : null,
		notices: how.notices,
		units: how.units,
		map
	};
}

function scaleNotice(scale: Scale, where: string): IssueDraft {
	return {
		code: 'units-scaled',
		params: { factor: 10 ** scale.power, phrase: scale.phrase, where }
	};
}

// ---------------------------------------------------------------------------------------------
// WITS

const NOT_VALUE_INDICATOR = /share|%|index|number of|growth|rca|hhi|count|tariff|duty|lines/i;

export const witsWide: FormatModule = {
	id: 'wits-wide',
	label: 'World Bank WITS (trade summary, wide)',
	detect(norm, headers) {
		if (countPeriodHeaders(headers) === 0) return 0;
		return (
			signature(
				norm,
				[
					['reportername', 'reporter'],
					['partnername', 'partner'],
					['tradeflow'],
					['productgroup', 'product']
				],
				[['indicator', 'measure']]
			) * (norm.includes('reportername') ? 1 : 0.9)
		);
	},
	prepare({ norm, headers }): Mapper {
		const c = {
			reporter: col(norm, 'reportername', 'reporter'),
			partner: col(norm, 'partnername', 'partner'),
			flow: col(norm, 'tradeflow'),
			product: col(norm, 'productgroup', 'product'),
			indicator: col(norm, 'indicator', 'measure')
		};
		const cols = periodCols(headers);
		const notices: IssueDraft[] = [];
		const units: string[] = [];
		let assumed = false;
		/** The indicator's scale, else WITS's own, said once. */
		const scaleOf = (indicator: string): Scale => {
			let scale = detectScale(indicator);
			if (!scale) {
				// WITS trade summaries are in US$ thousand (Comtrade data): say so once.
				scale = { power: 3, phrase: 'US$ Thousand' };
				if (!assumed) {
					assumed = true;
					notices.push({ code: 'units-assumed', params: { factor: 1000, phrase: 'US$ Thousand' } });
				}
			}
			if (!units.includes(scale.phrase)) units.push(scale.phrase);
			return scale;
		};
		return wideMapper(norm, c, cols, { native: true, notices, units }, (r, cx) => {
			const n = cols.length;
			const ind = cell(r, c.indicator);
			if (ind && NOT_VALUE_INDICATOR.test(ind)) {
				return [reject('not-trade-value', c.indicator, { value: ind }, n)];
			}
			const flow = flowCell(cell(r, c.flow), c.flow, n);
			if (isRejection(flow)) return [flow];
			const o = orient(cell(r, c.reporter), c.reporter, cell(r, c.partner), c.partner, flow, n);
			if (isRejection(o)) return [o];
			const scale = scaleOf(ind);
			const product = cell(r, c.product);
			const sector = /^all products$/i.test(product)
				? { sector: TOTAL, label: null }
				: sectorOf(product);
			const figure = { sector, currency: 'USD' as const, source: 'World Bank WITS' };
			return cells(r, cx, cols, scale.power, { to: o, figure });
		});
	}
};

// ---------------------------------------------------------------------------------------------
// ISTAT-style Italian wide table

const COUNTRY_HEADERS = [
	'paese',
	'paesi',
	'paesepartner',
	'paeseterritorio',
	'paesiterritori',
	'territorio',
	'areageografica',
	'paesedidestinazione',
	'paesediorigine',
	'partner',
	'country',
	'stato'
];
const SECTOR_HEADERS = [
	'merce',
	'merci',
	'prodotto',
	'prodotti',
	'settore',
	'ateco',
	'ateco2007',
	'divisione',
	'gruppo',
	'sh',
	'sh2',
	'capitolo',
	'cpa',
	'product',
	'sector'
];
const FLOW_HEADERS = [
	'flusso',
	'flussi',
	'tipoflusso',
	'tipodiflusso',
	'importexport',
	'flow',
	'tradeflow'
];

/** The single flow a text names (title, file name), else null. */
function flowInText(text: string): Flow | null {
	const exp = /esportazion|(?:^|[^a-z])exports?(?:[^a-z]|$)/i.test(text);
	const imp = /importazion|(?:^|[^a-z])imports?(?:[^a-z]|$)/i.test(text);
	if (exp && !imp) return 'export';
	if (imp && !exp) return 'import';
	return null;
}

export const istatWide: FormatModule = {
	id: 'istat-wide',
	label: 'ISTAT-style Italian table (wide)',
	detect(norm, headers) {
		if (countPeriodHeaders(headers) === 0) return 0;
		if (['partnername', 'reporter', 'reportername', 'klassifikator'].some((n) => norm.includes(n)))
			return 0;
		return 0.9 * signature(norm, [COUNTRY_HEADERS], [SECTOR_HEADERS, FLOW_HEADERS]);
	},
	prepare(ctx: PrepareContext): Mapper | { fatal: IssueDraft } {
		const { norm, headers, titleLines, fileName, tableFlow } = ctx;
		const c = {
			partner: col(norm, ...COUNTRY_HEADERS),
			sector: col(norm, ...SECTOR_HEADERS),
			flow: col(norm, ...FLOW_HEADERS)
		};
		const cols = periodCols(headers);
		const notices: IssueDraft[] = [];
		let fileFlow: Flow | null = null;
		if (c.flow < 0 && cols.some((pc) => !pc.flow)) {
			const title = titleLines.join(' ');
			fileFlow = tableFlow ?? flowInText(title) ?? flowInText(fileName);
			if (!fileFlow) return { fatal: { code: 'needs-flow', params: { format: 'istat-wide' } } };
			notices.push({
				code: 'flow-from-context',
				params: {
					flow: fileFlow,
					from: tableFlow ? 'option' : flowInText(title) ? 'title' : 'file-name'
				}
			});
		}
		// Units: a header cell, else a title line naming a currency.
		const units: string[] = [];
		let scale: Scale | null = null;
		for (const h of headers) scale ??= detectScale(h, false);
		for (const t of titleLines) scale ??= detectScale(t, true);
		if (scale) {
			units.push(scale.phrase);
			notices.push(scaleNotice(scale, 'title'));
		}
		const currency: Currency = detectCurrency([...titleLines, ...headers].join(' ')) ?? 'EUR';
		const power = scale?.power ?? 0;
		return wideMapper(norm, c, cols, { native: false, notices, units }, (r, cx) => {
			const n = cols.length;
			let rowFlow: Flow | null = fileFlow;
			if (c.flow >= 0) {
				const f = flowCell(cell(r, c.flow), c.flow, n);
				if (isRejection(f)) return [f];
				rowFlow = f;
			}
			const partner = partnerCell(cell(r, c.partner), c.partner, () => 'ITA', n);
			if (isRejection(partner)) return [partner];
			const sector = c.sector >= 0 ? sectorOf(cell(r, c.sector)) : { sector: TOTAL, label: null };
			const to = { reporter: 'ITA', partner, flow: rowFlow };
			return cells(r, cx, cols, power, {
				to,
				headerFlow: true,
				figure: { sector, currency, source: 'ISTAT' }
			});
		});
	}
};

// ---------------------------------------------------------------------------------------------
// stat.uz (Statistics Agency of Uzbekistan) SDMX-style table: one row per partner, years as columns

export const uzstatWide: FormatModule = {
	id: 'uzstat-wide',
	label: 'Uzbekistan national statistics (stat.uz table)',
	detect(norm, headers) {
		if (countPeriodHeaders(headers) === 0) return 0;
		return signature(
			norm,
			[['code'], ['klassifikator', 'klassifikatoren']],
			[['klassifikatorru'], ['klassifikatoren']]
		);
	},
	prepare({ norm, headers, fileName, tableFlow }): Mapper | { fatal: IssueDraft } {
		const c = {
			code: col(norm, 'code'),
			name: col(norm, 'klassifikatoren', 'klassifikator', 'klassifikatorru')
		};
		const cols = periodCols(headers);
		const table = /(?:^|\D)(1105|1176)(?:\D|$)/.exec(fileName)?.[1];
		// Tables 1105 (exports by country) and 1176 (imports by country), from Uzbekistan's view.
		const flow: Flow | null =
			tableFlow ?? (table === '1105' ? 'export' : table === '1176' ? 'import' : null);
		if (!flow) return { fatal: { code: 'needs-flow', params: { format: 'uzstat-wide' } } };
		const notices: IssueDraft[] = [
			{
				code: 'flow-from-context',
				params: { flow, from: tableFlow ? 'option' : 'file-name', table: table ?? '' }
			},
			scaleNotice({ power: 3, phrase: 'thousand USD' }, 'format')
		];
		const source = table
			? `Statistics Agency of Uzbekistan (stat.uz), table ${table}`
			: 'Statistics Agency of Uzbekistan (stat.uz)';
		const figure = { sector: { sector: TOTAL, label: null }, currency: 'USD' as const, source };
		const how = { native: true, notices, units: ['thousand USD'] };
		return wideMapper(norm, c, cols, how, (r, cx) => {
			const code = cell(r, c.code);
			const partnerCol = code && resolveCountry(code).kind !== 'unknown' ? c.code : c.name;
			const o = orient('UZB', -1, cell(r, partnerCol), partnerCol, flow, cols.length);
			if (isRejection(o)) return [o];
			return cells(r, cx, cols, 3, { to: o, figure });
		});
	}
};
