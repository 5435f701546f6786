// The progress bar of `annotate --input jsonl`: on a terminal it shows documents, megabytes,
// documents per second and the time left; anywhere else (a pipe, a file, CI) it writes nothing.
import { Writable } from "node:stream";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { progressBar } from "../../src/cli/progress.js";

/** A stream that records what is written, and says whether it is a terminal. */
function stream(isTTY: boolean) {
  const chunks: string[] = [];
  const s = new Writable({
    write(chunk, _enc, done) {
      chunks.push(String(chunk));
      done();
    },
  }) as Writable & { isTTY: boolean; columns: number; cursorTo(): boolean; clearLine(): boolean; moveCursor(): boolean };
  Object.assign(s, { isTTY, columns: 160, cursorTo: () => true, clearLine: () => true, moveCursor: () => true });
  return { s: s as unknown as NodeJS.WriteStream, text: () => chunks.join("") };
}

describe("the progress bar", () => {
  let ci: string | undefined;
  beforeEach(() => {
    ci = process.env.CI;
    delete process.env.CI;
  });
  afterEach(() => {
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  });

  it("shows documents, megabytes, documents per second and the time left on a terminal", () => {
    const { s, text } = stream(true);
    const bar = progressBar(10_000_000, s);
    bar.update(1234, 4_500_000);
    bar.stop();
    const out = text();
    expect(out).toMatch(/1234 docs/);
    expect(out).toMatch(/4\.5 MB/);
    expect(out).toMatch(/\d+ docs\/s/);
    expect(out).toMatch(/ETA/);
    expect(out).toMatch(/45%/);
  });

  it("leaves out the percentage and the time left when the size is unknown (standard input)", () => {
    const { s, text } = stream(true);
    const bar = progressBar(0, s);
    bar.update(10, 2_000_000);
    bar.stop();
    expect(text()).toMatch(/10 docs \| 2\.0 MB/);
    expect(text()).not.toMatch(/ETA/);
  });

  it("writes nothing when standard error is not a terminal", () => {
    const { s, text } = stream(false);
    const bar = progressBar(10_000_000, s);
    bar.update(1234, 4_500_000);
    bar.stop();
    expect(text()).toBe("");
  });

  it("writes nothing under CI, even on a terminal", () => {
    process.env.CI = "true";
    const { s, text } = stream(true);
    const bar = progressBar(10_000_000, s);
    bar.update(1, 1);
    bar.stop();
    expect(text()).toBe("");
  });
});
