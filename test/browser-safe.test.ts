import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

const CORE = ["src/codebook", "src/tagger", "src/analysis", "src/charts", "src/formats", "src/index.ts"];
const files = (p: string): string[] => {
  try {
    if (statSync(p).isFile()) return [p];
  } catch {
    return [];
  }
  return readdirSync(p).flatMap((f) => files(join(p, f)));
};

describe("the browser-safe core", () => {
  const sources = CORE.flatMap(files).filter((f) => f.endsWith(".ts"));

  it("exists", () => {
    expect(sources.length).toBeGreaterThan(10);
  });

  for (const file of sources) {
    it(`${file} imports nothing Node-only and touches no process globals`, () => {
      const code = readFileSync(file, "utf8");
      // Static imports and re-exports (statements at the start of a line), and dynamic import().
      const imports = [
        ...code.matchAll(/^\s*(?:import|export)\s[^;]*?\bfrom\s*["']([^"']+)["']|^\s*import\s*["']([^"']+)["']|\bimport\(\s*["']([^"']+)["']\s*\)/gm),
      ].map((m) => m[1] ?? m[2] ?? m[3]);
      const nodeOnly = imports.filter((i) => i.startsWith("node:") || ["fs", "path", "os", "child_process", "worker_threads", "stream", "url", "util", "crypto"].includes(i) || i === "natural");
      expect(nodeOnly).toEqual([]);
      // Code, not the words of examples: process.env, require(...), Buffer.from and the like.
      expect(code).not.toMatch(/\bprocess\.(?:env|argv|exit|stdout|stderr|stdin|cwd|platform|versions?|hrtime|nextTick|on)\b|\brequire\(|\bBuffer\.(?:from|alloc|concat|isBuffer|byteLength)\b/);
      // Core code may only import relative modules or browser-capable packages.
      const packages = imports.filter((i) => !i.startsWith("."));
      for (const p of packages) expect(["compromise", "yaml", "d3", "@observablehq/plot", "natural/lib/natural/stemmers/porter_stemmer.js"].some((ok) => p === ok || p.startsWith(ok + "/")), p).toBe(true);
    });
  }
});
