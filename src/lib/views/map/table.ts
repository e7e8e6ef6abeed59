/**
 * The map's table (on screen and CSV) and the cube rows behind it: the comparison's, of the
 * countries as the map shows them (the year picked on its slider, else the comparison's
 * period). Pure.
 */
import type { CubeRow } from '../../data/analysis/types';
import type { ExportTable, ShownContext, ViewData } from '../core/table';
import { barsWithProvenance, partnersRows, partnersTable } from '../partners/table';
import { mapData } from './data';

type MapViewData = Pick<ViewData, 'partners' | 'prepared' | 'selection'>;

/**
 * The view data with the map's countries in place of the comparison's bars. A proxy, not a
 * spread: the dashboard state is a class whose fields are getters on its prototype (a spread
 * would drop `selection` and `prepared`), read here with the state itself as receiver.
 */
export function asShown<D extends MapViewData>(data: D): D {
	const partners = mapData(data.prepared, data.selection, data.partners);
	if (partners === data.partners) return data;
	return new Proxy(data, {
		get: (target, key) => (key === 'partners' ? partners : Reflect.get(target, key, target))
	});
}

export const mapTable = (data: ViewData, ctx: ShownContext): ExportTable =>
	partnersTable(asShown(data), ctx);

export const mapRows = (data: ViewData): CubeRow[] => partnersRows(asShown(data));

/** The countries with their figures' flag, datasets and value as published (tooltips). */
export const mapBars = (data: MapViewData) => barsWithProvenance(asShown(data));
