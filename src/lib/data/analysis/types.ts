import type { Currency, Frequency, PublishedFlow, PublishedGrowth } from '../schema';

/** Why a figure is absent. A gap is `null` plus one of these, never 0, NaN or Infinity. */
export type GapReason =
	| 'no-data'
	| 'partial-year'
	| 'zero-base'
	| 'small-base'
	| 'negative-base'
	| 'missing-flow'
	| 'no-rate'
	| 'mixed-reporters'
	| 'months-differ';

/** One cell of the pre-aggregated cube: the grain every view reads. */
export interface CubeRow {
	dataset: string;
	reporter: string;
	partner: string;
	flow: PublishedFlow;
	sector: string;
	sectorLabel: string | null;
	currency: Currency;
	/** Currency the source published, when the value was converted for display. */
	originalCurrency: Currency;
	/** The value as published, in `originalCurrency` (equal to `value` when not converted). */
	reportedValue: number;
	period: string;
	freq: Frequency;
	year: number;
	month: number | null;
	value: number;
	sources: string[];
	flag: string;
}

/** Identity of a series: one reporter, partner, flow, sector and currency. Never summed across. */
export interface SeriesKey {
	reporter: string;
	partner: string;
	flow: PublishedFlow;
	sector: string;
	currency: Currency;
}

/** A year of a series, with how it was obtained. */
export interface AnnualPoint extends SeriesKey {
	year: number;
	value: number;
	/** annual: published as a year; quarters/months: summed from a complete year; partial: a part of a year. */
	basis: 'annual' | 'quarters' | 'months' | 'partial';
	/** For partial years: the months covered (1-12). */
	fromMonth: number;
	toMonth: number;
	/** Months inside the coverage that have no row (Comext omits months without recorded trade). */
	emptyMonths: number;
	/** The same months of the previous year, for partial years; null when not available. */
	prevSameMonths: number | null;
	/** The dataset `prevSameMonths` comes from (the point's own when it holds them). */
	prevDataset: string | null;
	sources: string[];
	flag: string;
	converted: boolean;
	sectorLabel: string | null;
	/** The one dataset the year comes from (precedence is per series and year, never mixed). */
	dataset: string;
	/**
	 * The figure in the currency its source published (growth, shares and indexes are computed on
	 * it, so that exchange-rate movement never shows as growth); null when the year's rows were
	 * published in more than one currency.
	 */
	reported: Reported | null;
	/** A growth rate its source published with this figure (see `PublishedGrowth`). */
	published?: PublishedGrowth | null;
}

/** A figure as published: value, currency, and the same months of the year before (partial years). */
export interface Reported {
	value: number;
	currency: Currency;
	prevSameMonths: number | null;
}

/** A value that can be missing with a reason. */
export type Maybe = { value: number; gap: null } | { value: null; gap: GapReason };

export const some = (value: number): Maybe => ({ value, gap: null });
export const none = (gap: GapReason): Maybe => ({ value: null, gap });
