// ECharts ships no declaration for its per-renderer module files; `registry.ts` imports the SVG
// one on demand so that its code stays out of the first page's chunk.
declare module 'echarts/lib/renderer/installSVGRenderer.js' {
	import type { use } from 'echarts/core';
	export const install: Exclude<Parameters<typeof use>[0], unknown[]>;
}
