import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { compareGolden, goldenProblem } from "./golden.js";

const dir = () => mkdtempSync(join(tmpdir(), "fw-golden-"));

describe("golden files", () => {
  it("never creates a missing golden file in CI, and fails", () => {
    const d = dir();
    const result = compareGolden("chart", "<svg/>", { CI: "true" }, d);
    expect(result.status).toBe("missing");
    expect(existsSync(join(d, "chart.svg"))).toBe(false);
    expect(goldenProblem(result)).toMatch(/missing golden file .*chart\.svg \(CI does not create golden files/);
  });

  it("creates a missing golden file outside CI", () => {
    const d = dir();
    expect(compareGolden("chart", "<svg/>", {}, d).status).toBe("created");
    expect(readFileSync(join(d, "chart.svg"), "utf8")).toBe("<svg/>");
  });

  it("writes a -changed file on a mismatch and fails, and removes it once the output matches again", () => {
    const d = dir();
    writeFileSync(join(d, "chart.svg"), "<svg/>");
    const result = compareGolden("chart", "<svg><g/></svg>", {}, d);
    expect(result.status).toBe("changed");
    expect(readFileSync(join(d, "chart-changed.svg"), "utf8")).toBe("<svg><g/></svg>");
    expect(goldenProblem(result)).toMatch(/differs from .*chart\.svg; the new output is in .*chart-changed\.svg/);
    expect(compareGolden("chart", "<svg/>", {}, d).status).toBe("same");
    expect(existsSync(join(d, "chart-changed.svg"))).toBe(false);
  });
});
