import { afterEach, describe, expect, it, vi } from 'vitest';

/** A stand-in IntersectionObserver: only the elements in `near` ever come near the viewport. */
function observerFor(near: Set<object>) {
	return class {
		constructor(private readonly report: (entries: { isIntersecting: boolean }[]) => void) {}
		observe(el: object) {
			if (near.has(el)) queueMicrotask(() => this.report([{ isIntersecting: true }]));
		}
		disconnect() {}
	};
}

afterEach(() => {
	vi.unstubAllGlobals();
	vi.resetModules();
});

describe('loadMap', () => {
	it('loads for a card that comes near even when an earlier card never did (it left the page)', async () => {
		const gone = {};
		const shown = {};
		vi.stubGlobal('IntersectionObserver', observerFor(new Set([shown])));
		vi.stubGlobal('addEventListener', () => {});
		vi.stubGlobal('removeEventListener', () => {});
		const { loadMap, MAP_NAME } = await import('./geo');
		const { echarts } = await import('./registry');
		let firstDone = false;
		void loadMap(gone as Element).then(() => (firstDone = true));
		await loadMap(shown as Element);
		expect(echarts.getMap(MAP_NAME)).toBeTruthy();
		// The first caller still waits for its own card, which left the page; nothing else waits on it.
		expect(firstDone).toBe(false);
		// A later card gets the loaded map at once, wherever it is.
		await expect(loadMap({} as Element)).resolves.toBeUndefined();
	});
});
