/** A small pool of worker threads that process numbered batches; results come back by number. */
import { Worker, type Transferable } from "node:worker_threads";

export interface PoolResult<R> {
  seq: number;
  results: R;
}

export class WorkerPool<T, R> {
  private workers: Worker[] = [];
  private idle: Worker[] = [];
  private queue: { seq: number; payload: T; transfer: Transferable[] }[] = [];
  private waiting: ((r: PoolResult<R>) => void)[] = [];
  private done: PoolResult<R>[] = [];
  private failure?: Error;
  /**
   * Batches submitted whose results have not been taken (with next() or take()) yet, whether a
   * worker still has them or they wait in `done`: a caller that takes results while this is above 0
   * gets them all.
   */
  inFlight = 0;

  /**
   * `limits`: each worker's heap limits (V8's defaults when not given). A smaller young generation
   * is collected more often; V8 starts collecting the old generation sooner when its limit is lower.
   * A worker past its old generation's limit stops with the error code ERR_WORKER_OUT_OF_MEMORY.
   */
  constructor(url: URL, size: number, workerData: unknown, limits: { youngGenerationMB?: number; oldGenerationMB?: number } = {}) {
    const resourceLimits = {
      ...(limits.youngGenerationMB ? { maxYoungGenerationSizeMb: limits.youngGenerationMB } : {}),
      ...(limits.oldGenerationMB ? { maxOldGenerationSizeMb: limits.oldGenerationMB } : {}),
    };
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData, resourceLimits });
      w.on("message", (msg: PoolResult<R>) => {
        this.idle.push(w);
        this.pump();
        const waiter = this.waiting.shift();
        if (waiter) {
          this.inFlight--;
          waiter(msg);
        } else this.done.push(msg);
      });
      w.on("error", (e) => {
        this.failure = e;
        for (const waiter of this.waiting.splice(0)) waiter({ seq: -1, results: undefined as R });
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  /** Send every worker the same message (before any batch: messages to a worker keep their order). */
  broadcast(message: unknown): void {
    for (const w of this.workers) w.postMessage(message);
  }

  /**
   * Queue a batch. The buffers in `transfer` move to the worker that takes it, instead of being
   * copied: the caller's views of them become empty then.
   */
  submit(seq: number, payload: T, transfer: Transferable[] = []): void {
    this.inFlight++;
    this.queue.push({ seq, payload, transfer });
    this.pump();
  }

  private pump() {
    while (this.idle.length && this.queue.length) {
      const w = this.idle.shift()!;
      const job = this.queue.shift()!;
      w.postMessage({ seq: job.seq, lines: job.payload }, job.transfer);
    }
  }

  /** A finished batch if there is one, without waiting (undefined after a failure: next() tells it). */
  take(): PoolResult<R> | undefined {
    if (this.failure || this.done.length === 0) return undefined;
    this.inFlight--;
    return this.done.shift();
  }

  /** The next finished batch (in completion order). */
  next(): Promise<PoolResult<R>> {
    if (this.failure) return Promise.reject(this.failure);
    const ready = this.done.shift();
    if (ready) {
      this.inFlight--;
      return Promise.resolve(ready);
    }
    return new Promise((resolve, reject) =>
      this.waiting.push((r) => (this.failure ? reject(this.failure) : resolve(r))),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
