import { describe, expect, it } from "vitest";
import { incidentProfiles } from "../../src/analysis/incident-profiles.js";
import { incidentTimelineChart } from "../../src/charts/incident-timeline.js";
import { bundle, expectGolden, staticOptions, svgOf, texts } from "../helpers/charts.js";

describe("incidentTimelineChart", () => {
  const incidents = incidentProfiles(bundle);
  const svg = svgOf(incidentTimelineChart(incidents, staticOptions()));
  const dots = () => [.../<g [^>]*aria-label="dot">([\s\S]*?)<\/g>/.exec(svg)![1].matchAll(/<circle fill="(#[0-9a-f]{6})" r="([\d.]+)" cy="([\d.]+)" cx="([\d.]+)"/g)].map((m) => ({ fill: m[1], r: Number(m[2]), y: Number(m[3]), x: Number(m[4]) }));

  it("matches its golden file", () => {
    expectGolden("incident-timeline", svg);
  });

  it("says how many incidents and documents it shows, and labels each incident with its month and title", () => {
    expect(texts(svg)).toEqual(
      expect.arrayContaining([
        "The corpus&#39;s incidents on a time line",
        "2018-03 · Facebook Cambridge Analytica data misuse",
        "2021-04 · Facebook 533 million users scraping",
        "2021-04 · LinkedIn 500 million profiles scraped",
        "Organisation",
        "Facebook",
        "LinkedIn",
        "Documents",
      ]),
    );
    expect(texts(svg).some((t) => t.startsWith("3 incidents, 11 documents."))).toBe(true);
  });

  it("draws one dot per incident, by date from the top, one colour per organisation and bigger for more documents", () => {
    const [fb2018, fb2021, li2021] = dots();
    expect(dots()).toHaveLength(3);
    expect(fb2018.y).toBeLessThan(fb2021.y);
    expect(fb2021.y).toBeLessThan(li2021.y);
    expect(fb2018.x).toBeLessThan(fb2021.x);
    expect(fb2018.fill).toBe(fb2021.fill);
    expect(li2021.fill).not.toBe(fb2021.fill);
    // Four documents against three.
    expect(fb2021.r).toBeGreaterThan(li2021.r);
  });

  it("sorts the incidents by date whatever their order", () => {
    expect(svgOf(incidentTimelineChart([...incidents].reverse(), staticOptions()))).toBe(svg);
  });

  it("has tips only when interactive", () => {
    expect(svg).not.toMatch(/aria-label="tip"/);
    expect(incidentTimelineChart(incidents, { ...staticOptions(), static: false }).outerHTML).toMatch(/aria-label="tip"/);
  });
});
