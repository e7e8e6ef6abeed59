/**
 * Drawing a slide off screen for the PowerPoint deck: which state it is drawn with, and when it
 * is ready to be read.
 */

/**
 * A slide's query as drawn for the deck: always as a chart, since a picture of the chart is what
 * the slide carries (a view pinned as a table is presented as a table, `tables=`).
 *
 * @example captureQuery('flow=import&tables=volumes') // 'flow=import'
 */
export function captureQuery(query: string): string {
	const params = new URLSearchParams(query);
	params.delete('tables');
	return params.toString();
}

/** True once `frame` holds its view and every chart in it has been drawn. */
export function frameReady(frame: Element): boolean {
	const charts = [...frame.querySelectorAll('[data-chart]')];
	return charts.length > 0 && charts.every((c) => c.getAttribute('data-chart-ready') === 'true');
}

/**
 * Waits for the frame `find` returns to be ready (see {@link frameReady}), checking every frame of
 * animation, for at most `timeoutMs`; then returns it as it is (a chart still loading is read
 * from its option all the same), or null when there is no frame at all.
 */
export async function frameSettled(
	find: () => Element | null,
	timeoutMs = 10_000
): Promise<Element | null> {
	const end = performance.now() + timeoutMs;
	for (;;) {
		const frame = find();
		if (frame && frameReady(frame)) return frame;
		if (performance.now() > end) return frame;
		await new Promise((resolve) => requestAnimationFrame(resolve));
	}
}
