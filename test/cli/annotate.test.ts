import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/cli.js";

const tmp = () => mkdtempSync(join(tmpdir(), "framewatch-annotate-"));
const STATEMENT = "The data was previously reported on in 2019. We found and fixed this issue in August 2019.";

describe("framewatch annotate", () => {
  it("prints a readable annotation with temporal-distancing and corrective-action, both enacted", async () => {
    const r = await runCli(["annotate", "-"], { input: STATEMENT });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/\[previously reported[^\]]*\]\d/);
    expect(r.stdout).toMatch(/temporal-distancing \(enacted/);
    expect(r.stdout).toMatch(/corrective-action \(enacted/);
    expect(r.stdout).toContain("strategies:");
  });

  it("reads JSONL and writes one JSONL line per input, in order, keeping ids", async () => {
    const input = [
      { id: "b", text: "We take your privacy seriously." },
      { id: 7, text: "The weather was fine." },
      { id: "a", text: STATEMENT },
    ].map((r) => JSON.stringify(r)).join("\n");
    const r = await runCli(["annotate", "--input", "jsonl", "--format", "jsonl"], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(["b", "7", "a"]);
    expect(lines[1].tags).toEqual([]);
    const t = lines[2].tags[0];
    expect(Object.keys(t).sort()).toEqual(["confidence", "cue", "end", "mode", "start", "strategy", "text"]);
    expect(STATEMENT.slice(t.start, t.end)).toBe(t.text);
    expect(lines[2].strategies.map((s: { strategy: string }) => s.strategy).sort()).toEqual(["corrective-action", "temporal-distancing"]);
  });

  it("reports a bad JSONL line with its line and id on stderr and stops there by default", async () => {
    const input = ['{"id": "ok", "text": "We fixed it."}', '{"id": "bad", "text": 5}', "{not json", '{"id": "late", "text": "x"}'].join("\n");
    const r = await runCli(["annotate", "--input", "jsonl", "--format", "jsonl"], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('<stdin>:2: id "bad": non-string "text"');
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["ok"]);
  });

  it("with --on-error skip, goes on after bad lines, reports each, and exits 1", async () => {
    const input = ['{"id": "ok", "text": "We fixed it."}', "{not json", '{"id": "ok", "text": "again"}', '{"text": "no id"}', '{"id": "late", "text": "fine"}'].join("\n");
    const r = await runCli(["annotate", "--input", "jsonl", "--format", "jsonl", "--on-error", "skip"], { input });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/<stdin>:2: invalid JSON/);
    expect(r.stderr).toContain('<stdin>:3: id "ok": duplicate id');
    expect(r.stderr).toMatch(/<stdin>:4: missing or invalid "id"/);
    expect(r.stdout.trim().split("\n").map((l) => JSON.parse(l).id)).toEqual(["ok", "late"]);
  });

  it("writes CSV with one row per tag and guards cells against formula injection", async () => {
    const input = JSON.stringify({ id: "=HYPERLINK(1)", text: STATEMENT });
    const r = await runCli(["annotate", "--input", "jsonl", "--format", "csv"], { input });
    expect(r.code).toBe(0);
    const rows = r.stdout.trim().split(/\r?\n/);
    expect(rows[0]).toBe("id,strategy,mode,start,end,text,confidence,cue");
    expect(rows.filter((r) => r.startsWith("id,strategy,")).length).toBe(1);
    expect(rows.length).toBeGreaterThanOrEqual(3);
    expect(rows[1].startsWith("'=HYPERLINK(1),")).toBe(true);
  });

  it("writes a standalone HTML page that escapes the input", async () => {
    const input = JSON.stringify({ id: '"><img src=x onerror=alert(1)>', text: `<script>alert(1)</script> ${STATEMENT}` });
    const r = await runCli(["annotate", "--input", "jsonl", "--format", "html"], { input });
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^<!doctype html>/);
    expect(r.stdout).not.toContain("<script>");
    expect(r.stdout).not.toContain("<img");
    expect(r.stdout).toContain("&lt;script&gt;");
    expect(r.stdout).toMatch(/<mark style="--c:#[0-9a-f]{6}" title="temporal-distancing \(enacted\)/);
  });

  it("adds definitions and reporters' questions with --explain", async () => {
    const r = await runCli(["annotate", "-", "--explain", "--format", "json"], { input: STATEMENT });
    const [rec] = JSON.parse(r.stdout);
    const td = rec.explain.find((e: { strategy: string }) => e.strategy === "temporal-distancing");
    expect(td.questions.join(" ")).toMatch(/why were the affected users not told then/i);
  });

  it("refuses unknown formats and flags as usage errors (exit 2) listing the choices", async () => {
    const r = await runCli(["annotate", "--format", "xml", "-"], { input: "x" });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('invalid format: "xml" (expected text, json, jsonl, csv, html, label-studio, brat, w3c, doccano)');
    const r2 = await runCli(["annotate", "--colour"], { input: "x" });
    expect(r2.code).toBe(2);
    expect(r2.stderr).toMatch(/Unknown option '--colour'/);
  });

  it("explains itself with --help", async () => {
    const r = await runCli(["annotate", "--help"]);
    expect(r.code).toBe(0);
    for (const word of ["--format", "--input", "--explain", "--codebook", "--on-error", "jsonl", "Exit status"]) expect(r.stdout).toContain(word);
    const top = await runCli(["--help"]);
    expect(top.stdout).toMatch(/annotate\s+tag the framing strategies/);
  });

  it("reads files, and names a missing file, a folder or a binary file in its error", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "s.txt"), STATEMENT);
    writeFileSync(join(dir, "b.bin"), Buffer.from([0x89, 0x50, 0x00, 0x01]));
    const ok = await runCli(["annotate", join(dir, "s.txt"), "--format", "jsonl"]);
    expect(JSON.parse(ok.stdout).id).toBe(join(dir, "s.txt"));
    for (const [file, message] of [
      [join(dir, "missing.txt"), "no such file"],
      [dir, "is a folder"],
      [join(dir, "b.bin"), "looks like a binary file"],
    ]) {
      const r = await runCli(["annotate", file]);
      expect(r.code).toBe(1);
      expect(r.stderr).toContain(`${file}: ${message}`);
    }
  });

  it("extends the codebook with a user file, and refuses an invalid one naming file, strategy and field", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "book.yaml"), "strategies:\n  - id: whataboutism\n    label: Whataboutism\n    cues:\n      - id: whataboutism.what-about\n        pattern: what about ~competitor\n        weight: 0.9\n");
    const r = await runCli(["annotate", "-", "--codebook", join(dir, "book.yaml"), "--format", "jsonl"], { input: "And what about competitors? We found and fixed the bug." });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).tags.map((t: { strategy: string }) => t.strategy)).toContain("corrective-action");
    const r2 = await runCli(["annotate", "-", "--codebook", join(dir, "book.yaml"), "--format", "jsonl"], { input: "What about competitors, they do it too." });
    expect(JSON.parse(r2.stdout).tags.map((t: { strategy: string }) => t.strategy)).toEqual(["whataboutism"]);
    writeFileSync(join(dir, "bad.yaml"), "strategies:\n  - id: whataboutism\n    cues:\n      - id: whataboutism.x\n        pattern: what about (them\n");
    const bad = await runCli(["annotate", "-", "--codebook", join(dir, "bad.yaml")], { input: "x" });
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${join(dir, "bad.yaml")}: strategy "whataboutism", field "cue \\"whataboutism.x\\" pattern"`.replace(/\\"/g, '"'));
  });
});

describe("annotate's message when a worker thread runs out of memory", () => {
  it("tells the limit and that --jobs 1 has none, for a worker's out-of-memory error only", async () => {
    const { outOfMemory } = await import("../../src/cli/annotate.js");
    const oom = Object.assign(new Error("Worker terminated due to reaching memory limit: JS heap out of memory"), { code: "ERR_WORKER_OUT_OF_MEMORY" });
    const told = outOfMemory(oom);
    expect(told?.message).toMatch(/^a worker thread ran out of memory \(its limit is 1024 MB\); --jobs 1 tags on the main thread/);
    expect((told as { exitCode?: number }).exitCode).toBe(1);
    expect(outOfMemory(new Error("other"))).toBeUndefined();
    expect(outOfMemory(undefined)).toBeUndefined();
  });
});

describe("annotate's wait for a pausing input", () => {
  it("is 25 ms for a pipe or a device, and none for a regular file, whose bytes are all there", async () => {
    const { stallFor } = await import("../../src/cli/annotate.js");
    const { STALL_MS } = await import("../../src/cli/lines.js");
    const dir = mkdtempSync(join(tmpdir(), "framewatch-stall-"));
    const file = join(dir, "in.jsonl");
    writeFileSync(file, '{"id":"a","text":"x"}\n');
    const fifo = join(dir, "pipe");
    expect(spawnSync("mkfifo", [fifo]).status).toBe(0);
    expect(STALL_MS).toBe(25);
    expect(stallFor(file)).toBe(0);
    expect(stallFor(fifo)).toBe(STALL_MS);
    expect(stallFor("/dev/null")).toBe(STALL_MS);
  });
});
