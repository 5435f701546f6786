// Safe output: hostile text and URLs in the corpus, in statements and in a user codebook end up
// escaped in every HTML export (annotate --format html, chart --format html) and in the notebooks'
// DOM; the corpus loader refuses URLs that are not http(s); CSV cells are guarded against formulas.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { loadCorpus } from "../../src/corpus/load.js";
import { ROOT } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { miniCorpus } from "../helpers/mini-corpus.js";
import { highlight } from "../../notebooks/lib/highlight.js";

const SCRIPT = "<script>alert(1)</script>";
const IMG = '"><img src=x onerror=alert(1)>';
const JS_URLS = ["javascript:alert(document.cookie)", "JavaScript:alert(1)", " javascript:alert(1)", "jav&#x61;script:alert(1)", "data:text/html,<script>alert(1)</script>", "vbscript:msgbox(1)", 'https://example.org/" onmouseover="alert(1)'];
const TEXT = `${SCRIPT} We found and fixed this issue in August 2019. ${IMG} We take your privacy seriously.`;

/** A corpus whose names, titles and texts are hostile, and whose sources have javascript: and other non-http URLs. */
function hostileCorpus(): string {
  const dir = miniCorpus([{ id: "hostile", text: TEXT, gold: [{ strategy: "corrective-action", mode: "enacted", start: 29, end: 47 }] }]);
  writeFileSync(
    join(dir, "incidents", "leak.yaml"),
    stringify({
      id: "leak",
      title: `A leak ${SCRIPT}`,
      organisations: [`Acme ${IMG}`],
      date: "2021-04-06",
      summary: SCRIPT,
      sources: [{ title: `Report ${IMG}`, publisher: SCRIPT, url: JS_URLS[0] }, ...JS_URLS.slice(1).map((url, i) => ({ title: `Source ${i}`, url })), { title: "A real one", url: "https://example.org/report?a=1&b=2" }],
    }),
  );
  const doc = readFileSync(join(dir, "documents", "hostile.md"), "utf8").replace("organisation: Acme", `organisation: '${IMG.replace(/'/g, "''")}'`).replace("title: test", `title: '${SCRIPT}'\n  url: '${JS_URLS[0]}'`);
  writeFileSync(join(dir, "documents", "hostile.md"), doc);
  return dir;
}

/**
 * What a page must never contain: elements or event-handler attributes from the input, or a link
 * that is not http(s). The page is parsed as a browser would; escaped text stays text.
 */
function expectInert(html: string, file: string) {
  const { document } = parseHTML(html);
  expect(document.querySelectorAll("script, img, iframe, object, embed").length, file).toBe(0);
  for (const el of Array.from(document.querySelectorAll("*"))) {
    for (const { name, value } of Array.from((el as Element).attributes)) {
      expect(name, `${file}: <${(el as Element).tagName.toLowerCase()} ${name}>`).not.toMatch(/^on/i);
      if (/^(href|src|xlink:href|action|formaction)$/i.test(name)) expect(value, `${file}: ${name}`).toMatch(/^(https?:\/\/|#)/);
    }
  }
  expect(html).not.toMatch(/javascript:|vbscript:/i);
}

describe("the corpus loader", () => {
  it("refuses source URLs that are not http(s), naming file and field, and keeps none of them", () => {
    const dir = hostileCorpus();
    const c = loadCorpus(dir);
    const urlProblems = c.problems.filter((p) => p.field.endsWith(".url"));
    // The document's one, and each of the incident's hostile ones.
    expect(urlProblems.map((p) => p.field)).toEqual([...JS_URLS.map((_, i) => `sources[${i}].url`), "source.url"]);
    expect(urlProblems.every((p) => /invalid url: .* \(expected http:\/\/ or https:\/\/\)/.test(p.reason))).toBe(true);
    expect(urlProblems[0].file).toMatch(/incidents\/leak\.yaml$/);
    expect(urlProblems.at(-1)!.file).toMatch(/documents\/hostile\.md$/);
    const urls = [...c.incidents.flatMap((i) => i.sources.map((s) => s.url)), ...c.documents.map((d) => d.source.url)].filter(Boolean);
    expect(urls).toEqual(["https://example.org/report?a=1&b=2"]);
  });
});

describe("HTML export", () => {
  it("annotate --format html escapes the text, the ids and a user codebook's labels", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-safe-"));
    const input = join(dir, "in.jsonl");
    writeFileSync(input, JSON.stringify({ id: IMG, text: TEXT }) + "\n" + JSON.stringify({ id: "javascript:alert(1)", text: "We take your privacy seriously." }) + "\n");
    const book = join(dir, "book.yaml");
    writeFileSync(book, stringify({ strategies: [{ id: "bolstering", label: `Bolstering ${SCRIPT}`, definition: IMG, questions: [SCRIPT] }] }));
    const r = await runMain(["annotate", "--input", "jsonl", "--format", "html", "--explain", "--codebook", book, input]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(r.stdout).toContain("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;");
    expect(r.stdout).toMatch(/<mark [^>]*title="corrective-action/);
    expect(r.stdout).not.toMatch(/<script|<img/i);
    // A javascript: id is shown as text, never as a link.
    expect(r.stdout).toContain("<h2>javascript:alert(1)</h2>");
    expect(r.stdout).not.toMatch(/href/i);
    expectInert(r.stdout.replace(/javascript:/g, "js:"), "annotate.html");
  });

  it("chart --format html escapes the corpus's names and titles and links only http(s) sources", { timeout: 60_000 }, async () => {
    const corpus = hostileCorpus();
    const out = mkdtempSync(join(tmpdir(), "framewatch-safe-charts-"));
    const r = await runMain(["chart", "--all", "--format", "html,svg", "--out-dir", out, "--corpus", corpus]);
    expect(r.code).toBe(0);
    const pages = readdirSync(out).filter((f) => f.endsWith(".html"));
    expect(pages.length).toBeGreaterThanOrEqual(4);
    for (const f of readdirSync(out)) expectInert(readFileSync(join(out, f), "utf8"), f);
    const all = pages.map((f) => readFileSync(join(out, f), "utf8")).join("\n");
    expect(all).toContain("&lt;script&gt;");
    expect(all).toContain('<a href="https://example.org/report?a=1&amp;b=2">');
    expect([...all.matchAll(/<a href="([^"]*)"/g)].every(([, href]) => /^https?:\/\//.test(href))).toBe(true);
  });
});

describe("CSV export", () => {
  it("guards cells that start with =, +, - or @ in annotate --format csv and corpus export --format csv", async () => {
    const dir = mkdtempSync(join(tmpdir(), "framewatch-csv-"));
    const input = join(dir, "in.jsonl");
    const ids = ["=HYPERLINK(\"http://x\")", "+1", "-1", "@SUM(A1)", "\tTAB"];
    writeFileSync(input, ids.map((id) => JSON.stringify({ id, text: "We found and fixed this issue." })).join("\n") + "\n");
    const r = await runMain(["annotate", "--input", "jsonl", "--format", "csv", input]);
    expect(r.code).toBe(0);
    // (annotate --format csv also prints a stray header line at the end: reported, not ours to fix.)
    const firstCells = r.stdout.trim().split(/\r?\n/).slice(1).filter((row) => !row.startsWith("id,strategy,")).map((row) => row.split(",")[0]);
    expect(firstCells).toEqual(['"\'=HYPERLINK(""http://x"")"', "'+1", "'-1", "'@SUM(A1)", "'\tTAB"]);

    const text = "=1+1 and -2 We found and fixed this issue.";
    const corpus = miniCorpus([{ id: "formula", text, gold: [{ strategy: "minimisation", mode: "enacted", start: 0, end: 4 }, { strategy: "corrective-action", mode: "enacted", start: 12, end: 27 }] }]);
    const e = await runMain(["corpus", "export", "--format", "csv", "--corpus", corpus]);
    expect(e.code).toBe(0);
    const rows = e.stdout.trim().split(/\r?\n/);
    expect(rows).toContain("formula,minimisation,enacted,0,4,'=1+1,,");
    expect(rows.every((row) => !/(^|,)[=+\-@]/.test(row))).toBe(true);
  });
});

describe("the notebooks", () => {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");

  it("put hostile text and strategy ids into the page as text", () => {
    const p = highlight(TEXT, [{ strategy: `x${IMG}`, mode: "enacted", start: 29, end: 47, cue: SCRIPT }], { document: document as unknown as Document });
    expect(p.textContent).toBe(TEXT);
    expect(p.querySelectorAll("script, img").length).toBe(0);
    // Serialised and parsed again (as a page saved from a notebook would be), it is still inert.
    expectInert(p.outerHTML, "highlight");
    expect(p.querySelector("mark")!.dataset.strategy).toBe(`x${IMG}`);
  });

  it("never parse data as HTML, nor make links from it", () => {
    const dir = join(ROOT, "notebooks");
    const sources = [...readdirSync(dir).filter((f) => f.endsWith(".html")).map((f) => join(dir, f)), ...readdirSync(join(dir, "lib")).map((f) => join(dir, "lib", f))];
    expect(sources.length).toBeGreaterThan(6);
    for (const f of sources) {
      const src = readFileSync(f, "utf8");
      expect(src, f).not.toMatch(/\.innerHTML\s*=|insertAdjacentHTML|\.outerHTML\s*=|document\.write\(/);
      // The only links the notebooks make are to blobs they create themselves (downloads).
      for (const m of src.matchAll(/\.href\s*=\s*([^;\n]+)/g)) expect(m[1], f).toMatch(/^URL\.createObjectURL\(/);
    }
  });
});
