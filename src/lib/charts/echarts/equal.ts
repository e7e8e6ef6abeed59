/**
 * Structural equality of two ECharts options, to skip an update that would draw the same chart
 * again. One walk with an early exit at the first difference, no allocation (serialising both
 * options would copy every data point of both on every update).
 *
 * Functions (formatters) are equal when their source text is: our option builders create new
 * closures on every update, so identity would make no two options equal. The closures format the
 * figures drawn in the same option, so equal figures mean equal labels; the one thing this cannot
 * see is a text a closure reads from outside the option (a tooltip's provenance line naming a
 * dataset, when another dataset supplies exactly the same figures): that tooltip keeps the old
 * text until the chart next changes. Other objects must have the same prototype and own keys.
 */
export function optionsEqual(a: unknown, b: unknown): boolean {
	if (a === b) return true;
	if (typeof a !== typeof b) return false;
	if (typeof a === 'number') return Number.isNaN(a) && Number.isNaN(b as number);
	if (typeof a === 'function') return String(a) === String(b);
	if (typeof a !== 'object' || a === null || b === null) return false;
	const x = a as Record<string, unknown>;
	const y = b as Record<string, unknown>;
	if (Object.getPrototypeOf(x) !== Object.getPrototypeOf(y)) return false;
	if (Array.isArray(x) || (ArrayBuffer.isView(x) && !(x instanceof DataView))) {
		const xs = x as unknown as ArrayLike<unknown>;
		const ys = y as unknown as ArrayLike<unknown>;
		if (xs.length !== ys.length) return false;
		for (let i = 0; i < xs.length; i++) if (!optionsEqual(xs[i], ys[i])) return false;
		return true;
	}
	if (x instanceof Date) return x.getTime() === (y as unknown as Date).getTime();
	const keys = Object.keys(x);
	if (keys.length !== Object.keys(y).length) return false;
	for (const key of keys) {
		if (!Object.prototype.hasOwnProperty.call(y, key) || !optionsEqual(x[key], y[key]))
			return false;
	}
	return true;
}
