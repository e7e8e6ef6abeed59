/**
 * Harmonized System reference tables (feature D7): the 21 sections and the 97 chapters with short,
 * official-style names in Italian and English. Italian names follow the wording of the EU Combined
 * Nomenclature (Nomenclatura combinata) as used by ISTAT, shortened; English names follow the WCO
 * HS 2022 titles, shortened.
 *
 * Chapter 77 is reserved by the WCO for future use. Chapter 99 is not part of the HS: Comext and
 * UN Comtrade use it for goods not specified by kind, so it is listed without a section.
 *
 * The names are data, in `hs-names.json`; this module types them and answers the questions the
 * views ask (which section a chapter is in, which chapters a section holds).
 */
import names from './hs-names.json' with { type: 'json' };

export interface HsName {
	it: string;
	en: string;
}

export interface HsSection extends HsName {
	/** Roman numeral, `I`..`XXI`. */
	numeral: string;
	/** First and last chapter, two digits. */
	from: string;
	to: string;
}

export const HS_SECTIONS: readonly HsSection[] = names.sections;

/** Reserved by the WCO; no goods are classified there. */
export const RESERVED_CHAPTER = '77';

/** Chapter names by two-digit code, `01`..`97` plus `99`. */
export const HS_CHAPTERS: Readonly<Record<string, HsName>> = names.chapters;

/**
 * The section numeral of a chapter (`27` → `V`); headings and subheadings use their first two
 * digits (`2709` → `V`). Null for anything else, including chapter 99.
 *
 * @example chapterSection('84') // 'XVI'
 * @example chapterSection('7') // null: chapters have two digits
 */
export function chapterSection(code: string): string | null {
	if (!/^\d{2}(?:\d{2}){0,3}$/.test(code)) return null;
	const chapter = code.slice(0, 2);
	const section = HS_SECTIONS.find((s) => chapter >= s.from && chapter <= s.to);
	return section?.numeral ?? null;
}

/** The section with this numeral, or undefined. */
export function hsSection(numeral: string): HsSection | undefined {
	return HS_SECTIONS.find((s) => s.numeral === numeral);
}

/**
 * The chapter codes of a section, in order (for the sections → chapters drill-down).
 *
 * @example sectionChapters('V') // ['25', '26', '27']
 */
export function sectionChapters(numeral: string): string[] {
	const section = hsSection(numeral);
	if (!section) return [];
	const out: string[] = [];
	for (let c = Number(section.from); c <= Number(section.to); c++)
		out.push(String(c).padStart(2, '0'));
	return out;
}
