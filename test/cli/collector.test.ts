import { describe, expect, it } from "vitest";
import { COLLECT_EVERY, Collector } from "../../src/cli/collector.js";

describe("Collector", () => {
  it("collects once every so many bytes of input, whatever the sizes of the pieces", () => {
    let collections = 0;
    const collector = new Collector(100, () => collections++);
    for (let i = 0; i < 10; i++) collector.add(30);
    // 300 bytes: after the 4th piece (120), the 8th (120 again); 60 since.
    expect(collections).toBe(2);
    collector.add(40);
    expect(collections).toBe(3);
  });

  it("does nothing when the process cannot collect", () => {
    const collector = new Collector(1, undefined);
    expect(collector.active).toBe(false);
    expect(() => collector.add(COLLECT_EVERY * 4)).not.toThrow();
  });

  it("uses the collection that Node exposes with --expose-gc, and none without", () => {
    expect(new Collector().active).toBe(typeof (globalThis as { gc?: unknown }).gc === "function");
  });
});
