// One view per embed URL (S1), prerendered for each view; the view state comes from the query
// string in the browser, decoded by the root layout like on the dashboard.
import { error } from '@sveltejs/kit';
import { isSlideView, SLIDE_VIEWS } from '$lib/url/deck';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => SLIDE_VIEWS.map((view) => ({ view }));

export const load: PageLoad = ({ params }) => {
	if (!isSlideView(params.view)) error(404, 'Unknown view');
	return { view: params.view };
};
