/**
 * Picture exports (S2): the on-screen chart's option, framed by the pure `exportOption`, drawn
 * once more off screen (a detached element, never attached to the page) and turned into a PNG
 * or an SVG; the off-screen instance is disposed at once. The on-screen chart is not touched.
 */
import type { EChartsCoreOption } from 'echarts/core';
import {
	EXPORT_FONT,
	exportHeight,
	exportOption,
	type ExportText,
	type Measure
} from '../options/picture';
import { loadedECharts } from './loaded';
import { pageScheduler } from './scheduler';

/**
 * The live option and size of the chart drawn in `el` (an element with `data-chart`). A chart
 * still waiting to be drawn (out of view since the last change) is drawn first.
 */
export function liveChart(
	el: Element | null
): { option: EChartsCoreOption; width: number; height: number } | null {
	if (!(el instanceof HTMLElement)) return null;
	pageScheduler().flushElement(el);
	const instance = loadedECharts()?.getInstanceByDom(el);
	if (!instance || instance.isDisposed()) return null;
	return {
		option: instance.getOption() as EChartsCoreOption,
		width: instance.getWidth(),
		height: instance.getHeight()
	};
}

let measureCtx: CanvasRenderingContext2D | null = null;

/** Measures text with the canvas the PNG is drawn on, so lines wrap where they will render. */
export const canvasMeasure: Measure = (text, size, bold) => {
	measureCtx ??= document.createElement('canvas').getContext('2d');
	if (!measureCtx) return text.length * size * 0.6;
	measureCtx.font = `${bold ? 'bold ' : ''}${size}px ${EXPORT_FONT}`;
	return measureCtx.measureText(text).width;
};

export interface PictureSize {
	/** CSS px of the picture; the PNG has `pixelRatio` times as many pixels. */
	width: number;
	height: number;
	pixelRatio: number;
}

/** 2× the on-screen chart, plus the title and footer bands. */
export function doubleSize(
	text: ExportText,
	live: { option: EChartsCoreOption; width: number; height: number }
): PictureSize {
	const width = Math.round(live.width);
	return {
		width,
		height: exportHeight(text, width, live.height, canvasMeasure, live.option),
		pixelRatio: 2
	};
}

/** A 1920 × 1080 slide: laid out at 960 × 540 and drawn at pixel ratio 2, so type reads on a screen. */
export const SLIDE_SIZE: PictureSize = { width: 960, height: 540, pixelRatio: 2 };

function framed(option: EChartsCoreOption, text: ExportText, size: PictureSize) {
	return exportOption(option, {
		...text,
		width: size.width,
		height: size.height,
		measure: canvasMeasure
	});
}

/** A PNG data URL of the framed chart. */
export function renderPng(option: EChartsCoreOption, text: ExportText, size: PictureSize): string {
	// A picture is of a chart on the page (liveChart), so ECharts is loaded by then.
	const echarts = loadedECharts();
	if (!echarts) throw new Error('No chart has loaded ECharts yet');
	const div = document.createElement('div');
	const chart = echarts.init(div, null, {
		renderer: 'canvas',
		width: size.width,
		height: size.height,
		devicePixelRatio: size.pixelRatio
	});
	try {
		chart.setOption(framed(option, text, size), { notMerge: true, lazyUpdate: false });
		return chart.getDataURL({
			type: 'png',
			pixelRatio: size.pixelRatio,
			backgroundColor: '#fff'
		});
	} finally {
		chart.dispose();
	}
}

/** An SVG document of the framed chart (text stays text, in the system font stack). */
export async function renderSvg(
	option: EChartsCoreOption,
	text: ExportText,
	size: PictureSize
): Promise<string> {
	const { echarts, useSvgRenderer } = await import('./registry');
	await useSvgRenderer();
	const chart = echarts.init(null, null, {
		renderer: 'svg',
		ssr: true,
		width: size.width,
		height: size.height
	});
	try {
		chart.setOption(framed(option, text, size), { notMerge: true, lazyUpdate: false });
		return chart.renderToSVGString();
	} finally {
		chart.dispose();
	}
}
