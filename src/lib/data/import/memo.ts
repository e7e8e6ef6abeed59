/**
 * `fn` computed once per distinct text: a file of a million rows holds a few thousand distinct
 * partners, periods, products or flows. The cache is emptied past `limit` entries, so a hostile
 * file of all-distinct cells costs bounded memory.
 */
export function memoByText<R>(fn: (raw: string) => R, limit: number): (raw: string) => R {
	const cache = new Map<string, R>();
	return (raw) => {
		let hit = cache.get(raw);
		if (hit === undefined) {
			hit = fn(raw);
			if (cache.size > limit) cache.clear();
			cache.set(raw, hit);
		}
		return hit;
	};
}
