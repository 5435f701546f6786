import { describe, expect, it } from "vitest";
import { corpusOverview } from "../../src/analysis/corpus-overview.js";
import { testBundle } from "../fixtures/bundle.js";

describe("corpusOverview", () => {
  it("counts documents per organisation and kind, kinds in the schema's order", () => {
    expect(corpusOverview(testBundle(), { orgs: ["LinkedIn"] })).toEqual([
      { organisation: "LinkedIn", kind: "blog-post", documents: 1 },
      { organisation: "LinkedIn", kind: "public-statement", documents: 1 },
      { organisation: "LinkedIn", kind: "news-report", documents: 1 },
    ]);
  });

  it("adds up to the number of documents", () => {
    const bundle = testBundle();
    const rows = corpusOverview(bundle);
    expect(rows.reduce((n, r) => n + r.documents, 0)).toBe(bundle.documents.length);
    expect(rows.find((r) => r.organisation === "Facebook" && r.kind === "news-report")?.documents).toBe(2);
  });
});
