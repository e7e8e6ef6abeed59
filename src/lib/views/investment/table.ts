/**
 * V6's table: investment as reported, in the currency it was reported in. Pure.
 */
import { t } from '../../i18n/messages';
import { countryName } from '../../i18n/names';
import { tableKit, type ExportTable, type ShownContext, type ViewData } from '../core/table';
import { partnersFor } from '../core/crossfilter';
import { filter, investmentItems } from './data';

/** Investment as reported; it has no cube rows behind it (no "full" CSV). */
export function investmentTable(data: ViewData, ctx: ShownContext): ExportTable {
	const { lang } = ctx;
	const { col, codeCol } = tableKit(ctx);
	const items = investmentItems(data.investment, partnersFor(data.selection, filter), lang);
	return {
		columns: [
			col('host', t(lang, 'table.host')),
			codeCol,
			col('measure', t(lang, 'table.measure')),
			col('period', t(lang, 'table.period')),
			// as reported, in the currency it was reported in
			{
				key: 'value',
				header: t(lang, 'table.value'),
				kind: 'number',
				currencyKey: 'currency'
			},
			col('currency', t(lang, 'table.currency')),
			col('source', t(lang, 'table.source')),
			col('note', t(lang, 'table.note'))
		],
		rows: items.map((r) => ({
			host: countryName(lang, r.host),
			code: r.host,
			measure: t(lang, `investment.measure.${r.measure}`),
			period: r.period,
			value: r.value,
			currency: r.currency,
			source: r.source,
			note: r.note
		}))
	};
}
