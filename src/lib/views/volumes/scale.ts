/**
 * The log scale of the volumes view: zero and negative values cannot be drawn on it. They become
 * gaps on the chart (counted, said in a note) and stay in the table. Pure.
 */
import type { Scale } from '../../url/codec';

/** The value as drawn: null where the scale cannot draw it. */
export const drawable = (value: number | null, scale: Scale): number | null =>
	value === null || (scale === 'log' && value <= 0) ? null : value;

/** How many figures the scale cannot draw (0 on a linear scale). */
export function notDrawn(values: Iterable<number | null>, scale: Scale): number {
	if (scale !== 'log') return 0;
	let n = 0;
	for (const v of values) if (v !== null && v <= 0) n++;
	return n;
}

/** The value axis on a log scale: ECharts' log axis with the money axis' labels. */
export function scaledAxis<T extends object>(axis: T, scale: Scale) {
	return scale === 'log' ? { ...axis, type: 'log', logBase: 10 } : axis;
}
