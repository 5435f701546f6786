import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { builtinCompiled } from "../../src/codebook/builtin.js";
import { loadCorpus } from "../../src/corpus/load.js";
import { BUNDLED_CORPUS } from "../../src/corpus/paths.js";
import { INTERCHANGE_FORMATS } from "../../src/formats/interchange.js";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const tmp = () => mkdtempSync(join(tmpdir(), "framewatch-interchange-"));
/** A copy of the bundled corpus to import into. */
const corpusCopy = () => {
  const dir = join(tmp(), "corpus");
  cpSync(BUNDLED_CORPUS, dir, { recursive: true });
  return dir;
};
const goldFiles = (dir: string) => Object.fromEntries(readdirSync(join(dir, "gold")).map((f) => [f, readFileSync(join(dir, "gold", f), "utf8")]));

/** What an import reads for a format, from what export wrote (Label Studio: a person accepted every prediction). */
function importPath(format: string, outDir: string): string {
  if (format === "brat") return outDir;
  const [main] = readdirSync(outDir).filter((f) => /^(tasks\.json|annotations\.\w+)$/.test(f));
  if (format !== "label-studio") return join(outDir, main);
  const tasks = JSON.parse(readFileSync(join(outDir, main), "utf8"));
  const exported = tasks.map((t: { predictions: { result: unknown[] }[] }, i: number) => ({ id: i + 1, ...t, annotations: [{ id: i + 1, completed_by: 1, result: t.predictions[0].result }] }));
  writeFileSync(join(outDir, "export.json"), JSON.stringify(exported));
  return join(outDir, "export.json");
}

describe("framewatch corpus export and import", () => {
  beforeAll(() => void builtinCompiled(), 300_000);
  const corpus = corpusCopy();
  const before = goldFiles(corpus);
  const gold = loadCorpus(corpus).gold;
  const withSpans = [...gold.values()].filter((g) => g.annotations.length > 0).length;

  for (const format of INTERCHANGE_FORMATS) {
    it(`round-trips the bundled corpus's gold through ${format}: the import finds nothing to change`, async () => {
      const out = join(tmp(), format);
      const exported = await runMain(["corpus", "export", "--corpus", corpus, "--format", format, "--out-dir", out]);
      expect(exported.code).toBe(0);
      const r = await runMain(["corpus", "import", "--corpus", corpus, "--format", format, importPath(format, out)]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      // CSV and W3C have no record for a document without spans, so those documents are not in the import.
      const expected = format === "csv" || format === "w3c" ? withSpans : gold.size;
      expect(r.stdout.trim().split("\n").at(-1)).toBe(`0 written, ${expected} unchanged; next: framewatch corpus validate`);
      expect(goldFiles(corpus)).toEqual(before);
    });
  }

  it("writes Label Studio's tasks and labelling configuration, and brat's configuration, into --out-dir", async () => {
    const ls = join(tmp(), "ls");
    await runMain(["corpus", "export", "--corpus", corpus, "--format", "label-studio", "--out-dir", ls]);
    expect(readdirSync(ls).sort()).toEqual(["label-studio-config.xml", "tasks.json"]);
    const tasks = JSON.parse(readFileSync(join(ls, "tasks.json"), "utf8"));
    expect(tasks).toHaveLength(70);
    expect(tasks[0].predictions[0].model_version).toBe("gold:coder-a");
    const brat = join(tmp(), "brat");
    await runMain(["corpus", "export", "--corpus", corpus, "--format", "brat", "--out-dir", brat]);
    expect(readdirSync(brat).filter((f) => f.endsWith(".ann"))).toHaveLength(70);
    expect(readFileSync(join(brat, "annotation.conf"), "utf8")).toContain("[entities]\nsector-problem\n");
    // An existing file is not overwritten without --force.
    const again = await runMain(["corpus", "export", "--corpus", corpus, "--format", "brat", "--out-dir", brat]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/already exists \(and \d+ more\); remove them or choose another --out-dir/);
    expect((await runMain(["corpus", "export", "--corpus", corpus, "--format", "brat", "--out-dir", brat, "--force"])).code).toBe(0);
  });

  it("prints the main file without --out-dir, and needs --out-dir for brat", async () => {
    const r = await runMain(["corpus", "export", "--corpus", corpus, "--format", "doccano"]);
    expect(r.stdout.trim().split("\n")).toHaveLength(70);
    const brat = await runMain(["corpus", "export", "--corpus", corpus, "--format", "brat"]);
    expect(brat.code).toBe(2);
    expect(brat.stderr).toContain("give --out-dir DIR");
  });

  it("replaces a gold file that would change only with --force, keeping a backup, and the corpus stays valid", async () => {
    const dir = corpusCopy();
    const out = join(tmp(), "d");
    await runMain(["corpus", "export", "--corpus", dir, "--format", "doccano", "--out-dir", out]);
    const file = join(out, "annotations.jsonl");
    const lines = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
    const target = lines.find((l) => l.document === "fb-2021-clark-not-hacking");
    target.label = target.label.filter((l: [number, number, string]) => !l[2].startsWith("blame-others"));
    writeFileSync(file, lines.map((l) => JSON.stringify(l)).join("\n"));
    const goldFile = join(dir, "gold", "fb-2021-clark-not-hacking.yaml");
    const original = readFileSync(goldFile, "utf8");

    const dry = await runMain(["corpus", "import", "--corpus", dir, "--format", "doccano", file, "--force", "--dry-run"]);
    expect(dry.stdout).toContain(`would write ${goldFile}: 2 spans by doccano-import (was 3 by coder-a)`);
    expect(readFileSync(goldFile, "utf8")).toBe(original);

    const refused = await runMain(["corpus", "import", "--corpus", dir, "--format", "doccano", file]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`${goldFile}: the gold annotation would change (3 spans by coder-a → 2 spans)`);
    expect(readFileSync(goldFile, "utf8")).toBe(original);

    const forced = await runMain(["corpus", "import", "--corpus", dir, "--format", "doccano", file, "--force", "--annotator", "coder-b"]);
    expect(forced.code).toBe(0);
    expect(forced.stdout).toMatch(/kept a backup: .*\.backup\/.*\/gold\/fb-2021-clark-not-hacking\.yaml/);
    const c = loadCorpus(dir);
    expect(c.problems.filter((p) => p.severity !== "warning")).toEqual([]);
    expect(c.gold.get("fb-2021-clark-not-hacking")).toMatchObject({ annotator: "coder-b", annotations: [{ strategy: "relabeling" }, { strategy: "temporal-distancing" }] });
    const backup = forced.stdout.match(/kept a backup: (\S+)/)![1];
    expect(readFileSync(backup, "utf8")).toBe(original);
  });

  it("reports a span that does not fit its text with its document and span, and writes nothing", async () => {
    const dir = corpusCopy();
    const out = join(tmp(), "b");
    await runMain(["corpus", "export", "--corpus", dir, "--format", "brat", "--out-dir", out]);
    const ann = join(out, "fb-2021-clark-not-hacking.ann");
    writeFileSync(ann, readFileSync(ann, "utf8").replace("blame-others 35 51", "blame-others 36 52"));
    writeFileSync(join(out, "fb-2021-clark-adversarial.ann"), "T1\tno-such-strategy 0 2\tIt\nA1\tMode T1 enacted\n");
    const r = await runMain(["corpus", "import", "--corpus", dir, "--format", "brat", out, "--force"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`${ann}:1: document "fb-2021-clark-not-hacking", span T1: text "malicious actors" does not match the document at 36-52 (code points): the document has "alicious actors " there`);
    expect(r.stderr).toMatch(/fb-2021-clark-adversarial\.ann:1: document "fb-2021-clark-adversarial", span T1: unknown strategy "no-such-strategy" \(not in the codebook\)/);
    expect(r.stderr).toContain("nothing was written");
    expect(goldFiles(dir)).toEqual(before);
  });

  it("exports the tagger's tags with --annotations machine", async () => {
    const text = "We found and fixed this issue in August 2019.";
    const mini = miniCorpus([{ id: "a", text, gold: [] }]);
    const r = await runMain(["corpus", "export", "--corpus", mini, "--format", "csv", "--annotations", "machine"]);
    expect(r.code).toBe(0);
    const [header, row] = r.stdout.split("\r\n");
    expect(header).toBe("id,strategy,mode,start,end,text,confidence,cue");
    const [id, strategy, , start, end, quote] = row.split(",");
    expect([id, strategy, text.slice(Number(start), Number(end))]).toEqual(["a", "corrective-action", quote]);
    expect(existsSync(join(mini, "gold", "a.yaml"))).toBe(true);
  });
});

const STATEMENT = "🙂 We found and fixed this issue in August 2019.";

describe("framewatch annotate in the annotation tools' formats", () => {
  beforeAll(() => void builtinCompiled(), 300_000);
  const dir = tmp();
  const file = join(dir, "statement.txt");
  writeFileSync(file, STATEMENT);
  const jsonl = join(dir, "in.jsonl");
  writeFileSync(jsonl, [{ id: "one", text: "We found and fixed this issue." }, { id: "two", text: "We take your privacy seriously." }].map((r) => JSON.stringify(r)).join("\n"));

  it("prints a single document's brat .ann in code points, and writes a folder with --out-dir", async () => {
    const r = await runMain(["annotate", file, "--format", "brat"]);
    expect(r.code).toBe(0);
    const [, strategy, start, end, quote] = /^T1\t(\S+) (\d+) (\d+)\t(.*)$/m.exec(r.stdout)!;
    expect(strategy).toBe("corrective-action");
    // Code points: the emoji at the start counts once.
    expect(Array.from(STATEMENT).slice(Number(start), Number(end)).join("")).toBe(quote);
    expect(STATEMENT.slice(Number(start), Number(end))).not.toBe(quote);
    const out = join(dir, "brat");
    const w = await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "brat", "--out-dir", out]);
    expect(w.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["annotation.conf", "one.ann", "one.txt", "two.ann", "two.txt", "visual.conf"]);
    const again = await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "brat", "--out-dir", out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain(`${join(out, "one.ann")} already exists`);
  });

  it("needs --out-dir for brat when the input can hold several documents", async () => {
    const r = await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "brat"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("brat writes a .txt and an .ann per document: give --out-dir DIR");
    const html = await runMain(["annotate", file, "--format", "html", "--out-dir", dir]);
    expect(html.code).toBe(2);
  });

  it("writes Label Studio tasks, a W3C collection and doccano lines", async () => {
    const ls = JSON.parse((await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "label-studio"])).stdout);
    expect(ls.map((t: { data: { document: string } }) => t.data.document)).toEqual(["one", "two"]);
    expect(ls[0].predictions[0].result[0].value.labels).toEqual(["corrective-action"]);
    const w3c = JSON.parse((await runMain(["annotate", file, "--format", "w3c"])).stdout);
    const [quote, position] = w3c.first.items[0].target.selector;
    expect(position.type).toBe("TextPositionSelector");
    expect(Array.from(STATEMENT).slice(position.start, position.end).join("")).toBe(quote.exact);
    const doccano = (await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "doccano"])).stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(doccano.map((d) => d.document)).toEqual(["one", "two"]);
    expect(doccano[0].label[0][2]).toBe("corrective-action:enacted");
    const out = join(dir, "ls");
    await runMain(["annotate", "--input", "jsonl", jsonl, "--format", "label-studio", "--out-dir", out]);
    expect(readdirSync(out).sort()).toEqual(["label-studio-config.xml", "tasks.json"]);
  });
});
