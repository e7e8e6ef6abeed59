/**
 * Each view's component, found by its folder: `./<name>/<Name>View.svelte` (the registry stays
 * pure; adding a view adds no line here). Every view component takes an optional `height`.
 */
import type { Component } from 'svelte';
import type { ViewName } from './registry';

export type ViewComponent = Component<{ height?: string }>;

const modules = import.meta.glob<{ default: ViewComponent }>('./*/*View.svelte', { eager: true });

/** `./volumes/VolumesView.svelte` → `volumes`, when the file is named after its folder. */
function viewOf(path: string): string | null {
	const [, folder, file] = path.split('/');
	if (!folder || !file) return null;
	const own = `${folder[0]?.toUpperCase()}${folder.slice(1)}View.svelte`;
	return file === own ? folder : null;
}

const COMPONENTS = new Map<string, ViewComponent>(
	Object.entries(modules).flatMap(([path, m]) => {
		const name = viewOf(path);
		return name ? [[name, m.default] as const] : [];
	})
);

/** The component of a view (every registered view has one: see registry.test.ts). */
export function viewComponent(name: ViewName): ViewComponent {
	const found = COMPONENTS.get(name);
	if (!found) throw new Error(`No component for view "${name}" (expected ./${name}/…View.svelte)`);
	return found;
}

/** The views that have a component, for the registry test. */
export const COMPONENT_NAMES: readonly string[] = [...COMPONENTS.keys()];
