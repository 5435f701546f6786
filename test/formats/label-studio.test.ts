import { describe, expect, it } from "vitest";
import { exportFiles, importFiles } from "../../src/formats/interchange.js";
import { fromLabelStudio, labelStudioConfig, toLabelStudio } from "../../src/formats/label-studio.js";
import { ImportCollector, formatImportProblem } from "../../src/formats/spans.js";
import { DOCS, expected, STRATEGIES, TEXTS } from "../helpers/interchange.js";

/** A Label Studio JSON export in which a person accepted the predictions as they were. */
const accepted = () =>
  toLabelStudio(DOCS, "framewatch@test").map((t, i) => ({ id: i + 1, ...t, annotations: [{ id: 10 + i, completed_by: { email: "coder@example.org" }, result: t.predictions[0].result, was_cancelled: false }] }));
const read = (json: unknown) => {
  const into = new ImportCollector(TEXTS);
  fromLabelStudio(json, "export.json", into);
  return into.result();
};

describe("Label Studio", () => {
  it("writes one task per document, each span a region of a strategy label and a mode choice, in code points", () => {
    const [a] = toLabelStudio(DOCS, "framewatch@test");
    expect(a.data).toEqual({ text: DOCS[0].text, document: "doc-a" });
    expect(a.predictions[0].model_version).toBe("framewatch@test");
    const [label, mode] = a.predictions[0].result;
    expect(label).toMatchObject({ id: "fw1", from_name: "label", to_name: "text", type: "labels", value: { labels: ["corrective-action"], text: "found and fixed 🐛 this issue" }, score: 0.9 });
    expect(mode).toMatchObject({ id: "fw1", from_name: "mode", type: "choices", value: { choices: ["enacted"] } });
    // "🙂 We found": the emoji is one code point, so "found" starts at 5, not at the UTF-16 offset 6.
    expect(label.value.start).toBe(5);
    expect(Array.from(DOCS[0].text).slice(label.value.start, label.value.end).join("")).toBe(label.value.text);
  });

  it("writes a labelling configuration with every strategy and a required mode per region", () => {
    const xml = labelStudioConfig(STRATEGIES);
    for (const s of STRATEGIES) expect(xml).toContain(`<Label value="${s.id}" background="#`);
    expect(xml).toContain('<Choices name="mode" toName="text" perRegion="true" choice="single" required="true">');
    expect(xml).toContain('<Text name="text" value="$text"/>');
    const files = exportFiles("label-studio", DOCS, { strategies: STRATEGIES, by: "x" });
    expect(files.map((f) => f.name)).toEqual(["tasks.json", "label-studio-config.xml"]);
  });

  it("reads the annotations back to the same spans, emoji and all", () => {
    const r = read(accepted());
    expect(r.problems).toEqual([]);
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS));
    expect(r.documents[0].annotator).toBe("coder@example.org");
  });

  it("round-trips through exportFiles and importFiles", () => {
    const tasks = JSON.parse(exportFiles("label-studio", DOCS, { strategies: STRATEGIES, by: "x" })[0].content);
    const json = tasks.map((t: { predictions: { result: unknown }[] }) => ({ ...t, annotations: [{ result: t.predictions[0].result }] }));
    const r = importFiles("label-studio", [{ name: "export.json", content: JSON.stringify(json) }], TEXTS);
    expect(r.documents.map(({ id, spans }) => ({ id, spans }))).toEqual(expected(DOCS));
  });

  it("takes the latest annotation that was not cancelled, and skips tasks without one", () => {
    const json = accepted();
    json[0].annotations = [
      { id: 1, completed_by: { email: "a" }, result: [], was_cancelled: false, updated_at: "2024-01-02" } as never,
      { id: 2, completed_by: { email: "b" }, result: json[0].annotations[0].result, was_cancelled: true, updated_at: "2024-01-03" } as never,
      { id: 3, completed_by: { email: "c" }, result: [], was_cancelled: false, updated_at: "2024-01-01" } as never,
    ];
    json[1].annotations = [];
    const r = read(json);
    expect(r.documents.map((d) => [d.id, d.spans.length, d.annotator])).toEqual([
      ["doc-a", 0, "a"],
      ["doc-c", 0, "coder@example.org"],
    ]);
    expect(r.warnings.join("\n")).toMatch(/task 2 \(document "doc-b"\): no annotation, skipped/);
  });

  it("reports a span whose offsets do not fit its text, naming the document and the region, and hints at UTF-16 offsets", () => {
    const json = accepted();
    const region = json[0].annotations[0].result[0];
    region.value = { ...region.value, start: 6, end: 35 }; // UTF-16 offsets, as a tool counting like JavaScript would write them
    const r = read(json);
    expect(r.problems.map(formatImportProblem)).toEqual([
      expect.stringMatching(/^export\.json: task 1: document "doc-a", span fw1: text "found and fixed 🐛 this issue" does not match the document at 6-35 \(code points\).*read as UTF-16 code units the offsets would match/),
    ]);
    expect(r.documents.map((d) => d.id)).toEqual(["doc-b", "doc-c"]);
  });

  it("requires one strategy and a mode per region, and a known document", () => {
    const json = accepted();
    json[0].annotations[0].result = json[0].annotations[0].result.filter((r) => !(r.id === "fw1" && r.type === "choices"));
    json[1].data = { ...json[1].data, document: "nowhere" };
    const msgs = read(json).problems.map(formatImportProblem);
    expect(msgs).toContain('export.json: task 1: document "doc-a", span fw1: no mode for corrective-action (expected enacted, directive, reported)');
    expect(msgs).toContain('export.json: task 2: document "nowhere": no such document in the corpus');
  });

  it("finds the document by its text when the task has no document id, and refuses a changed text", () => {
    const json = accepted();
    delete (json[1].data as { document?: string }).document;
    json[2].data = { ...json[2].data, text: "No strategy here, just unicorns." };
    const r = read(json);
    expect(r.documents.map((d) => d.id)).toEqual(["doc-a", "doc-b"]);
    expect(r.problems.map(formatImportProblem)).toEqual([expect.stringContaining('document "doc-c": the file\'s text differs from the corpus\'s text from character 23 on')]);
  });
});
