/**
 * Lazy map support (V5): registers ECharts' map parts and a map of Italy, Central Asia and the
 * countries between, built from the world-atlas TopoJSON package (Natural Earth 1:110m, public
 * domain). Loaded only when the map view comes near the viewport (about 57 KiB gzip of geometry,
 * map chart and TopoJSON code), so a first view without the map does not pay for it.
 */
import { echarts } from './registry';

export const MAP_NAME = 'italy-central-asia';

/** UN M49 → ISO3 for the countries the dashboard colours; others keep their numeric id. */
const M49_TO_ISO3: Record<string, string> = {
	'380': 'ITA',
	'398': 'KAZ',
	'860': 'UZB',
	'417': 'KGZ',
	'762': 'TJK',
	'795': 'TKM',
	'031': 'AZE',
	'643': 'RUS'
};

/** Context countries are drawn when they lie wholly in this box (lon, lat). */
const BOX = { west: 5, east: 90, south: 30, north: 56 };

let ready: Promise<void> | null = null;

/**
 * Loads and registers the map, once. The map view is a chunk of its own that loads as its card
 * comes near the viewport or in idle time (src/lib/views/LazyView.svelte), so the map's code
 * loads with it: a second wait of its own, tied to one card, once held a re-mounted map at
 * "Loading data…" for good.
 */
export function loadMap(): Promise<void> {
	return loadOnce();
}

function loadOnce(): Promise<void> {
	ready ??= (async () => {
		// Per-part module files, not `echarts/charts`: see src/echarts-lib.d.ts.
		const [{ install: MapChart }, { install: GeoComponent }, topo, world] = await Promise.all([
			import('echarts/lib/chart/map/install.js'),
			import('echarts/lib/component/geo/install.js'),
			import('topojson-client'),
			import('world-atlas/countries-110m.json')
		]);
		echarts.use([MapChart, GeoComponent]);
		const atlas = (world as { default?: unknown }).default ?? world;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		const collection = topo.feature(atlas as any, (atlas as any).objects.countries) as unknown as {
			type: 'FeatureCollection';
			features: {
				id?: string;
				properties: Record<string, unknown>;
				geometry: { type: string; coordinates: unknown };
			}[];
		};
		const bounds = (coords: unknown) => {
			const pts: number[][] = [];
			const walk = (c: unknown) => {
				if (Array.isArray(c) && typeof c[0] === 'number') pts.push(c as number[]);
				else if (Array.isArray(c)) c.forEach(walk);
			};
			walk(coords);
			const xs = pts.map((p) => p[0] as number);
			const ys = pts.map((p) => p[1] as number);
			return {
				west: Math.min(...xs),
				east: Math.max(...xs),
				south: Math.min(...ys),
				north: Math.max(...ys)
			};
		};
		const features = collection.features
			.map((f) => {
				const id = String(f.id ?? '');
				return { ...f, properties: { ...f.properties, name: M49_TO_ISO3[id] ?? `m49-${id}` } };
			})
			.filter((f) => {
				if (f.properties.name === 'RUS') return false; // spans to 180°E: drawn, it would dwarf the region
				if (!String(f.properties.name).startsWith('m49-')) return true;
				// Whole country inside the box: no overseas territories stretching the frame.
				const b = bounds(f.geometry.coordinates);
				return (
					b.west >= BOX.west && b.east <= BOX.east && b.south >= BOX.south && b.north <= BOX.north
				);
			});
		// eslint-disable-next-line @typescript-eslint/no-explicit-any
		echarts.registerMap(MAP_NAME, { type: 'FeatureCollection', features } as any);
	})();
	return ready;
}
