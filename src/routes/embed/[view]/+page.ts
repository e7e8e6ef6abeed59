// One view per embed URL (S1), prerendered for each view; the view state comes from the query
// string in the browser, decoded by the root layout like on the dashboard.
import { error } from '@sveltejs/kit';
import { isViewName, VIEW_NAMES } from '$lib/views/registry';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => VIEW_NAMES.map((view) => ({ view }));

export const load: PageLoad = ({ params }) => {
	if (!isViewName(params.view)) error(404, 'Unknown view');
	return { view: params.view };
};
