// The tagger in a real browser: bundle src/index.ts for the browser (esbuild), load it in headless
// Chromium, and time tag() on a 1,000-word statement after warm-up. Returns the median time per call in ms.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { chromium } from "playwright-core";

export const CHROMIUM = "/usr/bin/chromium";

/** A statement of about 1,000 words: framing sentences among neutral ones. */
export function thousandWords(): string {
  const sentences = [
    "We take the security of our customers' data extremely seriously.",
    "The company was founded in 2009 and employs staff in several countries.",
    "This data was previously reported in 2019 and we found and fixed the issue at the time.",
    "Scraping is an industry-wide challenge that every platform faces.",
    "Our engineers rolled out a redesign of the settings page last spring.",
    "The information did not include financial information or passwords.",
    "Analysts expect the market to grow over the next two years.",
    "We will keep you informed as our investigation continues.",
  ];
  const out: string[] = [];
  let words = 0;
  for (let i = 0; words < 1000; i++) {
    const s = sentences[i % sentences.length];
    out.push(s);
    words += s.split(/\s+/).length;
  }
  return out.join(" ");
}

export async function browserTiming(): Promise<{ medianMs: number; words: number } | undefined> {
  if (!existsSync(CHROMIUM)) return undefined;
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL("../src/index.ts", import.meta.url))],
    bundle: true,
    write: false,
    format: "iife",
    globalName: "framewatch",
    platform: "browser",
    logLevel: "silent",
  });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync"],
  });
  try {
    const page = await browser.newPage();
    await page.setContent("<!doctype html><title>bench</title>");
    await page.addScriptTag({ content: bundle.outputFiles[0].text });
    const text = thousandWords();
    const medianMs = (await page.evaluate(`(() => {
      const text = ${JSON.stringify(text)};
      for (let i = 0; i < 30; i++) framewatch.tag(text);
      // The browser's clock is coarse (up to 1 ms): time batches of 20 calls, take the median batch.
      const times = [];
      for (let i = 0; i < 25; i++) { const t0 = performance.now(); for (let j = 0; j < 20; j++) framewatch.tag(text); times.push((performance.now() - t0) / 20); }
      times.sort((a, b) => a - b);
      return times[12];
    })()`)) as number;
    return { medianMs, words: text.split(/\s+/).length };
  } finally {
    await browser.close();
  }
}
