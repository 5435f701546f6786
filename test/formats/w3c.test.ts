import { describe, expect, it } from "vitest";
import { exportFiles, importFiles } from "../../src/formats/interchange.js";
import { ImportCollector, formatImportProblem } from "../../src/formats/spans.js";
import { documentOfSource, fromW3c, toW3c, W3C_CONTEXT } from "../../src/formats/w3c.js";
import { DOCS, expected, STRATEGIES, TEXTS } from "../helpers/interchange.js";

type Annotation = { id: string; body: { purpose: string; value: string }[]; target: { source: string; selector: Record<string, unknown>[] } };
const itemsOf = (c: Record<string, unknown>) => (c.first as { items: Annotation[] }).items;
const read = (json: unknown) => {
  const into = new ImportCollector(TEXTS);
  fromW3c(json, "a.jsonld", into);
  return into.result();
};

describe("W3C Web Annotation", () => {
  const collection = toW3c(DOCS, { creator: { type: "Person", name: "coder-b" } });

  it("writes an AnnotationCollection with tagging and classifying bodies and both text selectors", () => {
    expect(collection["@context"]).toBe(W3C_CONTEXT);
    expect(collection.type).toBe("AnnotationCollection");
    expect(collection.total).toBe(6);
    const [first] = itemsOf(collection);
    expect(first.body.slice(0, 2)).toEqual([
      { type: "TextualBody", purpose: "tagging", value: "corrective-action" },
      { type: "TextualBody", purpose: "classifying", value: "enacted" },
    ]);
    expect(first.target.source).toBe("urn:framewatch:document:doc-a");
    expect(first.target.selector).toEqual([
      { type: "TextQuoteSelector", exact: "found and fixed 🐛 this issue", prefix: "🙂 We ", suffix: ".\nThe data is 𝒪𝓁𝒹, and was previ" },
      // Code points, as the model requires: the emoji before "found" counts once; the 32-character
      // suffix counts 𝒪𝓁𝒹 as three characters, not six.
      { type: "TextPositionSelector", start: 5, end: 33 },
    ]);
  });

  it("round-trips through exportFiles and importFiles, keeping the creator as annotator", () => {
    const files = exportFiles("w3c", DOCS, { strategies: STRATEGIES, by: "coder-b", byPerson: true });
    const r = importFiles("w3c", files, TEXTS);
    expect(r.problems).toEqual([]);
    // doc-c has no span, so it has no annotation: W3C cannot say "no strategy".
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS.slice(0, 2)));
    expect(r.documents[0].annotator).toBe("coder-b");
  });

  it("places a span that has only a TextQuoteSelector where its quote, prefix and suffix occur once", () => {
    const a = structuredClone(itemsOf(collection)[3]);
    a.target.selector = [{ type: "TextQuoteSelector", exact: "sorry 😔", prefix: "We are " }];
    expect(read(a).documents[0].spans).toEqual([{ strategy: "apology", mode: "enacted", start: 93, end: 101, text: "sorry 😔" }]);
    a.target.selector = [{ type: "TextQuoteSelector", exact: "e" }];
    expect(read(a).problems[0].reason).toMatch(/occurs \d+ times with its prefix and suffix; add a TextPositionSelector/);
  });

  it("reports a position that contradicts the quote, and an unknown document", () => {
    const a = structuredClone(itemsOf(collection)[0]);
    a.target.selector[1] = { type: "TextPositionSelector", start: 6, end: 34 };
    expect(read([a]).problems.map(formatImportProblem)).toEqual([expect.stringContaining('document "doc-a", span urn:framewatch:document:doc-a#annotation-1 (corrective-action): text "found and fixed 🐛 this issue" does not match the document at 6-34 (code points)')]);
    a.target.source = "https://example.org/documents/missing";
    expect(read([a]).problems.map(formatImportProblem)[0]).toMatch(/document "missing": no such document in the corpus/);
  });

  it("reads the document id from a source IRI's last part", () => {
    expect(documentOfSource("urn:framewatch:document:a%20b")).toBe("a b");
    expect(documentOfSource("https://example.org/corpus/fb-2021-memo#x")).toBe("x");
    expect(documentOfSource("https://example.org/corpus/fb-2021-memo")).toBe("fb-2021-memo");
  });
});
