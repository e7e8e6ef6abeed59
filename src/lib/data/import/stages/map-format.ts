/**
 * Stage 4, the format: the lines above the header (titles), the format's mapper for these
 * columns, and the units a title or a value column's header states.
 */
import type { ReadRecord } from '../csv';
import type { Mapper } from '../formats/types';
import type { ImportResult } from '../types';
import { detectScale, type Scale } from '../units';
import type { HeaderFound } from './find-header';
import { clip } from './result';
import type { ImportRun } from './run';
import type { Sniffed } from './sniff';

export interface Mapped {
	mapper: Mapper;
	titleRecords: ReadRecord[];
	titleLines: string[];
	/** Power of ten each value column is scaled by (from its header or a title line). */
	columnPower: Map<number, number>;
	units: string[];
	/** A record's non-empty fields as one line of text (titles, footnotes). */
	lineText: (fields: readonly string[]) => string;
}

function scaleUnits(run: ImportRun, h: HeaderFound, mapper: Mapper, titleLines: string[]) {
	const columnPower = new Map<number, number>();
	const units = [...mapper.units];
	if (mapper.ownUnits) return { columnPower, units };
	let titleScale: Scale | null = null;
	for (const t of titleLines) titleScale ??= detectScale(t, true);
	for (const c of mapper.valueColumns) {
		const scale = detectScale(h.headers[c] ?? '') ?? titleScale;
		if (!scale) continue;
		columnPower.set(c, scale.power);
		if (!units.includes(scale.phrase)) {
			units.push(scale.phrase);
			run.notice({
				code: 'units-scaled',
				params: {
					factor: 10 ** scale.power,
					phrase: scale.phrase,
					where: scale === titleScale ? 'title' : 'header'
				}
			});
		}
	}
	return { columnPower, units };
}

export function mapFormat(run: ImportRun, h: HeaderFound, s: Sniffed): Mapped | ImportResult {
	const joiner = s.delimiter === '\t' ? ' ' : s.delimiter;
	const lineText = (r: readonly string[]) => r.filter((f) => f.trim() !== '').join(joiner);
	const titleRecords = h.top.slice(s.firstRecord, h.headerIdx);
	const titleLines = titleRecords.map((r) => lineText(r.fields));
	if (titleLines.length > 0) {
		run.notice({
			code: 'title-skipped',
			line: titleRecords[0]?.line ?? null,
			params: { lines: titleLines.length, first: clip(titleLines[0] ?? '') }
		});
	}
	const prepared = h.match.format.prepare({
		headers: h.headers,
		norm: h.norm,
		fileName: run.fileName,
		titleLines,
		tableFlow: run.opts.tableFlow
	});
	if ('fatal' in prepared) {
		run.columns = h.headers.map((header, index) => ({ index, header, field: null }));
		return run.fatal(prepared.fatal.code, prepared.fatal.params);
	}
	const mapper: Mapper = prepared;
	run.columns = h.headers.map((header, index) => ({
		index,
		header,
		field: mapper.fields[index] ?? null
	}));
	const { columnPower, units } = scaleUnits(run, h, mapper, titleLines);
	return { mapper, titleRecords, titleLines, columnPower, units, lineText };
}
