/**
 * Observation rows ⇄ Arquero tables. Tables are built from columns (never from row objects
 * keyed by raw header text) and are immutable once built.
 */
import { table, type ColumnTable } from 'arquero';
import { OBSERVATION_COLUMNS, type Observation } from './schema';

export type ObservationTable = ColumnTable;

/** Builds an observation table from rows, column by column. */
export function toTable(rows: readonly Observation[]): ObservationTable {
	const columns: Record<string, unknown[]> = {};
	for (const name of OBSERVATION_COLUMNS) columns[name] = new Array(rows.length);
	rows.forEach((row, i) => {
		for (const name of OBSERVATION_COLUMNS) (columns[name] as unknown[])[i] = row[name];
	});
	return table(columns);
}

/** Concatenates observation tables (e.g. bundled + uploaded datasets). */
export function concatTables(tables: readonly ObservationTable[]): ObservationTable {
	const [first, ...rest] = tables;
	if (!first) return toTable([]);
	return rest.length ? first.concat(...rest) : first;
}
