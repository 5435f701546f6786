import { describe, expect, it } from "vitest";
import { playbook } from "../../src/analysis/playbook.js";
import { playbookChart } from "../../src/charts/playbook.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("playbookChart", () => {
  const data = playbook(bundle, "fb-2021");
  const svg = svgOf(playbookChart(data, staticOptions()));

  it("matches its golden file", () => {
    expectGolden("playbook", svg);
  });

  it("groups the strategies under their status, with counts", () => {
    const t = texts(svg);
    expect(t).toEqual(expect.arrayContaining(["Planned and executed (2)", "Planned only (1)", "Done without a plan (2)", "memo planned", "public did"]));
    expect(t.indexOf("Planned and executed (2)")).toBeLessThan(t.indexOf("Planned only (1)"));
  });

  it("quotes the first span of the memo and of the public statements", () => {
    const t = texts(svg);
    expect(t).toContain("memo, fb21-memo: “frame this as a sector problem”");
    expect(t).toContain("public, fb21-spokes: “an industry-wide issue”");
    expect(t).toContain("memo, fb21-memo: “We expect more scraping incidents” (+1)");
  });

  it("escapes quotes that contain markup", () => {
    const tricky = { ...data, entries: [{ ...data.entries[0], planned: [{ document: "m", text: "<b>& 'x'", start: 0, end: 8 }] }] };
    const out = svgOf(playbookChart(tricky, staticOptions()));
    expect(out).toContain("“&lt;b&gt;&amp; &#39;x&#39;”");
    expect(out).not.toContain("<b>");
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(playbookChart(data, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
