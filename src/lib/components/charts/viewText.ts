/** What a view's frame says of it: ChartCard, the share menu and dialog read the same props. */
import type { Lang } from '$lib/i18n/lang';

export interface ViewText {
	/** The view's name (`/embed/<name>`, file names, `data-view`). */
	name: string;
	lang: Lang;
	title: string;
	subtitle: string;
	sources: readonly string[];
	/** Footer notes (conversion, rules), in pictures and slides too. */
	notes?: readonly string[];
}
