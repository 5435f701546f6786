// framewatch add: a new statement goes into the corpus with its machine annotation, and the corpus
// commands then read it; nothing is ever overwritten without --force, and then a backup is kept.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";

const STATEMENT = "The data was previously reported on in 2019. We found and fixed this issue in August 2019.";
const file = (name: string, text = STATEMENT) => {
  const path = join(mkdtempSync(join(tmpdir(), "framewatch-add-")), name);
  writeFileSync(path, text);
  return path;
};
const corpus = () => miniCorpus([{ id: "old", text: "We take your privacy seriously.", gold: [] }]);
const ADD = ["--org", "Acme", "--kind", "public-statement", "--date", "2021-04-07"];

describe("framewatch add", () => {
  it("adds a document that validate accepts (a warning for the missing gold), and list, show and kwic then show", async () => {
    const dir = corpus();
    const r = await runMain(["add", file("acme-statement.txt"), "--corpus", dir, "--incident", "leak", ...ADD, "--source-url", "https://example.org/statement"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# acme-statement\n/);
    expect(r.stderr).toContain(`wrote ${join(dir, "documents", "acme-statement.md")}`);
    expect(r.stderr).toContain("next: check the spans and save them as gold/acme-statement.yaml");
    const machine = parse(readFileSync(join(dir, "machine", "acme-statement.yaml"), "utf8"));
    const strategies = machine.annotations.map((a: { strategy: string }) => a.strategy);
    expect(strategies).toContain("corrective-action");
    expect(strategies).toContain("temporal-distancing");
    expect(machine.annotator).toMatch(/^framewatch@/);

    const validate = await runMain(["corpus", "validate", dir]);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/gold\/acme-statement\.yaml: warning: \(file\): no gold annotation yet/);
    expect(validate.stdout).toMatch(/: valid \(1 warnings\)\n$/);

    const list = await runMain(["corpus", "list", "--corpus", dir]);
    expect(list.stdout).toMatch(/\nacme-statement +2021-04-07 +leak +Acme +public-statement +verbatim +-\n/);
    const show = await runMain(["corpus", "show", "acme-statement", "--corpus", dir]);
    expect(show.code).toBe(0);
    expect(show.stdout).toContain("source:      file acme-statement.txt given to framewatch add <https://example.org/statement>");
    expect(show.stdout).toMatch(/temporal-distancing +- +enacted: "previously reported[^\n]* +machine only/);
    const kwic = await runMain(["corpus", "kwic", "corrective-action", "--annotations", "machine", "--corpus", dir]);
    expect(kwic.stdout).toMatch(/^\[acme-statement, \d+:\d+, enacted\]/);
  });

  it("creates the incident with --new-incident, and refuses a new incident id without it", async () => {
    const dir = corpus();
    const refused = await runMain(["add", file("s.txt"), "--corpus", dir, "--incident", "another-leak", ...ADD]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`unknown incident id "another-leak" (no ${join(dir, "incidents", "another-leak.yaml")}); give --new-incident "TITLE" to create it`);
    expect(readdirSync(join(dir, "documents"))).toEqual(["old.md"]);

    const r = await runMain(["add", file("s.txt"), "--corpus", dir, "--incident", "another-leak", "--new-incident", "Another leak", ...ADD]);
    expect(r.code).toBe(0);
    expect(parse(readFileSync(join(dir, "incidents", "another-leak.yaml"), "utf8"))).toEqual({ id: "another-leak", title: "Another leak", organisations: ["Acme"], date: "2021-04-07", summary: "Another leak", sources: [] });
    const validate = await runMain(["corpus", "validate", dir]);
    expect(validate.code).toBe(0);
    const again = await runMain(["add", file("t.txt"), "--corpus", dir, "--incident", "another-leak", "--new-incident", "Again", ...ADD]);
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('incident "another-leak" already exists; drop --new-incident');
  });

  it("never overwrites a document without --force, and keeps a backup with it", async () => {
    const dir = corpus();
    const first = file("s.txt", "First version of the statement.");
    expect((await runMain(["add", first, "--corpus", dir, "--incident", "leak", ...ADD])).code).toBe(0);
    const before = { doc: readFileSync(join(dir, "documents", "s.md")), machine: readFileSync(join(dir, "machine", "s.yaml")) };

    const refused = await runMain(["add", file("s.txt"), "--corpus", dir, "--incident", "leak", ...ADD]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`document "s" already exists (${join(dir, "documents", "s.md")}); give --force to replace it (a backup is kept) or choose another --id`);
    expect(readFileSync(join(dir, "documents", "s.md")).equals(before.doc)).toBe(true);
    expect(readFileSync(join(dir, "machine", "s.yaml")).equals(before.machine)).toBe(true);

    const forced = await runMain(["add", file("s.txt"), "--corpus", dir, "--incident", "leak", "--force", ...ADD]);
    expect(forced.code).toBe(0);
    const backups = [...forced.stderr.matchAll(/kept a backup: (\S+)/g)].map((m) => m[1]);
    expect(backups).toHaveLength(2);
    expect(readFileSync(backups.find((b) => b.endsWith("s.md"))!).equals(before.doc)).toBe(true);
    expect(readFileSync(backups.find((b) => b.endsWith("s.yaml"))!).equals(before.machine)).toBe(true);
    expect(readFileSync(join(dir, "documents", "s.md"), "utf8")).toContain(STATEMENT);
    // Nothing half-written is left: no temporary files anywhere in the corpus.
    expect(readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(".tmp"))).toEqual([]);
  });

  it("writes a note for a paraphrase (no source named), so that validation passes", async () => {
    const dir = corpus();
    const r = await runMain(["add", file("said.txt"), "--corpus", dir, "--incident", "leak", "--id", "acme-said", ...ADD]);
    expect(r.code).toBe(0);
    expect(readFileSync(join(dir, "documents", "acme-said.md"), "utf8")).toMatch(/provenance: paraphrase\nnote: added with framewatch add on \d{4}-\d{2}-\d{2} without a named source/);
    expect(existsSync(join(dir, "documents", "said.md"))).toBe(false);
    expect((await runMain(["corpus", "validate", dir])).code).toBe(0);
  });

  it("refuses bad flags as usage errors (2) before writing anything", async () => {
    const dir = corpus();
    for (const [args, message] of [
      [["--kind", "tweet"], 'invalid kind: "tweet"'],
      [["--date", "2021-02-30"], 'invalid date: "2021-02-30" (expected YYYY-MM-DD)'],
      [["--source-url", "javascript:alert(1)"], 'invalid source-url: "javascript:alert(1)" (expected http:// or https://)'],
      [["--audience", "all"], 'invalid audience: "all" (expected internal, public)'],
    ] as const) {
      const r = await runMain(["add", file("s.txt"), "--corpus", dir, "--incident", "leak", ...ADD, ...args]);
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toContain(message);
    }
    expect(readdirSync(join(dir, "documents"))).toEqual(["old.md"]);
  });
});
