/**
 * The notebooks in a real browser: build the static site (`npm run notebooks:build`), serve it on 127.0.0.1, open
 * every notebook in Debian's Chromium, and fail on any console error, failed request or request off 127.0.0.1.
 * Each chart must render (an SVG with marks), and the annotate notebook must highlight what the tagger finds in
 * a typed statement. Screenshots go to out/notebooks/.
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { CorpusBundle } from "../../src/corpus/types.js";
import { builtinCodebook, incidentProfiles, playbook, strategyShares, tag, type HitExample } from "../../src/index.js";
import { foldWide } from "../../src/tagger/text.js";
import { serveStatic, type StaticServer } from "./serve.js";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const DIST = join(ROOT, "notebooks", ".observable", "dist");
const SHOTS = join(ROOT, "out", "notebooks");
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
/** The corpus bundle that the build wrote and the notebooks read. */
const bundle = (): CorpusBundle => JSON.parse(readFileSync(join(ROOT, "notebooks", "data", "corpus.json"), "utf8"));

/** Every notebook, with the charts (by `data-chart` name) it must show on the bundled corpus. */
const NOTEBOOKS: { file: string; charts: string[] }[] = [
  { file: "index.html", charts: [] },
  { file: "overview.html", charts: ["incident-timeline", "documents"] },
  { file: "incidents.html", charts: ["facebook-path", "heatmap", "timeline", "shift"] },
  { file: "memo.html", charts: ["playbook"] },
  { file: "peers.html", charts: ["peers"] },
  { file: "annotate.html", charts: ["profile"] },
  { file: "agreement.html", charts: ["agreement"] },
];

let server: StaticServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`no Chromium at ${CHROMIUM}: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  const build = spawnSync("npm", ["run", "--silent", "notebooks:build"], { cwd: ROOT, encoding: "utf8" });
  if (build.status !== 0) throw new Error(`npm run notebooks:build failed (${build.status}):\n${build.stdout}\n${build.stderr}`);
  mkdirSync(SHOTS, { recursive: true });
  server = await serveStatic(DIST);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  context = await browser.newContext({ viewport: { width: 1200, height: 900 }, acceptDownloads: true });
  // Nothing leaves the machine: requests off 127.0.0.1 are aborted (and reported as problems below).
  await context.route(/^https?:\/\/(?!127\.0\.0\.1[:/])/, (route) => route.abort());
}, 300_000);

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await server?.close();
});

/** Open a page and collect every problem: console errors, page errors, failed or off-host requests, HTTP errors. */
async function open(file: string): Promise<{ page: Page; problems: string[] }> {
  const page = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(`console error: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  page.on("request", (r) => {
    const url = new URL(r.url());
    if ((url.protocol === "http:" || url.protocol === "https:") && url.hostname !== "127.0.0.1") problems.push(`request off 127.0.0.1: ${r.url()}`);
  });
  page.on("requestfailed", (r) => problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on("response", (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${r.url()}`);
  });
  await page.goto(server.url + file, { waitUntil: "load" });
  return { page, problems };
}

/** Per chart: whether it has an SVG, and how many drawn elements its marks hold (axes, grids, header and legends aside). */
const CHART_STATE = `(() => Array.from(document.querySelectorAll("[data-chart]"), (chart) => {
  const svg = chart.querySelector("svg");
  const groups = svg ? Array.from(svg.querySelectorAll("g[aria-label]")).filter((g) => !/axis|grid|legend|frame|tip|header|colours/.test(g.getAttribute("aria-label"))) : [];
  const marks = groups.reduce((n, g) => n + g.querySelectorAll("rect, circle, path, line, text, image, polygon").length, 0);
  return { name: chart.dataset.chart, svg: !!svg, marks };
}))()`;

describe.each(NOTEBOOKS)("the notebook $file", ({ file, charts }) => {
  test(`opens without errors and renders its charts (${charts.join(", ") || "no charts"})`, async () => {
    const { page, problems } = await open(file);
    try {
      const selector = JSON.stringify(charts.map((c) => `[data-chart="${c}"] svg`));
      await page.waitForFunction(`${selector}.every((s) => document.querySelector(s))`, undefined, { timeout: 60_000 }).catch(() => {});
      await page.waitForLoadState("networkidle");
      const state = (await page.evaluate(CHART_STATE)) as { name: string; svg: boolean; marks: number }[];
      for (const name of charts) {
        const chart = state.find((c) => c.name === name);
        expect(chart, `chart ${name}`).toBeDefined();
        expect(chart!.svg, `chart ${name} has an SVG`).toBe(true);
        expect(chart!.marks, `chart ${name} has marks`).toBeGreaterThan(0);
      }
      const errors = (await page.evaluate(`Array.from(document.querySelectorAll(".observablehq--error"), (e) => e.textContent)`)) as string[];
      expect(errors, "cells in error").toEqual([]);
      await page.screenshot({ path: join(SHOTS, file.replace(/\.html$/, ".png")), fullPage: true });
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

/** The first enacted hit example of a strategy in the built-in codebook (the codebook's tests make sure it hits). */
function enactedHit(strategy: string): string {
  const def = builtinCodebook.strategies.find((s) => s.id === strategy);
  const hit = def?.hits.find((h: string | HitExample) => typeof h === "string" || h.mode === undefined || h.mode === "enacted");
  if (hit === undefined) throw new Error(`no enacted hit example for ${strategy}`);
  return typeof hit === "string" ? hit : hit.text;
}

describe("the annotate notebook", () => {
  test("highlights, as one types, the spans that the tagger finds", async () => {
    // Typeset, as statements often are: in the page (no Node Buffer) as in Node, the tagger reads it as a Latin-1 copy.
    const statement = `${enactedHit("sector-problem")} ${enactedHit("corrective-action")} We’re sorry — we apologise for the “concern” this has caused.`;
    expect(foldWide(statement)).not.toBe(statement);
    const expected = tag(statement);
    expect(expected.map((t) => t.strategy)).toEqual(expect.arrayContaining(["sector-problem", "corrective-action", "apology"]));

    const { page, problems } = await open("annotate.html");
    try {
      const box = page.locator("textarea").first();
      await box.fill("");
      await box.pressSequentially(statement);
      await page.waitForFunction(`document.querySelector("#annotation .fw-text")?.textContent === ${JSON.stringify(statement)}`, undefined, { timeout: 30_000 });
      const marks = (await page.evaluate(
        `Array.from(document.querySelectorAll("#annotation .fw-text mark"), (m) => ({ tags: m.dataset.tags, strategy: m.dataset.strategy, text: m.textContent, title: m.title }))`,
      )) as { tags: string; strategy: string; text: string; title: string }[];
      // Each tag's text, as the highlighting shows it: the marks that name the tag, in order.
      const shown = expected.map((_, i) => marks.filter((m) => m.tags.split(" ").map(Number).includes(i)));
      expected.forEach((t, i) => {
        expect(shown[i].map((m) => m.text).join(""), `span ${i} (${t.strategy})`).toBe(t.text);
        for (const m of shown[i]) {
          expect(m.strategy.split(" ")).toContain(t.strategy);
          expect(m.title).toContain(t.cue);
        }
      });
      await page.waitForFunction(`document.querySelector('[data-chart="profile"] svg')`, undefined, { timeout: 30_000 });
      const profileText = (await page.evaluate(`document.querySelector('[data-chart="profile"] svg').textContent`)) as string;
      expect(profileText).toMatch(/sector|Sector/);
      await page.screenshot({ path: join(SHOTS, "annotate-typed.png"), fullPage: true });

      const [json] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download JSON" }).click()]);
      expect(json.suggestedFilename()).toMatch(/\.json$/);
      expect(JSON.parse(readFileSync(await json.path(), "utf8")).tags).toEqual(expected);
      const [svg] = await Promise.all([page.waitForEvent("download"), page.locator('[data-chart="profile"]').getByRole("button", { name: "Download SVG" }).click()]);
      expect(svg.suggestedFilename()).toMatch(/\.svg$/);
      // The downloaded SVG is the export's: a standalone file that keeps the title and the legend.
      const svgFile = readFileSync(await svg.path(), "utf8");
      expect(svgFile).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(svgFile).toContain(">One statement against the corpus<");
      expect(svgFile).toContain(">corpus average<");
      const [png] = await Promise.all([page.waitForEvent("download"), page.locator('[data-chart="profile"]').getByRole("button", { name: "Download PNG" }).click()]);
      expect(png.suggestedFilename()).toMatch(/\.png$/);
      expect(readFileSync(await png.path()).subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

/** The heat map's columns: its x axis's labels, one per incident. */
const HEATMAP_COLUMNS = `document.querySelectorAll('[data-chart="heatmap"] g[aria-label="x-axis tick label"] text').length`;
/** The heat map's filled cells: each is labelled with its share. */
const HEATMAP_LABELS = `document.querySelectorAll('[data-chart="heatmap"] g[aria-label="text"] text').length`;

describe("the incidents notebook's filters", () => {
  test("redraw the charts for the chosen mode and organisations", async () => {
    const { page, problems } = await open("incidents.html");
    try {
      await page.waitForFunction(`${HEATMAP_COLUMNS} === ${incidentProfiles(bundle()).length}`, undefined, { timeout: 30_000 });
      await page.getByLabel("Mode").selectOption({ label: "directive" });
      const directive = strategyShares(bundle(), { mode: "directive" }).filter((r) => r.share > 0).length;
      expect(directive).toBeLessThan(strategyShares(bundle()).filter((r) => r.share > 0).length);
      await page.waitForFunction(`${HEATMAP_LABELS} === ${directive}`, undefined, { timeout: 30_000 });

      await page.getByLabel("Mode").selectOption({ label: "any mode" });
      await page.getByLabel("LinkedIn").uncheck();
      const withoutLinkedIn = incidentProfiles(bundle(), { orgs: ["Clubhouse", "Facebook"] });
      await page.waitForFunction(`${HEATMAP_COLUMNS} === ${withoutLinkedIn.length}`, undefined, { timeout: 30_000 });
      const columns = (await page.evaluate(`document.querySelector('[data-chart="heatmap"] g[aria-label="x-axis tick label"]').textContent`)) as string;
      expect(columns).not.toContain("LinkedIn");
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});

describe("the memo notebook", () => {
  test("opens a cell's quotes with their spans highlighted in the documents", async () => {
    const incident = bundle().documents.find((d) => d.kind === "internal-memo")!.incident;
    const entry = playbook(bundle(), incident).entries.find((e) => e.enacted.length > 0)!;
    const { page, problems } = await open("memo.html");
    try {
      await page.locator(`button[data-strategy="${entry.strategy}"][data-side="enacted"]`).click();
      await page.waitForFunction(`document.querySelector("#quotes h3")?.textContent.includes("what the public statements did")`, undefined, { timeout: 30_000 });
      const quotes = (await page.evaluate(
        `Array.from(document.querySelectorAll("#quotes .fw-quotes > li"), (li) => Array.from(li.querySelectorAll("mark"), (m) => ({ strategy: m.dataset.strategy, text: m.textContent })))`,
      )) as { strategy: string; text: string }[][];
      expect(quotes.map((marks) => marks.map((m) => m.text).join(""))).toEqual(entry.enacted.map((q) => q.text));
      for (const marks of quotes) for (const m of marks) expect(m.strategy).toBe(entry.strategy);
      expect(problems).toEqual([]);
    } finally {
      await page.close();
    }
  }, 120_000);
});
