import { describe, expect, it } from 'vitest';
import { boundText, clipText, cutAt, DISPLAY_LIMIT } from './bounded';

describe('bounded text for display', () => {
	it('keeps short text whole', () => {
		expect(boundText('Eurostat Comext')).toEqual({
			shown: 'Eurostat Comext',
			cut: false,
			length: 15
		});
	});

	it('cuts a 50-million-character line to the display limit, with … and the length', () => {
		const huge = 'a;'.repeat(25_000_000);
		const b = boundText(huge);
		expect(b.cut).toBe(true);
		expect(b.length).toBe(50_000_000);
		expect(b.shown).toHaveLength(DISPLAY_LIMIT + 1);
		expect(b.shown.endsWith('…')).toBe(true);
	});

	it('never cuts inside an emoji, a flag or an accented letter', () => {
		expect(cutAt('ab🇰🇿cd', 3)).toBe('ab');
		expect(cutAt('ab🇰🇿cd', 6)).toBe('ab🇰🇿');
		expect(cutAt('abe\u0301f', 3)).toBe('ab');
		expect(cutAt('a😀b', 2)).toBe('a');
	});

	it('shows text without bidi controls, so nothing is reordered on screen', () => {
		expect(clipText('Eurostat \u202Etxt.exe')).toBe('Eurostat txt.exe');
		expect(clipText('\u202E' + 'x'.repeat(300), 5)).toBe('xxxx…');
	});
});
