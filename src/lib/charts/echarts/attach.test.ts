import { describe, expect, it } from 'vitest';
import { replaceOption } from './attach';
import { echarts, useSvgRenderer } from './registry';

const stack = (ids: string[]) => ({
	xAxis: { type: 'value' },
	yAxis: { type: 'category', data: ['KAZ'] },
	tooltip: { trigger: 'item' },
	series: ids.map((id) => ({ id, type: 'bar', stack: 'share', data: [1] }))
});

describe('replaceOption', () => {
	it('draws the series in the order of the new option when the list changes', async () => {
		await useSvgRenderer();
		const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 400, height: 200 });
		try {
			// Another country's sectors: one series id survives (the remainder), the others are new.
			let drawn = replaceOption(chart, stack(['sector-27', 'sector-rest']), null);
			drawn = replaceOption(chart, stack(['sector-84', 'sector-85', 'sector-rest']), drawn);
			const ids = () => (chart.getOption().series as { id: string }[]).map((s) => s.id);
			expect(ids()).toEqual(['sector-84', 'sector-85', 'sector-rest']);
			// The same list again: merged in place, same order.
			replaceOption(chart, stack(['sector-84', 'sector-85', 'sector-rest']), drawn);
			expect(ids()).toEqual(['sector-84', 'sector-85', 'sector-rest']);
		} finally {
			chart.dispose();
		}
	});
});
