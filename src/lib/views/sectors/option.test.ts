import { describe, expect, it } from 'vitest';
import type { SectorBreakdown } from '../../data/analysis/shares';
import { chartCtx as ctx } from '../core/fixtures.test-util';
import { MAX_NAMED_SECTORS, OTHER, REMAINDER, sectorOrder, sectorsOption } from './option';

/** A partner whose detail is 20 HS6 codes worth 20, 19, ... 1, out of a total of 300. */
function breakdown(): SectorBreakdown {
	const items = Array.from({ length: 20 }, (_, i) => ({
		sector: `0101${String(i).padStart(2, '0')}`,
		label: null,
		value: 20 - i,
		share: (20 - i) / 300
	}));
	return {
		year: 2023,
		total: 300,
		items,
		remainder: 300 - 210,
		level: 'heading',
		partial: null,
		sources: ['synthetic'],
		converted: false
	};
}

type Series = { id: string; name: string; data: { amount: number | null }[] };
const seriesOf = (selected: string | null) =>
	(
		sectorsOption({ rows: [{ partner: 'KAZ', breakdown: breakdown() }] }, ctx, selected) as {
			series: Series[];
		}
	).series;

describe('sectors chart with many sectors', () => {
	it('names the largest sectors, sums the rest into one segment and keeps the remainder apart', () => {
		const series = seriesOf(null);
		expect(series).toHaveLength(MAX_NAMED_SECTORS + 2);
		expect(series.at(-2)?.id).toBe(`sector-${OTHER}`);
		expect(series.at(-2)?.name).toBe(
			`${20 - MAX_NAMED_SECTORS} other sectors (listed in the table)`
		);
		// 20 + 19 + ... + 13 are named; 12 + 11 + ... + 1 = 78 is "other"; 90 is not broken down.
		expect(series.at(-2)?.data[0]?.amount).toBe(78);
		expect(series.at(-1)?.id).toBe(`sector-${REMAINDER}`);
		expect(series.at(-1)?.data[0]?.amount).toBe(90);
		const shown = series.reduce((a, s) => a + (s.data[0]?.amount ?? 0), 0);
		expect(shown).toBe(300);
	});

	it('always names the selected sector, even a small one', () => {
		expect(sectorOrder([{ breakdown: breakdown() }], '010119')).toContain('010119');
		const ids = seriesOf('010119').map((s) => s.id);
		expect(ids).toContain('sector-010119');
		expect(ids.length).toBe(MAX_NAMED_SECTORS + 2);
	});

	it('has no "other" segment when every sector fits', () => {
		const few = breakdown();
		few.items = few.items.slice(0, 3);
		const series = (
			sectorsOption({ rows: [{ partner: 'KAZ', breakdown: few }] }, ctx, null) as {
				series: Series[];
			}
		).series;
		expect(series.map((s) => s.id)).not.toContain(`sector-${OTHER}`);
	});
});
