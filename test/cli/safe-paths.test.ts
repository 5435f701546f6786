// Safe paths: document ids, incident ids and output paths cannot escape their folders (../,
// absolute paths, NUL bytes), whether they come from flags, from JSONL ids or from corpus files.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadCorpus } from "../../src/corpus/load.js";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const TEXT = "We found and fixed this issue in August 2019.";
const statement = () => {
  const dir = mkdtempSync(join(tmpdir(), "framewatch-paths-"));
  writeFileSync(join(dir, "statement.txt"), TEXT);
  return join(dir, "statement.txt");
};
const ADD = ["--org", "Acme", "--kind", "blog-post", "--date", "2021-04-07"];
/** Every file below a folder, as paths relative to it. */
const files = (dir: string): string[] => readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => join(e.parentPath ?? e.path, e.name).slice(dir.length + 1)).sort();

describe("framewatch add", () => {
  it.each([
    ["--id", "../x"],
    ["--id", "../../../tmp/x"],
    ["--id", "/etc/framewatch-x"],
    ["--id", "documents/x"],
    ["--id", "x\0y"],
    ["--id", "X"],
    ["--incident", "../x"],
    ["--incident", "/tmp/x"],
    ["--incident", "x\0y"],
  ])("refuses %s %j as a usage error and writes nothing", async (flag, value) => {
    const corpus = miniCorpus([]);
    const before = files(corpus);
    // An --id goes with the existing incident; an --incident with --new-incident (it would be created).
    const rest = flag === "--id" ? ["--incident", "leak", "--id", value] : ["--new-incident", "A new leak", "--incident", value];
    const r = await runMain(["add", statement(), "--corpus", corpus, ...ADD, ...rest]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`framewatch add: invalid ${flag.slice(2)}: ${JSON.stringify(value)} (lower-case letters, digits and single hyphens, at most 120 characters)`);
    expect(files(corpus)).toEqual(before);
    // Where "../../../tmp/x" would have led from corpus/documents/ or corpus/incidents/.
    for (const f of ["x.md", "x.yaml"]) expect(existsSync(join(corpus, "..", "..", "tmp", f))).toBe(false);
  });

  it("refuses a NUL byte in --corpus and in the file name as usage errors", async () => {
    const r = await runMain(["add", statement(), "--corpus", "corpus\0x", ...ADD, "--incident", "leak"]);
    expect([r.code, r.stderr]).toEqual([2, 'framewatch add: invalid corpus: "corpus\\u0000x" (a path cannot contain a NUL byte)\n']);
    const f = await runMain(["add", "statement\0.txt", ...ADD, "--incident", "leak"]);
    expect(f.code).toBe(2);
    expect(f.stderr).toContain("invalid file:");
  });
});

describe("output paths", () => {
  it("chart --out with a NUL byte is a usage error, not a crash", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-paths-"));
    const r = await runMain(["chart", "heatmap", "--out", join(dir, "a\0b.svg")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`invalid out: ${JSON.stringify(join(dir, "a\0b.svg"))} (a path cannot contain a NUL byte)`);
    expect(r.stderr).not.toContain("internal error");
    const all = await runMain(["chart", "--all", "--out-dir", `${dir}\0x`]);
    expect(all.code).toBe(2);
    expect(all.stderr).toContain("invalid out-dir:");
    expect(readdirSync(dir)).toEqual([]);
  });

  it("corpus bundle and export with a NUL byte in --out or --out-dir are usage errors", async () => {
    const corpus = miniCorpus([{ id: "a", text: TEXT, gold: [] }]);
    for (const args of [["bundle", "--out", "x\0.json"], ["export", "--format", "csv", "--out", "x\0.csv"], ["export", "--format", "brat", "--out-dir", "x\0"], ["validate", "x\0"]]) {
      const r = await runMain(["corpus", ...args, "--corpus", corpus]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(/invalid (out|out-dir|folder): ".*\\u0000.*" \(a path cannot contain a NUL byte\)/);
    }
  });

  it("annotate --out-dir makes file names of ids that try to escape, inside the folder", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-paths-"));
    const out = join(dir, "out");
    const input = join(dir, "in.jsonl");
    const ids = ["../escape", "../../tmp/evil", "/etc/evil", "a/../../b", "..", "annotation"];
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, text: TEXT })).join("\n") + "\n");
    const r = await runMain(["annotate", "--input", "jsonl", "--format", "brat", "--out-dir", out, input]);
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["in.jsonl", "out"]);
    const written = readdirSync(out).sort();
    expect(written).toContain("annotation.conf");
    expect(written).toContain("annotation_.ann");
    expect(written.filter((f) => f.endsWith(".ann"))).toHaveLength(ids.length);
    expect(written.every((f) => !f.includes("/") && !f.startsWith("."))).toBe(true);
    expect(existsSync("/etc/evil.ann")).toBe(false);
  });
});

describe("corpus files whose id tries to escape", () => {
  it("are reported with their file and field and not loaded, so nothing is written under such an id", async () => {
    const corpus = miniCorpus([{ id: "ok", text: TEXT, gold: [] }]);
    const meta = (id: string) => `---\nid: "${id}"\nincident: leak\norganisation: Acme\ndate: 2021-04-07\nkind: blog-post\naudience: public\nsource:\n  title: test\nprovenance: verbatim\n---\n${TEXT}\n`;
    writeFileSync(join(corpus, "documents", "escape.md"), meta("../../escape"));
    writeFileSync(join(corpus, "documents", "absolute.md"), meta("/tmp/absolute"));
    writeFileSync(join(corpus, "incidents", "bad.yaml"), 'id: "../bad"\ntitle: t\norganisations: [Acme]\ndate: 2021-04-07\nsummary: s\n');
    writeFileSync(join(corpus, "gold", "escape.yaml"), 'document: "../../escape"\nannotator: x\nannotations: []\n');
    const c = loadCorpus(corpus);
    expect(c.documents.map((d) => d.id)).toEqual(["ok"]);
    expect(c.incidents.map((i) => i.id)).toEqual(["leak"]);
    const invalid = c.problems.filter((p) => p.reason.startsWith("invalid id")).map((p) => `${p.file.slice(p.file.indexOf(corpus.split("/").pop()!))}:${p.line}: ${p.field}`);
    const name = corpus.split("/").pop();
    expect(invalid.sort()).toEqual([`${name}/documents/absolute.md:2: id`, `${name}/documents/escape.md:2: id`, `${name}/gold/escape.yaml:1: document`, `${name}/incidents/bad.yaml:1: id`]);

    const out = join(corpus, "..", `${name}-export`);
    mkdirSync(out);
    const r = await runMain(["corpus", "export", "--format", "brat", "--out-dir", out, "--corpus", corpus]);
    expect(r.code).toBe(0);
    expect(readdirSync(out).filter((f) => f.endsWith(".ann"))).toEqual(["ok.ann"]);
  });
});
