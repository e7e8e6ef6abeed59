/**
 * ECharts' core for code that may run before any chart has loaded it (the share dialog's picture
 * exports). The dashboard's first screen draws no ECharts chart, so ECharts and its parts
 * (./registry.ts) load with the first view that draws one; this module stays light.
 */
import type * as Core from 'echarts/core';

type ECharts = typeof Core;

let core: ECharts | null = null;

/** Called by ./registry.ts once ECharts and its parts are registered. */
export function setLoadedECharts(loaded: ECharts): void {
	core = loaded;
}

/** ECharts' core if a chart has loaded it; null means no chart exists on the page yet. */
export function loadedECharts(): ECharts | null {
	return core;
}
