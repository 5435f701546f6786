import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { highlight, spanTitle, type HighlightSpan } from "../../notebooks/lib/highlight.js";

const { document } = parseHTML("<!doctype html><html><body></body></html>");
const marks = (p: HTMLElement) => Array.from(p.querySelectorAll("mark"), (m) => ({ text: m.textContent, strategy: m.dataset.strategy, tags: m.dataset.tags }));

describe("highlight", () => {
  it("keeps the text as it is and marks each span", () => {
    const text = "It is an industry-wide problem. We fixed it.";
    const spans: HighlightSpan[] = [
      { strategy: "sector-problem", mode: "enacted", start: 9, end: 30, cue: "sector-problem.industry-wide", confidence: 0.9 },
      { strategy: "corrective-action", mode: "enacted", start: 35, end: 43 },
    ];
    const p = highlight(text, spans, { document: document as unknown as Document });
    expect(p.textContent).toBe(text);
    expect(marks(p)).toEqual([
      { text: "industry-wide problem", strategy: "sector-problem", tags: "0" },
      { text: "fixed it", strategy: "corrective-action", tags: "1" },
    ]);
    expect(p.querySelector("mark")!.title).toBe("sector-problem (enacted) · cue sector-problem.industry-wide · confidence 0.90");
  });

  it("splits overlapping spans at their edges and names every span of a piece", () => {
    const text = "abcdefgh";
    const spans: HighlightSpan[] = [
      { strategy: "denial", mode: "enacted", start: 0, end: 6 },
      { strategy: "minimisation", mode: "reported", start: 3, end: 8 },
    ];
    const p = highlight(text, spans, { document: document as unknown as Document });
    expect(marks(p)).toEqual([
      { text: "abc", strategy: "denial", tags: "0" },
      { text: "def", strategy: "denial minimisation", tags: "0 1" },
      { text: "gh", strategy: "minimisation", tags: "1" },
    ]);
    expect(p.querySelectorAll("mark.fw-overlap").length).toBe(1);
  });

  it("puts markup-like text in as text, never as HTML", () => {
    const text = '<img src=x onerror="alert(1)"> is fine';
    const p = highlight(text, [{ strategy: "x<y", mode: "enacted", start: 0, end: 4 }], { document: document as unknown as Document });
    expect(p.querySelector("img")).toBeNull();
    expect(p.textContent).toBe(text);
  });

  it("ignores spans outside the text or empty", () => {
    const p = highlight("short", [{ strategy: "denial", mode: "enacted", start: 2, end: 2 }, { strategy: "denial", mode: "enacted", start: 3, end: 99 }], { document: document as unknown as Document });
    expect(p.querySelectorAll("mark").length).toBe(0);
    expect(p.textContent).toBe("short");
  });
});

describe("spanTitle", () => {
  it("names the annotator of a gold span and uses the label it is given", () => {
    expect(spanTitle({ strategy: "apology", mode: "enacted", start: 0, end: 1, annotator: "coder-a" }, (s) => s.toUpperCase())).toBe("APOLOGY (enacted) · annotator coder-a");
  });
});
