// ECharts ships no declarations for its per-part module files. We import a few of them on demand
// (the SVG renderer, the map chart and the geo component): importing `echarts/charts`,
// `echarts/components` or `echarts/renderers` dynamically would keep every export of those
// modules in the first page's chunk, since the page already imports them statically.
declare module 'echarts/lib/*' {
	import type { use } from 'echarts/core';
	export const install: Exclude<Parameters<typeof use>[0], unknown[]>;
}
