/** The bad-input catalogue, group H: Storage and lifecycle (test data, imported only by tests). */
import type { CatalogueCase } from './cases';

export const H: CatalogueCase[] = [
	{
		kind: 'storage',
		id: 'H1',
		description: 'close (cancel) during an import',
		catalogue: 'previous dataset intact; nothing half-written visible',
		scenario: 'cancel-mid-import',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H2',
		description: 'QuotaExceededError while saving',
		catalogue: 'REJECT the save with sizes; old data intact',
		scenario: 'quota',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H3',
		description: 'replacing a dataset fails midway',
		catalogue: 'the old version is still readable',
		scenario: 'replace-fails',
		expected: 'reject'
	},
	{
		kind: 'storage',
		id: 'H4',
		description: 'two tabs replacing the same dataset',
		catalogue: 'one version wins, the other tab is told',
		scenario: 'two-tabs',
		expected: 'parse'
	},
	{
		kind: 'storage',
		id: 'H5',
		description: 'schema upgrade while another tab is open',
		catalogue: 'prompt, no crash; the old tab closes its DB on versionchange',
		scenario: 'schema-upgrade',
		expected: 'parse',
		browserOnly:
			'needs a real IndexedDB with two connections (datasets-db.ts closes on `versionchange`)'
	},
	{
		kind: 'storage',
		id: 'H6',
		description: 'origin evicted (the stored datasets disappeared)',
		catalogue: 'on load, the missing data is detected and the user is told',
		scenario: 'evicted',
		expected: 'partial',
		knownGap:
			'the store does not remember that datasets existed (no localStorage marker): an evicted origin opens silently on the bundled data'
	},
	{
		kind: 'storage',
		id: 'H7',
		description: 'storage blocked (private mode, cross-site iframe)',
		catalogue: 'memory-only mode with a banner',
		scenario: 'no-storage',
		expected: 'parse'
	},
	{
		kind: 'storage',
		id: 'H8',
		description: 'browser killed right after "saved"',
		catalogue: "data present after restart (durability 'strict')",
		scenario: 'killed-after-save',
		expected: 'parse',
		browserOnly:
			"needs a browser process to kill; saves use one transaction with durability: 'strict'"
	}
];
