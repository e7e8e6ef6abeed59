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

/** The map's code loads when its card is this close to the viewport (a download ahead). */
const LOAD_MARGIN = '400px 0px';

/**
 * Resolves when `el` comes within LOAD_MARGIN of the viewport; at once without an element or an
 * IntersectionObserver (tests, old browsers), and before printing.
 */
function nearViewport(el: Element | null): Promise<void> {
	if (!el || typeof IntersectionObserver !== 'function') return Promise.resolve();
	return new Promise((resolve) => {
		const done = () => {
			observer.disconnect();
			removeEventListener('beforeprint', done);
			resolve();
		};
		const observer = new IntersectionObserver(
			(entries) => {
				if (entries.some((e) => e.isIntersecting)) done();
			},
			{ rootMargin: LOAD_MARGIN }
		);
		observer.observe(el);
		addEventListener('beforeprint', done);
	});
}

let ready: Promise<void> | null = null;

/**
 * Loads and registers the map, once. `near` (by default the map view's card, `[data-view="map"]`)
 * delays the download until it comes near the viewport. Each caller waits for its own card: the
 * load itself is shared, the wait is not, so a card that left the page before coming near (a view
 * re-mounted, a page left and come back to) cannot hold every later map at "Loading data…".
 */
export function loadMap(
	near: Element | null = typeof document === 'undefined'
		? null
		: document.querySelector('[data-view="map"]')
): Promise<void> {
	return ready ?? nearViewport(near).then(loadOnce);
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
