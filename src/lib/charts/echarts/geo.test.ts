import { describe, expect, it } from 'vitest';
import { loadMap, MAP_NAME } from './geo';
import { echarts } from './registry';

describe('loadMap', () => {
	it('registers the map once, for every caller, wherever its card is', async () => {
		await Promise.all([loadMap(), loadMap()]);
		const map = echarts.getMap(MAP_NAME) as { geoJSON?: { features?: unknown[] } } | undefined;
		expect(map?.geoJSON?.features?.length).toBeGreaterThan(5);
		await expect(loadMap()).resolves.toBeUndefined();
	});
});
