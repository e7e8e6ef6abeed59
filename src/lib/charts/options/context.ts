import type { Currency, Measure } from '../../data/schema';
import type { Lang } from '../../i18n/lang';

/** What every option builder needs besides its data. */
export interface ChartContext {
	lang: Lang;
	currency: Currency;
	measure: Measure;
	/** Container width in px, to adapt label density (320 px embeds to 1920 px slides). */
	width: number;
	/** Show events on time charts. */
	events: boolean;
	/** Fill patterns as well as colours (pattern mode for colour-blind users and print). */
	patterns?: boolean;
	/**
	 * Whose statistics the view shows: when given, tooltips that have no reporter of their own
	 * (sectors, event windows) name it: Italy, or the partner.
	 */
	reporter?: 'ITA' | 'partner';
	/** Dataset names by id: when given, tooltips name the dataset of each figure. */
	datasetNames?: ReadonlyMap<string, string> | null;
}
