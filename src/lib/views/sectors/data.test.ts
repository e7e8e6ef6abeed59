import { describe, expect, it } from 'vitest';
import { listedNamed, NAMED_LISTED, type NamedItem } from './data';

// Synthetic figures, largest first as namedFigures gives them.
const items: NamedItem[] = Array.from({ length: 40 }, (_, i) => ({
	sector: String(100000 + i),
	label: null,
	value: 1000 - i
}));

describe('listedNamed', () => {
	it('lists the largest figures only, in their order, when there are many', () => {
		const shown = listedNamed(items, null);
		expect(shown).toHaveLength(NAMED_LISTED);
		expect(shown.map((i) => i.value)).toEqual(items.slice(0, NAMED_LISTED).map((i) => i.value));
	});

	it('keeps a chosen figure from further down on the list, after the largest', () => {
		const chosen = items[30] as NamedItem;
		const shown = listedNamed(items, chosen.sector);
		expect(shown).toHaveLength(NAMED_LISTED + 1);
		expect(shown.at(-1)).toBe(chosen);
	});

	it('lists every figure of a short list, the chosen one once', () => {
		const few = items.slice(0, 4);
		expect(listedNamed(few, few[2]?.sector ?? null)).toEqual(few);
	});
});
