/**
 * The format registry. Order matters only for ties (the first wins): put more specific formats
 * first. To add a format: write a module implementing `FormatModule` (./types.ts), add it here,
 * add fixtures and a test (docs/DATA_FORMAT.md, "Adding a format").
 */
import { comextBrowser, comextBulk, comextLong, comextSdmx } from './comext';
import { comtradeLegacy, comtradePlus } from './comtrade';
import { eventsTable } from './events';
import { imfImts } from './imf';
import { investmentTemplate, template } from './template';
import type { FormatModule } from './types';
import { istatWide, uzstatWide, witsWide } from './wide';

export const FORMATS: readonly FormatModule[] = [
	template,
	investmentTemplate,
	eventsTable,
	comextSdmx,
	comextBulk,
	comextBrowser,
	comextLong,
	comtradePlus,
	comtradeLegacy,
	imfImts,
	witsWide,
	uzstatWide,
	istatWide
];

export type { FormatModule } from './types';
