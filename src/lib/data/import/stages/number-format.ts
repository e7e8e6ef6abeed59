/**
 * Stage 5b, the number format: the decimal mark and thousands separator decided from every value
 * cell (the first pass's evidence), the format's own rule, or the analyst's choice.
 */
import type { Mapper } from '../formats/types';
import type { NumberDecision } from '../numbers';
import type { ImportRun } from './run';
import type { Scanned } from './scan-body';
import type { Sniffed } from './sniff';

export function decideNumbers(
	run: ImportRun,
	s: Sniffed,
	mapper: Mapper,
	scanned: Scanned
): NumberDecision {
	const prior =
		mapper.numberPrior &&
		(mapper.nativeDelimiter === null || mapper.nativeDelimiter === s.delimiter)
			? mapper.numberPrior
			: null;
	const decision = scanned.evidence.decide(run.override.decimal, prior);
	run.dialect.decimal = decision.decimal ?? '.';
	run.dialect.decimalSource = decision.source;
	run.dialect.thousands = decision.thousands;
	const { dot, comma, ambiguous } = decision.votes;
	const conflicting = dot > 0 && comma > 0 ? Math.min(dot, comma) : 0;
	if (decision.decimal && (ambiguous > 0 || conflicting > 0)) {
		run.notice({
			code: 'number-format',
			params: {
				decimal: decision.decimal,
				thousands: decision.thousands ?? '',
				source: decision.source,
				ambiguous,
				conflicting,
				example: scanned.example
			}
		});
	}
	run.progress(0.5);
	return decision;
}
