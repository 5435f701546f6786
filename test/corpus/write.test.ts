import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { addDocument, checkId, CorpusWriteError, writeAll } from "../../src/corpus/write.js";
import { applyImport, planImport } from "../../src/corpus/import.js";
import { loadCorpus } from "../../src/corpus/load.js";
import type { CorpusDocument } from "../../src/corpus/types.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const failure = vi.hoisted(() => ({ when: undefined as ((path: string) => boolean) | undefined }));
vi.mock("node:fs", async (original) => (await import("../helpers/failing-fs.js")).failingFs(await original(), failure));
afterEach(() => {
  failure.when = undefined;
});

const TEXT = "We found and fixed this issue.";
const doc = (id: string, text = TEXT, incident = "leak"): CorpusDocument => ({ id, incident, organisation: "Acme", date: "2021-04-07", kind: "blog-post", audience: "public", source: { title: "test" }, provenance: "verbatim", text });
const TAGS = [{ strategy: "corrective-action", mode: "enacted" as const, start: 3, end: 18, text: "found and fixed", confidence: 0.9, cue: "corrective-action.x" }];

/** Every file below a folder with its bytes, to compare before and after. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory()) walk(join(d, e.name));
      else out[relative(dir, join(d, e.name))] = readFileSync(join(d, e.name)).toString("base64");
    }
  };
  walk(dir);
  return out;
}

describe("checkId", () => {
  it.each(["../x", "..", "/etc/passwd", "a/b", "a\\b", "a\0b", "A", "a--b", "-a", "a-", "", "a b", "x".repeat(121)])("refuses %j", (id) => {
    expect(() => checkId("document", id)).toThrow(CorpusWriteError);
  });

  it("accepts lower-case words joined by hyphens", () => {
    expect(() => checkId("document", "fb-2021-statement-2")).not.toThrow();
  });
});

describe("addDocument", () => {
  it("writes the document and its machine annotation, which the loader then reads", () => {
    const dir = miniCorpus([]);
    const result = addDocument(dir, doc("new-one"), TAGS, "framewatch@test");
    expect(result.backups).toEqual([]);
    const c = loadCorpus(dir);
    expect(c.documents.map((d) => d.id)).toEqual(["new-one"]);
    expect(c.machine.get("new-one")?.annotations.map((a) => a.text)).toEqual(["found and fixed"]);
  });

  it("never overwrites an existing document without force: every byte stays as it was", () => {
    const dir = miniCorpus([{ id: "old", text: "The old text.", gold: [] }]);
    const before = snapshot(dir);
    expect(() => addDocument(dir, doc("old"), TAGS, "framewatch@test")).toThrow('document "old" already exists');
    expect(snapshot(dir)).toEqual(before);
  });

  it("with force, keeps a backup of the old document and machine annotation first", () => {
    const dir = miniCorpus([]);
    addDocument(dir, doc("d", "First version."), [], "framewatch@test");
    const old = { doc: readFileSync(join(dir, "documents", "d.md")), machine: readFileSync(join(dir, "machine", "d.yaml")) };
    const now = new Date("2021-05-01T10:00:00Z");
    const result = addDocument(dir, doc("d"), TAGS, "framewatch@test", { force: true, now });
    const stamp = join(dir, ".backup", "2021-05-01T10-00-00-000Z");
    expect(result.backups).toEqual([join(stamp, "documents", "d.md"), join(stamp, "machine", "d.yaml")]);
    expect(readFileSync(join(stamp, "documents", "d.md")).equals(old.doc)).toBe(true);
    expect(readFileSync(join(stamp, "machine", "d.yaml")).equals(old.machine)).toBe(true);
    expect(readFileSync(join(dir, "documents", "d.md"), "utf8")).toContain(TEXT);
  });

  it("refuses an unknown incident without newIncident, and an existing one with it", () => {
    const dir = miniCorpus([]);
    expect(() => addDocument(dir, doc("d", TEXT, "other-leak"), [], "x")).toThrow('unknown incident id "other-leak"');
    expect(() => addDocument(dir, doc("d"), [], "x", { newIncident: { id: "leak", title: "t", organisations: ["Acme"], date: "2021-04-07", summary: "s", sources: [] } })).toThrow('incident "leak" already exists');
    expect(existsSync(join(dir, "documents", "d.md"))).toBe(false);
  });

  it("refuses ids that would escape the corpus folder before writing anything", () => {
    const dir = miniCorpus([]);
    const before = snapshot(dir);
    expect(() => addDocument(dir, doc("../escape"), [], "x")).toThrow('invalid document id: "../escape"');
    expect(() => addDocument(dir, doc("ok", TEXT, "../../leak"), [], "x")).toThrow('invalid incident id: "../../leak"');
    expect(snapshot(dir)).toEqual(before);
    expect(existsSync(join(dir, "..", "escape.md"))).toBe(false);
  });

  it("when a write fails half-way, puts back every file it had written: the old document, no new incident, no temporary file", () => {
    const dir = miniCorpus([]);
    addDocument(dir, doc("d", "First version."), [], "framewatch@test");
    const before = snapshot(dir);
    failure.when = (path) => path.includes(`${join(dir, "machine")}/.d.yaml.`);
    const newIncident = { id: "new-leak", title: "A new leak", organisations: ["Acme"], date: "2021-04-07", summary: "s", sources: [] };
    expect(() => addDocument(dir, doc("d", TEXT, "new-leak"), TAGS, "framewatch@test", { force: true, newIncident, now: new Date("2021-05-01T10:00:00Z") })).toThrow(
      /could not write .*machine\/d\.yaml \(ENOSPC\); nothing was changed \(put back the 2 files written before it\)/,
    );
    const after = snapshot(dir);
    // Only the backups are new: the corpus itself is byte for byte as before.
    expect(Object.fromEntries(Object.entries(after).filter(([k]) => !k.startsWith(".backup")))).toEqual(before);
    expect(Object.keys(after).filter((k) => k.startsWith(".backup"))).toEqual([join(".backup", "2021-05-01T10-00-00-000Z", "documents", "d.md"), join(".backup", "2021-05-01T10-00-00-000Z", "machine", "d.yaml")]);
  });
});

describe("writeAll", () => {
  it("writes all the files or none of them", () => {
    const dir = miniCorpus([{ id: "a", text: "A.", gold: [] }]);
    const before = snapshot(dir);
    failure.when = (path) => path.includes(".c.yaml.");
    const files = ["a", "b", "c"].map((n) => ({ path: join(dir, "gold", `${n}.yaml`), data: `new ${n}` }));
    expect(() => writeAll(files)).toThrow(CorpusWriteError);
    expect(snapshot(dir)).toEqual(before);
    failure.when = undefined;
    writeAll(files);
    expect(["a", "b", "c"].map((n) => readFileSync(join(dir, "gold", `${n}.yaml`), "utf8"))).toEqual(["new a", "new b", "new c"]);
  });
});

describe("applyImport", () => {
  it("replaces gold files only with force, after a backup, and all of them or none", () => {
    const texts = [
      { id: "a", text: "We found and fixed this issue.", gold: [{ strategy: "corrective-action", mode: "enacted" as const, start: 3, end: 18 }] },
      { id: "b", text: "We take your privacy seriously.", gold: [] },
    ];
    const dir = miniCorpus(texts);
    const csv = "id,strategy,mode,start,end,text\r\na,corrective-action,enacted,3,29,found and fixed this issue\r\nb,bolstering,enacted,3,30,take your privacy seriously\r\n";
    const strategies = new Set(["corrective-action", "bolstering"]);
    const corpus = loadCorpus(dir);
    expect(() => planImport(corpus, "csv", [{ name: "x.csv", content: csv }], { strategies })).toThrow(/would change .*give --force/s);
    const plan = planImport(corpus, "csv", [{ name: "x.csv", content: csv }], { strategies, force: true });
    const before = snapshot(dir);
    failure.when = (path) => path.includes(`${join(dir, "gold")}/.b.yaml.`);
    expect(() => applyImport(dir, plan, new Date("2021-05-01T10:00:00Z"))).toThrow(/could not write .*gold\/b\.yaml .*put back the 1 file written before it/);
    expect(Object.fromEntries(Object.entries(snapshot(dir)).filter(([k]) => !k.startsWith(".backup")))).toEqual(before);
    failure.when = undefined;
    const { written, backups } = applyImport(dir, plan, new Date("2021-05-01T11:00:00Z"));
    expect(written).toHaveLength(2);
    expect(backups.map((b) => readFileSync(b, "utf8"))).toEqual(["a", "b"].map((id) => Buffer.from(before[join("gold", `${id}.yaml`)], "base64").toString("utf8")));
    expect(loadCorpus(dir).gold.get("b")?.annotations.map((a) => a.strategy)).toEqual(["bolstering"]);
  });
});
