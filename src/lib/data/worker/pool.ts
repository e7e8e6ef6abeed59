/**
 * One import worker kept between imports. A fresh worker compiles the importer again and runs
 * it cold (no optimised code yet) on every file; a worker that has imported once runs the next
 * file warm. At most one idle worker is kept, and it is ended after `idleMs` without work. A
 * worker that failed or was cancelled is never reused (the caller ends it).
 */
import type { WorkerLike } from './client';

export class WorkerPool {
	private idle: WorkerLike | null = null;
	private timer: ReturnType<typeof setTimeout> | null = null;

	constructor(
		private readonly create: () => WorkerLike,
		private readonly idleMs = 60_000
	) {}

	/** The idle worker, or a new one. */
	take(): WorkerLike {
		const w = this.idle;
		if (this.timer !== null) clearTimeout(this.timer);
		this.timer = null;
		this.idle = null;
		return w ?? this.create();
	}

	/** A worker that finished its import cleanly: kept for the next one, or ended. */
	release(w: WorkerLike): void {
		w.onmessage = null;
		w.onerror = null;
		if (this.idle !== null) {
			w.terminate();
			return;
		}
		this.idle = w;
		this.timer = setTimeout(() => {
			this.timer = null;
			if (this.idle === w) this.idle = null;
			w.terminate();
		}, this.idleMs);
	}
}
