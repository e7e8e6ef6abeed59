/**
 * The parts summed into each kept row (see `Draft.part`), without an object per row: the first
 * part of a row is a code in a typed array, and only a row that receives a second part gets a
 * set. (One `Set` per row made a 1M-row Comext bulk import 1.5x slower, most of it GC.)
 */
export class PartSets {
	/** Code of each row's first part + 1 (0 = the row declares no parts), by row index. */
	private first = new Int32Array(1024);
	private readonly codes = new Map<string, number>();
	/** Rows holding more than one part: every part code. */
	private readonly more = new Map<number, Set<number>>();

	private codeOf(part: string): number {
		let k = this.codes.get(part);
		if (k === undefined) {
			k = this.codes.size;
			this.codes.set(part, k);
		}
		return k;
	}

	/** Row `row` starts its figure with `part`. */
	start(row: number, part: string): void {
		if (row >= this.first.length) {
			const grown = new Int32Array(Math.max(row + 1, this.first.length * 2));
			grown.set(this.first);
			this.first = grown;
		}
		this.first[row] = this.codeOf(part) + 1;
	}

	/**
	 * Adds `part` to row `row`'s figure when the row declares parts and does not hold it yet;
	 * returns whether it was added.
	 */
	add(row: number, part: string): boolean {
		const first = row < this.first.length ? (this.first[row] as number) - 1 : -1;
		if (first < 0) return false;
		const k = this.codeOf(part);
		if (k === first) return false;
		let set = this.more.get(row);
		if (set === undefined) {
			set = new Set([first]);
			this.more.set(row, set);
		}
		if (set.has(k)) return false;
		set.add(k);
		return true;
	}
}
