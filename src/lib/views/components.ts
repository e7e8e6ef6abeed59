/**
 * Each view's component, found by its folder: `./<name>/<Name>View.svelte` (the registry stays
 * pure; adding a view adds no line here). Every view component takes an optional `height`.
 *
 * Only the views of the dashboard's first screen (the registry's `top` place) are part of the
 * page's own code; every other view is a chunk of its own, loaded when it is wanted: on the
 * dashboard as it comes near the viewport or in idle time after the first screen is drawn
 * (`LazyView`, `defer`), in an embed or a slide at once.
 */
import type { Component } from 'svelte';
import type { ViewName } from './registry';
import LazyView from './LazyView.svelte';

export type ViewComponent = Component<{ height?: string }>;
type ViewModule = { default: ViewComponent };

/** The first screen's views: `registry.test.ts` checks this is the registry's `top` place. */
const eager = import.meta.glob<ViewModule>('./headline/HeadlineView.svelte', { eager: true });
/** Every view as its own chunk (an eager one resolves to the page's own code). */
const lazy = import.meta.glob<ViewModule>('./*/*View.svelte');

/** `./volumes/VolumesView.svelte` → `volumes`, when the file is named after its folder. */
function viewOf(path: string): string | null {
	const [, folder, file] = path.split('/');
	if (!folder || !file) return null;
	const own = `${folder[0]?.toUpperCase()}${folder.slice(1)}View.svelte`;
	return file === own ? folder : null;
}

function byView<T>(modules: Record<string, T>): Map<string, T> {
	return new Map(
		Object.entries(modules).flatMap(([path, m]) => {
			const name = viewOf(path);
			return name ? [[name, m] as const] : [];
		})
	);
}

const EAGER = new Map([...byView(eager)].map(([name, m]) => [name, m.default]));
const LOADERS = byView(lazy);
/** The components loaded so far (the eager ones from the start). */
const LOADED = new Map(EAGER);

/** The component of a view if it is part of the page or already loaded, else undefined. */
export function loadedView(name: ViewName): ViewComponent | undefined {
	return LOADED.get(name);
}

/** Loads a view's component (its chunk, once). */
export function loadView(name: ViewName): Promise<ViewComponent> {
	const found = LOADED.get(name);
	if (found) return Promise.resolve(found);
	const load = LOADERS.get(name);
	if (!load) return Promise.reject(new Error(`No component for view "${name}"`));
	return load().then((m) => {
		LOADED.set(name, m.default);
		return m.default;
	});
}

/**
 * The component of a view (every registered view has one: see registry.test.ts). A view outside
 * the first screen is a stand-in that loads it at once and then draws it.
 */
export function viewComponent(name: ViewName): ViewComponent {
	const found = EAGER.get(name);
	if (found) return found;
	if (!LOADERS.has(name)) {
		throw new Error(`No component for view "${name}" (expected ./${name}/…View.svelte)`);
	}
	return (internals, props) =>
		LazyView(internals, {
			name,
			load: () => loadView(name),
			get height() {
				return props.height;
			}
		});
}

/** The views that have a component, for the registry test. */
export const COMPONENT_NAMES: readonly string[] = [...LOADERS.keys()];

/** The views whose component is part of the page's own code, for the registry test. */
export const EAGER_NAMES: readonly string[] = [...EAGER.keys()];
