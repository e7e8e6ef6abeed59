/**
 * The one place that registers ECharts parts (modular imports keep the bundle small).
 * Both renderers are registered: canvas on screen, SVG for exports.
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
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

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
	CanvasRenderer,
	SVGRenderer
]);

export { echarts };
