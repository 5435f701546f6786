import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cards, el, labeller, swatchList, table } from "../../notebooks/lib/dom.js";
import { chartSvg } from "../../notebooks/lib/figure.js";

// The builders use the global document, as they do in the browser.
const saved = (globalThis as { document?: Document }).document;
beforeAll(() => {
  (globalThis as { document?: Document }).document = parseHTML("<!doctype html><html><body></body></html>").document as unknown as Document;
});
afterAll(() => {
  (globalThis as { document?: Document }).document = saved;
});

describe("el", () => {
  it("sets attributes, skips undefined ones and empty children, and puts strings in as text", () => {
    const e = el("p", { class: "x", title: undefined }, "<b>bold?</b>", null, false, 3, [el("em", {}, "y")]);
    expect(e.outerHTML).toBe('<p class="x">&lt;b&gt;bold?&lt;/b&gt;3<em>y</em></p>');
  });
});

describe("table", () => {
  it("has a header row and one row per item, with the fw-table class added to the given ones", () => {
    const t = table([{ a: 1 }, { a: 2 }], [{ label: "A", width: "3rem", value: (r) => String(r.a) }], { class: "wide" });
    expect(t.getAttribute("class")).toBe("fw-table wide");
    expect(Array.from(t.querySelectorAll("th"), (th) => th.textContent)).toEqual(["A"]);
    expect(Array.from(t.querySelectorAll("tbody td"), (td) => td.textContent)).toEqual(["1", "2"]);
  });
});

describe("cards", () => {
  it("shows each value with its caption", () => {
    expect(cards([{ value: 70, label: "documents" }]).textContent).toBe("70documents");
  });
});

describe("labeller", () => {
  it("gives a strategy's label, and the id of a strategy it does not know", () => {
    const label = labeller([{ id: "apology", label: "Apology" }]);
    expect([label("apology"), label("made-up")]).toEqual(["Apology", "made-up"]);
  });
});

describe("swatchList", () => {
  it("separates swatches with commas and says none for no strategy", () => {
    const nodes = swatchList(["apology", "denial"], (id) => id.toUpperCase());
    expect(nodes.map((n) => (typeof n === "string" ? n : n.textContent))).toEqual(["APOLOGY", ", ", "DENIAL"]);
    expect(swatchList([])).toEqual(["none"]);
  });
});

describe("chartSvg", () => {
  it("finds the plot in a figure rather than a legend, and takes an SVG as it is", () => {
    const fig = el("figure");
    fig.innerHTML = '<svg class="plot-legend"></svg><svg class="plot"></svg>';
    expect(chartSvg(fig)?.getAttribute("class")).toBe("plot");
    const svg = fig.querySelector("svg.plot")!;
    expect(chartSvg(svg)).toBe(svg);
  });
});
