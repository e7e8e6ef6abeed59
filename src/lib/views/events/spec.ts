/**
 * V7+: trade around an event; the event chosen is in the URL (`event`). Its registry entry (see
 * ../core/spec.ts).
 */
import { chartHeight, type ViewSpec } from '../core/spec';
import { filter } from './data';
import { eventsTable, eventsRows } from './table';

export const spec = {
	name: 'events',
	filter,
	owns: ['event'],
	table: eventsTable,
	fullRows: eventsRows,
	picture: true,
	embedHeight: chartHeight,
	dashboard: { place: 'wide', order: 7 }
} as const satisfies ViewSpec<'events'>;
