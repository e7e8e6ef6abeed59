/**
 * ECharts' treemap (the products view), registered once on first use: its code (chart, layout,
 * breadcrumb) loads with the products view, not with every page. The per-part module file, not
 * `echarts/charts`: see src/echarts-lib.d.ts.
 */
import { echarts } from './registry';

let ready: Promise<void> | null = null;

/** Loads and registers the treemap chart, once. */
export function loadTreemap(): Promise<void> {
	ready ??= import('echarts/lib/chart/treemap/install.js').then(({ install: TreemapChart }) => {
		echarts.use([TreemapChart]);
	});
	return ready;
}
