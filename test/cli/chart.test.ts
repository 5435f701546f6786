import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { TITLE_BOX } from "../../src/charts/header.js";
import { CHART_NAMES } from "../../src/export/chart-registry.js";
import { runCli } from "../helpers/cli.js";
import { runMain } from "../helpers/main.js";
import { writeCorpus } from "../helpers/corpus-dir.js";
import { colourCount, decodePng, inkIn } from "../helpers/png.js";
import { testBundle } from "../fixtures/bundle.js";

const tmp = () => mkdtempSync(join(tmpdir(), "framewatch-chart-"));
const corpus = writeCorpus(join(tmp(), "corpus"), testBundle());
/** Most cases run in this process; the ones that need a real process (exit code, standard input) spawn one. */
const chart = (args: string[]) => runMain(["chart", ...args, "--corpus", corpus]);
const SLOW = 120_000;

describe("framewatch chart", () => {
  it("lists the charts, one line each", async () => {
    const r = await runMain(["chart", "--list"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines.map((l) => l.split(/\s+/)[0])).toEqual(["heatmap", "timeline", "shift", "playbook", "peers", "profile", "overview", "incident-timeline", "agreement"]);
    expect(lines.every((l) => l.length > 30)).toBe(true);
    // The summaries start in one column.
    expect(new Set(lines.map((l) => /^\S+\s+/.exec(l)![0].length)).size).toBe(1);
  });

  it("explains every option in --help, and what the export leaves out", async () => {
    const r = await runMain(["chart", "--help"]);
    expect(r.code).toBe(0);
    for (const option of ["--out", "--format", "--all", "--out-dir", "--list", "--width", "--height", "--scale", "--title", "--corpus", "--codebook", "--org", "--incident", "--kind", "--mode", "--annotations", "--input", "--document"]) {
      expect(r.stdout).toContain(option);
    }
    expect(r.stdout).toMatch(/tips are left out/);
    expect(r.stdout).toMatch(/continuous colour legends.*canvas/s);
  });

  it("rejects an unknown chart, format or kind with the valid choices (exit 2)", async () => {
    const name = await runCli(["chart", "heatmpa", "--out", "x.svg"]);
    // The rest in this process: the exit code is main()'s return value.
    expect([name.code, name.stderr.trim()]).toEqual([2, `framewatch chart: invalid chart: "heatmpa" (expected ${CHART_NAMES.join(", ")})`]);
    const format = await runMain(["chart", "heatmap", "--format", "xml", "--out", "x.xml"]);
    expect([format.code, format.stderr.trim()]).toEqual([2, 'framewatch chart: invalid format: "xml" (expected svg, png, html)']);
    const guess = await runMain(["chart", "heatmap", "--out", "chart.jpeg"]);
    expect([guess.code, guess.stderr]).toEqual([2, expect.stringMatching(/has no \.svg, \.png or \.html extension \(give --format svg\|png\|html\)/)]);
    const kind = await runMain(["chart", "heatmap", "--kind", "tweet", "--out", "x.svg"]);
    expect([kind.code, kind.stderr]).toEqual([2, expect.stringContaining('invalid kind: "tweet" (expected internal-memo, spokesperson,')]);
  });

  it("rejects an output file in a folder that does not exist, before any work", async () => {
    const r = await runMain(["chart", "heatmap", "--out", join(tmp(), "missing", "heatmap.svg")]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/invalid out: ".*heatmap\.svg": the folder ".*missing" does not exist \(create it first\)/);
  });

  it(
    "rejects unknown incident ids and organisations with the valid ones",
    async () => {
      const dir = tmp();
      const incident = await chart(["playbook", "--incident", "nope", "--out", join(dir, "p.svg")]);
      expect([incident.code, incident.stderr.trim()]).toEqual([2, 'framewatch chart: invalid incident: "nope" (expected fb-2018, fb-2021, li-2021, quiet-2020)']);
      const org = await chart(["timeline", "--org", "Facebok", "--out", join(dir, "t.svg")]);
      expect([org.code, org.stderr.trim()]).toEqual([2, 'framewatch chart: invalid org: "Facebok" (expected Facebook, LinkedIn)']);
      const noMemo = await chart(["playbook", "--incident", "fb-2018", "--out", join(dir, "p.svg")]);
      expect([noMemo.code, noMemo.stderr.trim()]).toEqual([2, 'framewatch chart: playbook: incident "fb-2018" has no internal-memo document (incidents with one: fb-2021)']);
      const noStatement = await chart(["profile", "--out", join(dir, "p.svg")]);
      expect([noStatement.code, noStatement.stderr]).toEqual([2, expect.stringContaining("profile needs a statement: --input FILE")]);
      expect(readdirSync(dir)).toEqual([]);
    },
    SLOW,
  );

  it(
    "writes the same SVG bytes twice, replacing an existing file atomically",
    async () => {
      const dir = tmp();
      const out = join(dir, "heatmap.svg");
      writeFileSync(out, "old content");
      const first = await chart(["heatmap", "--org", "facebook", "--out", out]);
      expect(first.code).toBe(0);
      const svg = readFileSync(out, "utf8");
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" /);
      expect(svg).toContain("Facebook Cambridge Analytica data");
      expect(svg).not.toContain("LinkedIn");
      expect((await chart(["heatmap", "--org", "facebook", "--out", out])).code).toBe(0);
      expect(readFileSync(out, "utf8")).toBe(svg);
      expect(readdirSync(dir)).toEqual(["heatmap.svg"]);
    },
    SLOW,
  );

  it(
    "writes a PNG of the requested size, with text drawn in the title's box",
    async () => {
      const out = join(tmp(), "shift.png");
      const r = await chart(["shift", "--width", "640", "--height", "400", "--scale", "2", "--out", out]);
      expect(r.code).toBe(0);
      const image = decodePng(readFileSync(out));
      expect([image.width, image.height]).toEqual([1280, 800]);
      expect(colourCount(image)).toBeGreaterThan(20);
      expect(inkIn(image, { x: TITLE_BOX.x * 2, y: TITLE_BOX.y * 2, width: 400, height: TITLE_BOX.height * 2 })).toBeGreaterThan(200);
    },
    SLOW,
  );

  it(
    "writes one self-contained HTML page: the SVG, the data table and the sources",
    async () => {
      const out = join(tmp(), "peers.html");
      const r = await chart(["peers", "--incident", "fb-2021", "--incident", "li-2021", "--out", out]);
      expect(r.code).toBe(0);
      const html = readFileSync(out, "utf8");
      expect(html).toMatch(/<figure>\n<svg xmlns=/);
      expect(html).toContain("<th scope=\"col\">organisation</th>");
      expect(html).toContain("<td>LinkedIn</td><td>denial</td>");
      expect(html).toContain("Source of the data");
      expect(html).toContain('<a href="https://example.org/li-2021">');
      expect(html).not.toMatch(/<script|<link|src=/);
    },
    SLOW,
  );

  it(
    "exports the incident timeline, one row per incident with documents",
    async () => {
      const out = join(tmp(), "incidents.png");
      const r = await chart(["incident-timeline", "--out", out]);
      expect(r.code).toBe(0);
      const image = decodePng(readFileSync(out));
      expect(image.width).toBe(800);
      expect(inkIn(image, { x: TITLE_BOX.x, y: TITLE_BOX.y, width: 300, height: TITLE_BOX.height })).toBeGreaterThan(100);
      const svg = await chart(["incident-timeline", "--format", "svg", "--out", "-"]);
      expect(svg.stdout).toContain("3 incidents, 11 documents.");
      expect(svg.stdout).toContain("2021-04 · LinkedIn 500 million profiles scraped");
      expect(svg.stdout).not.toContain("An incident without documents");
    },
    SLOW,
  );

  it(
    "exports the agreement of the current tagger with gold, tagging the corpus to do so",
    async () => {
      const out = join(tmp(), "agreement.html");
      const r = await chart(["agreement", "--out", out]);
      expect(r.code).toBe(0);
      expect(r.stderr).toMatch(/framewatch chart agreement: tags of framewatch@[\d.]+ against the gold \(coder-a\) annotations of 11 documents/);
      const html = readFileSync(out, "utf8");
      expect(html).toContain("How good is the tagger, strategy by strategy");
      expect(html).toContain('<th scope="col">precision (%)</th>');
      // The corpus on disk has no machine tags: the tagger found some.
      expect(html).toMatch(/<td>sector-problem<\/td><td class="n">3<\/td><td class="n">[1-9]/);
      const mode = await chart(["agreement", "--mode", "enacted", "--out", join(tmp(), "a.svg")]);
      expect([mode.code, mode.stderr]).toEqual([2, expect.stringContaining("framewatch chart: agreement: agreement compares the annotations in every mode")]);
    },
    SLOW,
  );

  it(
    "profiles a statement from standard input against the corpus, and writes SVG to standard output",
    async () => {
      const r = await runCli(["chart", "profile", "--input", "-", "--out", "-", "--format", "svg", "--corpus", corpus], { input: "This is an industry-wide problem. We are committed to protecting your data." });
      expect(r.code).toBe(0);
      expect(r.stdout).toMatch(/^<svg xmlns=/);
      expect(r.stdout).toContain("&lt;stdin&gt; against the corpus");
      expect(r.stdout).toContain("sector-problem");
    },
    SLOW,
  );

  it(
    "exports every chart into a folder with --all",
    async () => {
      const dir = join(tmp(), "charts");
      const r = await chart(["--all", "--out-dir", dir, "--format", "svg,html"]);
      expect(r.code).toBe(0);
      expect(readdirSync(dir).sort()).toEqual(CHART_NAMES.flatMap((n) => [`${n}.html`, `${n}.svg`]).sort());
      // Without --input, profile takes the latest public statement of the corpus.
      expect(r.stderr).toContain("statement: li21-faq");
      expect(existsSync(join(dir, "profile.svg"))).toBe(true);
    },
    SLOW,
  );
});
