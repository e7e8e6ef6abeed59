/**
 * The one place that registers ECharts parts (modular imports keep the bundle small).
 * Canvas draws on screen; the SVG renderer is only needed for SVG exports, so it loads with the
 * first one (`useSvgRenderer`) instead of with every page.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import {
	AriaComponent,
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	GraphicComponent
} from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import { setLoadedECharts } from './loaded';

echarts.use([
	BarChart,
	LineChart,
	ScatterChart,
	AriaComponent,
	DatasetComponent,
	GridComponent,
	LegendComponent,
	MarkAreaComponent,
	MarkLineComponent,
	TitleComponent,
	TooltipComponent,
	GraphicComponent,
	CanvasRenderer
]);
setLoadedECharts(echarts);

let svgReady: Promise<void> | null = null;
/** Registers the SVG renderer (once), loading its code on first use. */
export function useSvgRenderer(): Promise<void> {
	// The module file, not `echarts/renderers`: see src/echarts-lib.d.ts.
	svgReady ??= import('echarts/lib/renderer/installSVGRenderer.js').then((m) =>
		echarts.use([m.install])
	);
	return svgReady;
}

export { echarts };
