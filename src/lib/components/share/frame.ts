/**
 * Links a framed view (embed, slide) offers, provided by its route: the route knows the app's
 * base path, components do not import `$app`.
 */
import { getContext, setContext } from 'svelte';
import type { ViewState } from '$lib/url/codec';

export interface FrameLinks {
	/** The full dashboard showing `state`. */
	dashboard(state: ViewState): string;
}

const KEY = Symbol('frame-links');

export function setFrameLinks(links: FrameLinks) {
	setContext(KEY, links);
}

export function getFrameLinks(): FrameLinks | undefined {
	return getContext<FrameLinks | undefined>(KEY);
}
