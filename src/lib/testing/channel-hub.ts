/** Test support, imported only by tests: the channel between tabs, in one process. */
import type { DatasetsChannel, DatasetsMessage } from '../storage/datasets-db';

/** BroadcastChannel stand-in: delivers to every other channel of the hub, asynchronously. */
export class ChannelHub {
	private listeners = new Set<{ owner: object; fn: (m: DatasetsMessage) => void }>();
	open(): DatasetsChannel {
		const owner = {};
		return {
			post: (m) => {
				for (const l of this.listeners)
					if (l.owner !== owner) setTimeout(() => l.fn(structuredClone(m)), 0);
			},
			listen: (fn) => {
				const l = { owner, fn };
				this.listeners.add(l);
				return () => this.listeners.delete(l);
			},
			close: () => {}
		};
	}
}
