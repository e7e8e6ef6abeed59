/**
 * What a row gives: an observation (a trade figure from Italy's point of view) or a rejection
 * naming the cell to blame, and the readers of a cell that give its value or its rejection.
 */
import type { Currency, Flow, PublishedFlow } from '../../schema';
import { resolveCountry } from '../countries';
import { isSpreadsheetMonth, parsePeriodText } from '../periods';
import { flowOf } from './common';
import type { Draft, Outcome, Rejection } from './types';

/** The other flow (a partner's exports are Italy's imports). */
function swap(flow: Flow): Flow {
	return flow === 'export' ? 'import' : 'export';
}

export interface Oriented {
	reporter: string;
	partner: string;
	flow: Flow;
	swapped: boolean;
}

/**
 * Puts a reported flow in Italy's point of view. `flow` is the reporter's flow towards the
 * partner. Italy reporting: kept. Italy as partner (e.g. Kazakhstan reports exports to Italy):
 * the flow is swapped (→ import), the partner becomes the reporter's country and the reporter is
 * kept. Aggregate partners, aggregate reporters and flows between two other countries are rejected.
 */
export function orient(
	reporterRaw: string,
	reporterCol: number,
	partnerRaw: string,
	partnerCol: number,
	flow: Flow,
	count = 1
): Oriented | Rejection {
	const reporter = resolveCountry(reporterRaw);
	if (reporter.kind === 'unknown') {
		return reject('unknown-country', reporterCol, { value: reporterRaw }, count);
	}
	const partner = resolveCountry(partnerRaw);
	if (partner.kind === 'unknown') {
		return reject('unknown-country', partnerCol, { value: partnerRaw }, count);
	}
	if (partner.kind === 'aggregate') {
		return reject('aggregate-partner', partnerCol, { value: partnerRaw }, count);
	}
	if (reporter.kind === 'aggregate') {
		return reject('not-italy', null, { reporter: reporterRaw, partner: partnerRaw }, count);
	}
	if (reporter.iso3 === 'ITA' && partner.iso3 !== 'ITA') {
		return { reporter: 'ITA', partner: partner.iso3, flow, swapped: false };
	}
	if (partner.iso3 === 'ITA' && reporter.iso3 !== 'ITA') {
		return { reporter: reporter.iso3, partner: reporter.iso3, flow: swap(flow), swapped: true };
	}
	return reject('not-italy', null, { reporter: reporterRaw, partner: partnerRaw }, count);
}

export function reject(
	code: Rejection['code'],
	column: number | null,
	params: Record<string, string | number>,
	count = 1
): Rejection {
	const clean: Record<string, string | number> = {};
	for (const [k, v] of Object.entries(params)) {
		clean[k] = typeof v === 'string' && v.length > 120 ? `${v.slice(0, 119)}…` : v;
	}
	return count === 1
		? { kind: 'reject', code, column, params: clean }
		: { kind: 'reject', code, column, params: { ...clean, count }, count };
}

/** The rejection of a period cell: `spreadsheet-period` for `2005.1`, else `invalid-period`. */
export function periodRejection(
	raw: string,
	column: number,
	params: Record<string, string | number> = { value: raw }
): Rejection {
	return reject(
		isSpreadsheetMonth(raw) ? 'spreadsheet-period' : 'invalid-period',
		column,
		isSpreadsheetMonth(raw) ? { value: raw } : params
	);
}

/**
 * The flow a cell names (`flowOf`): re-exports, processing and the like are rejected as
 * `other-flow`, a text that names no flow as `unknown-flow`.
 */
export function flowCell(raw: string, column: number, count = 1): Flow | Rejection {
	const flow = flowOf(raw);
	if (flow === 'other') return reject('other-flow', column, { value: raw }, count);
	if (flow === null) return reject('unknown-flow', column, { value: raw }, count);
	return flow;
}

/** The period a cell gives (`parsed`: read from a code inside the cell), else its rejection. */
export function periodCell(
	raw: string,
	column: number,
	parsed = parsePeriodText(raw)
): string | Rejection {
	return parsed ?? periodRejection(raw, column);
}

/**
 * The partner country of a table from Italy's point of view (ISO3): an unknown name, an
 * aggregate (World, EU) and Italy itself are rejected; `reporter` names the reporter in the
 * `not-italy` rejection (read only then).
 */
export function partnerCell(
	raw: string,
	column: number,
	reporter: () => string,
	count = 1
): string | Rejection {
	const partner = resolveCountry(raw);
	if (partner.kind === 'unknown') return reject('unknown-country', column, { value: raw }, count);
	if (partner.kind === 'aggregate') {
		return reject('aggregate-partner', column, { value: raw }, count);
	}
	if (partner.iso3 === 'ITA') {
		return reject('not-italy', column, { reporter: reporter(), partner: raw }, count);
	}
	return partner.iso3;
}

/** A cell that must not be empty (`missing-field` names the field). */
export function required(text: string, column: number, field: string): string | Rejection {
	return text || reject('missing-field', column, { field });
}

export function isRejection(x: unknown): x is Rejection {
	return typeof x === 'object' && x !== null && (x as { kind?: unknown }).kind === 'reject';
}

export function obs(draft: Draft, swapped: boolean): Outcome {
	return { kind: 'obs', obs: draft, swapped };
}

/** The parts of a trade figure a row gives, besides where it goes (reporter, partner, flow). */
export interface Figure {
	period: string;
	sector: { sector: string; label: string | null };
	value: number;
	currency: Currency;
	source: string;
	note?: string;
	flag?: string;
	part?: string;
}

/** A figure as a draft observation, between `to.reporter` and `to.partner` in flow `to.flow`. */
export function tradeDraft(
	to: { reporter: string; partner: string; flow: PublishedFlow },
	f: Figure
): Draft {
	return {
		period: f.period,
		partner: to.partner,
		flow: to.flow,
		reporter: to.reporter,
		sector: f.sector.sector,
		sectorLabel: f.sector.label,
		value: f.value,
		currency: f.currency,
		source: f.source,
		note: f.note ?? '',
		flag: f.flag ?? '',
		part: f.part
	};
}
