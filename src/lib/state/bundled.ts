/**
 * The bundled default data (D1), shipped with the app so it opens with no network. The CSVs in
 * data/ are generated from ../shared/reference by scripts/build-data.mjs (see data/README.md).
 */
import tradeCsv from '../../../data/trade.csv?raw';
import eventsCsv from '../../../data/events.csv?raw';
import investmentCsv from '../../../data/investment.csv?raw';
import annualRatesCsv from '../../../data/eur-usd-annual.csv?raw';
import monthlyRatesCsv from '../../../data/eur-usd-monthly.csv?raw';
import publishedGrowthCsv from '../../../data/published-growth.csv?raw';
import {
	parseEventsCsv,
	parseInvestmentCsv,
	parsePublishedGrowthCsv,
	parseRates,
	parseTradeCsv
} from '../data/bundled';
import { toTable } from '../data/table';

export const BUNDLED_DATASET = 'bundled';

/** Data vintage: the newest extract the bundled figures come from. */
export const BUNDLED_VINTAGE = 'Eurostat Comext extract of Nov 2024; national statistics to 2023';

let cached: ReturnType<typeof parseAll> | null = null;

/** Parses the bundled files once per page. */
export function loadBundled() {
	cached ??= parseAll();
	return cached;
}

function parseAll() {
	return {
		table: toTable(parseTradeCsv(tradeCsv, BUNDLED_DATASET)),
		events: parseEventsCsv(eventsCsv),
		investment: parseInvestmentCsv(investmentCsv),
		published: parsePublishedGrowthCsv(publishedGrowthCsv),
		rates: { annual: parseRates(annualRatesCsv), monthly: parseRates(monthlyRatesCsv) }
	};
}
