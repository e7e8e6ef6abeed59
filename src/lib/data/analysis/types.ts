import type { Currency, Flow, Frequency } from '../schema';

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
	flow: Flow;
	sector: string;
	sectorLabel: string | null;
	currency: Currency;
	/** Currency the source published, when the value was converted for display. */
	originalCurrency: Currency;
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
	flow: Flow;
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
	sources: string[];
	flag: string;
	converted: boolean;
	sectorLabel: string | null;
}

/** A value that can be missing with a reason. */
export type Maybe = { value: number; gap: null } | { value: null; gap: GapReason };

export const some = (value: number): Maybe => ({ value, gap: null });
export const none = (gap: GapReason): Maybe => ({ value: null, gap });
