import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/pool.js";

const ECHO = new URL("../fixtures/echo-worker.mjs", import.meta.url);
type Result = { doubled: number[]; young: number; at: number };

async function runAll(pool: WorkerPool<number[], Result>, batches: number[][]) {
  batches.forEach((b, seq) => pool.submit(seq, b));
  const got = new Map<number, Result>();
  while (got.size < batches.length) {
    const { seq, results } = await pool.next();
    got.set(seq, results);
  }
  await pool.close();
  return got;
}

describe("WorkerPool", () => {
  it("gives back every batch's results under its number", async () => {
    const batches = Array.from({ length: 12 }, (_, i) => [i, i + 1]);
    const got = await runAll(new WorkerPool(ECHO, 3, {}), batches);
    expect([...got.keys()].sort((a, b) => a - b)).toEqual(batches.map((_, i) => i));
    for (const [seq, r] of got) expect(r.doubled).toEqual([seq * 2, seq * 2 + 2]);
  });

  it("counts a batch in flight until its results are taken, so that draining by that count loses none", async () => {
    const pool = new WorkerPool<number[], Result>(ECHO, 2, {});
    for (let seq = 0; seq < 5; seq++) pool.submit(seq, [seq]);
    // Let every result arrive before any is taken.
    await new Promise((r) => setTimeout(r, 500));
    expect(pool.inFlight).toBe(5);
    const got: number[] = [];
    while (pool.inFlight > 0) got.push((await pool.next()).seq);
    await pool.close();
    expect(got.sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it("hands over a finished batch without waiting, and nothing when none has finished", async () => {
    const pool = new WorkerPool<number[], Result>(ECHO, 1, {});
    expect(pool.take()).toBeUndefined();
    pool.submit(0, [21]);
    // However long the worker takes to start, look again until the batch is there (at most 10 s).
    let taken = pool.take();
    for (let i = 0; i < 200 && !taken; i++) {
      await new Promise((r) => setTimeout(r, 50));
      taken = pool.take();
    }
    expect(taken).toMatchObject({ seq: 0, results: { doubled: [42] } });
    expect(pool.inFlight).toBe(0);
    expect(pool.take()).toBeUndefined();
    await pool.close();
  });

  it("posts a worker its next batch before the caller has read the result of the one it has, but not a third", async () => {
    const pool = new WorkerPool<number[], Result>(ECHO, 1, {});
    pool.submit(0, [0]);
    // The worker is up.
    await pool.next();
    for (let seq = 1; seq <= 3; seq++) pool.submit(seq, [seq]);
    // Busy for half a second: no message reaches this thread meanwhile.
    const until = Date.now() + 500;
    while (Date.now() < until);
    const at = new Map<number, number>();
    while (at.size < 3) {
      const { seq, results } = await pool.next();
      at.set(seq, results.at);
    }
    await pool.close();
    expect(at.get(1)).toBeLessThan(until);
    expect(at.get(2)).toBeLessThan(until);
    expect(at.get(3)).toBeGreaterThanOrEqual(until);
  });

  it("moves the buffers it is told to transfer to the worker, leaving the caller's view empty", async () => {
    const pool = new WorkerPool<Uint8Array, { doubled: Uint8Array }>(ECHO, 1, {});
    const bytes = Uint8Array.of(1, 2, 3);
    const copied = Uint8Array.of(4, 5);
    pool.submit(0, bytes, [bytes.buffer]);
    pool.submit(1, copied);
    const got = new Map<number, number[]>();
    while (got.size < 2) {
      const { seq, results } = await pool.next();
      got.set(seq, Array.from(results.doubled));
    }
    await pool.close();
    expect(got.get(0)).toEqual([2, 4, 6]);
    expect(got.get(1)).toEqual([8, 10]);
    expect(bytes.byteLength).toBe(0);
    expect(copied.byteLength).toBe(2);
  });

  it("sets each worker's young generation when asked", async () => {
    const got = await runAll(new WorkerPool(ECHO, 2, {}, { youngGenerationMB: 16 }), [[1], [2], [3]]);
    expect([...got.values()].map((r) => r.young)).toEqual([16, 16, 16]);
  });

  it("leaves V8's default young generation otherwise", async () => {
    const got = await runAll(new WorkerPool(ECHO, 1, {}), [[1]]);
    expect(got.get(0)!.young).not.toBe(16);
  });

  it("stops a worker past its old generation's limit, and says so with the error's code", async () => {
    const pool = new WorkerPool<number[], Result>(ECHO, 1, {}, { oldGenerationMB: 8 });
    // The echo worker fills its heap when a batch asks for it.
    pool.submit(0, [-1]);
    await expect(pool.next()).rejects.toMatchObject({ code: "ERR_WORKER_OUT_OF_MEMORY" });
    await pool.close();
  });
});
