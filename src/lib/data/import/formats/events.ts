/**
 * The events table (docs/DATA_FORMAT.md §1, "Events table"), the same header as the bundled
 * `data/events.csv`: `date,precision,countries,type,title_en,title_it,source`.
 *
 * Rows become `TradeEvent`s, never observations. `precision` may be left out (it follows from the
 * date's shape), `title_it` too (the English title is used); `countries` is a `|`-separated list
 * of ISO3 codes or country names. Texts are kept as written (plain text, never HTML).
 */
import { eventDate, type TradeEvent } from '../../schema';
import { resolveCountry } from '../countries';
import { col, fieldsOf, reject, signature, TextCells } from './common';
import type { FormatModule, Mapper, Outcome } from './types';

type Precision = TradeEvent['precision'];

const PRECISIONS = new Map<string, Precision>([
	['year', 'year'],
	['month', 'month'],
	['day', 'day'],
	['anno', 'year'],
	['mese', 'month'],
	['giorno', 'day']
]);

/** The bundled types (their labels are translated), by their English and Italian names. */
const TYPES = new Map<string, string>([
	['visit', 'visit'],
	['visita', 'visit'],
	['forum', 'forum'],
	['summit', 'summit'],
	['vertice', 'summit'],
	['agreement', 'agreement'],
	['accordo', 'agreement'],
	['mission', 'mission'],
	['missione', 'mission'],
	['culture', 'culture'],
	['cultura', 'culture']
]);

export const eventsTable: FormatModule = {
	id: 'events',
	label: 'Events table (Italy–Central Asia dashboard)',
	detect(norm) {
		return signature(
			norm,
			[['date'], ['countries'], ['titleen']],
			[['precision'], ['type'], ['titleit'], ['source']]
		);
	},
	prepare({ norm }): Mapper {
		const c = {
			date: col(norm, 'date'),
			precision: col(norm, 'precision'),
			countries: col(norm, 'countries'),
			type: col(norm, 'type'),
			title_en: col(norm, 'titleen'),
			title_it: col(norm, 'titleit'),
			source: col(norm, 'source')
		};
		const fields = fieldsOf(norm, c);
		const text = new TextCells();
		/** First line of each event, by the key the events view lists them by (date + English title). */
		const seen = new Map<string, number>();
		return {
			fields,
			valueColumns: [],
			countUnit: 'rows',
			perRow: 1,
			numberPrior: null,
			nativeDelimiter: null,
			notices: text.notices,
			units: [],
			map(r, cx): Outcome[] {
				const cell = (index: number) => text.get(r, index, cx.line);
				const dateRaw = cell(c.date);
				const parsed = eventDate(dateRaw);
				if (!parsed) return [reject('invalid-date', c.date, { value: dateRaw })];
				const precisionRaw = cell(c.precision);
				if (precisionRaw) {
					const precision = PRECISIONS.get(precisionRaw.toLowerCase());
					if (precision !== parsed.precision) {
						return [
							reject('invalid-precision', c.precision, { value: precisionRaw, date: dateRaw })
						];
					}
				}
				const countries: string[] = [];
				const countriesRaw = cell(c.countries);
				for (const part of countriesRaw.split('|')) {
					const name = part.trim();
					if (!name) continue;
					const ref = resolveCountry(name);
					if (ref.kind !== 'country')
						return [reject('unknown-country', c.countries, { value: name })];
					if (!countries.includes(ref.iso3)) countries.push(ref.iso3);
				}
				if (!countries.length)
					return [reject('missing-field', c.countries, { field: 'countries' })];
				const typeRaw = cell(c.type);
				if (!typeRaw) return [reject('missing-field', c.type, { field: 'type' })];
				const titleEn = cell(c.title_en);
				if (!titleEn) return [reject('missing-field', c.title_en, { field: 'title_en' })];
				const source = cell(c.source);
				if (!source) return [reject('missing-field', c.source, { field: 'source' })];
				const key = `${parsed.date}|${titleEn}`;
				const first = seen.get(key);
				if (first !== undefined) {
					return [reject('duplicate-event', null, { date: parsed.date, title: titleEn, first })];
				}
				seen.set(key, cx.line);
				return [
					{
						kind: 'event',
						event: {
							date: parsed.date,
							precision: parsed.precision,
							countries,
							type: TYPES.get(typeRaw.toLowerCase()) ?? typeRaw,
							title_en: titleEn,
							title_it: cell(c.title_it) || titleEn,
							source
						}
					}
				];
			}
		};
	}
};
