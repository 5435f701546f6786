import { describe, expect, it } from "vitest";
import { WorkerPool } from "../../src/cli/pool.js";

const ECHO = new URL("../fixtures/echo-worker.mjs", import.meta.url);
type Result = { doubled: number[]; young: number };

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
