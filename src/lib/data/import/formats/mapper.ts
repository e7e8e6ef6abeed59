/** The mapper of a long table (one figure per row), as every long format builds it. */
import { fieldsOf } from './common';
import type { IssueDraft, Mapper } from './types';

export interface RowMapperOptions {
	/**
	 * The format's own files are comma-separated with a decimal point (the number prior used when
	 * no cell decides the decimal mark); false for tables that come from many tools.
	 */
	native: boolean;
	/** The value columns; default the `value` column, none when there is none. */
	values?: number[];
	notices?: IssueDraft[];
	units?: string[];
	/** The format scales values itself (`Mapper.ownUnits`). */
	ownUnits?: boolean;
}

/** The mapper of a long format: one row, one outcome; `columns` by field name, -1 when absent. */
export function rowMapper(
	norm: readonly string[],
	columns: Record<string, number> & { value?: number },
	options: RowMapperOptions,
	map: Mapper['map']
): Mapper {
	const { native } = options;
	return {
		fields: fieldsOf(norm, columns),
		valueColumns: options.values ?? (columns.value === undefined ? [] : [columns.value]),
		countUnit: 'rows',
		...(options.ownUnits ? { ownUnits: true } : {}),
		perRow: 1,
		numberPrior: native ? '.' : null,
		nativeDelimiter: native ? ',' : null,
		notices: options.notices ?? [],
		units: options.units ?? [],
		map
	};
}
