import { expect, it } from 'vitest';

/**
 * A table-driven test: one test per row, each row the arguments of `fn` and what it returns.
 * `read` turns the output into what the row compares (e.g. no-break spaces read as spaces).
 *
 * @example returns(formatPeriod, [[['en', '2024-Q4'], 'Q4 2024']])
 */
export function returns<A extends readonly unknown[], R>(
	fn: (...args: A) => R,
	rows: readonly (readonly [NoInfer<A>, NoInfer<R>])[],
	read: (output: R) => R = (output) => output
): void {
	it.each(rows)('%j → %j', (args, expected) => {
		expect(read(fn(...args))).toEqual(expected);
	});
}
