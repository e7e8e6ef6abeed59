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
import { TextCells, namedColumns } from './common';
import { isRejection, reject, required } from './outcome';
import { rowMapper } from './mapper';
import type { FormatModule, Mapper, Outcome, Rejection } from './types';

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

/** The `|`-separated countries of an event (ISO3, each once), or the rejection of the cell. */
function countriesCell(raw: string, column: number): string[] | Rejection {
	const countries: string[] = [];
	for (const part of raw.split('|')) {
		const name = part.trim();
		if (!name) continue;
		const ref = resolveCountry(name);
		if (ref.kind !== 'country') return reject('unknown-country', column, { value: name });
		if (!countries.includes(ref.iso3)) countries.push(ref.iso3);
	}
	return countries.length ? countries : reject('missing-field', column, { field: 'countries' });
}

const EVENTS = namedColumns(
	['date', 'countries', 'title_en'],
	['precision', 'type', 'title_it', 'source']
);

export const eventsTable: FormatModule = {
	id: 'events',
	label: 'Events table (Italy–Central Asia dashboard)',
	detect: (norm) => EVENTS.score(norm),
	prepare({ norm }): Mapper {
		const c = EVENTS.find(norm);
		const text = new TextCells();
		/** First line of each event, by the key the events view lists them by (date + English title). */
		const seen = new Map<string, number>();
		const options = { native: false, values: [], notices: text.notices };
		return rowMapper(norm, c, options, (r, cx): Outcome[] => {
			const cell = (index: number) => text.get(r, index, cx.line);
			const dateRaw = cell(c.date);
			const parsed = eventDate(dateRaw);
			if (!parsed) return [reject('invalid-date', c.date, { value: dateRaw })];
			const precisionRaw = cell(c.precision);
			if (precisionRaw && PRECISIONS.get(precisionRaw.toLowerCase()) !== parsed.precision) {
				return [reject('invalid-precision', c.precision, { value: precisionRaw, date: dateRaw })];
			}
			const countries = countriesCell(cell(c.countries), c.countries);
			if (isRejection(countries)) return [countries];
			const typeRaw = required(cell(c.type), c.type, 'type');
			if (isRejection(typeRaw)) return [typeRaw];
			const titleEn = required(cell(c.title_en), c.title_en, 'title_en');
			if (isRejection(titleEn)) return [titleEn];
			const source = required(cell(c.source), c.source, 'source');
			if (isRejection(source)) return [source];
			const key = `${parsed.date}|${titleEn}`;
			const first = seen.get(key);
			if (first !== undefined) {
				return [reject('duplicate-event', null, { date: parsed.date, title: titleEn, first })];
			}
			seen.set(key, cx.line);
			const { date, precision } = parsed;
			const type = TYPES.get(typeRaw.toLowerCase()) ?? typeRaw;
			const title_it = cell(c.title_it) || titleEn;
			const event = { date, precision, countries, type, title_en: titleEn, title_it, source };
			return [{ kind: 'event', event }];
		});
	}
};
