/** A small pool of worker threads that process numbered batches; results come back by number. */
import { Worker, type Transferable } from "node:worker_threads";

export interface PoolResult<R> {
  seq: number;
  results: R;
}

/** Batches posted to a worker at a time: the one it tags and the next. */
const PER_WORKER = 2;

export class WorkerPool<T, R> {
  private workers: Worker[] = [];
  /** Batches posted to each worker and not yet back. */
  private posted = new Map<Worker, number>();
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
  /** How many batches the workers hold at once (PER_WORKER each): more submitted wait in a queue here. */
  readonly capacity: number;

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
    this.capacity = size * PER_WORKER;
    for (let i = 0; i < size; i++) {
      const w = new Worker(url, { workerData, resourceLimits });
      w.on("message", (msg: PoolResult<R>) => {
        this.posted.set(w, this.posted.get(w)! - 1);
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
      this.posted.set(w, 0);
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

  /**
   * Post queued batches to the workers, up to PER_WORKER each: a worker finds its next batch
   * waiting when it finishes one, even while this thread is busy and has not read its result yet.
   */
  private pump() {
    while (this.queue.length) {
      let w: Worker | undefined;
      for (const x of this.workers) if (this.posted.get(x)! < PER_WORKER && (!w || this.posted.get(x)! < this.posted.get(w)!)) w = x;
      if (!w) return;
      const job = this.queue.shift()!;
      this.posted.set(w, this.posted.get(w)! + 1);
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
