/**
 * Where a view is drawn: on the dashboard (tools, share dialog), inside an embed (no chrome, with
 * vintage and a link back) or on a presenter slide (as the embed, large). Set by the embed and
 * presenter routes through context, read by ChartCard, so the view components stay unchanged.
 */
import { getContext, setContext } from 'svelte';

export type FrameMode = 'dashboard' | 'embed' | 'present';

const KEY = Symbol('frame-mode');

export function setFrameMode(mode: FrameMode) {
	setContext(KEY, mode);
}

/** `dashboard` unless an ancestor said otherwise. */
export function getFrameMode(): FrameMode {
	return getContext<FrameMode | undefined>(KEY) ?? 'dashboard';
}
