/**
 * Label Studio (https://labelstud.io): tasks with `predictions` to import into a project, the
 * matching labelling configuration, and the project's JSON export read back as corrections.
 *
 * - A task is {data: {text, document}, predictions: [{model_version, result}]}. Each span is a region
 *   of two results with the same id: a `labels` result (from_name "label") holding the strategy, and
 *   a per-region `choices` result (from_name "mode") holding the mode.
 * - Offsets are Unicode code points, as Label Studio stores them since its fix of emoji offsets
 *   (HumanSignal/label-studio#1559; label-studio-frontend#308); framewatch converts from and to
 *   JavaScript's UTF-16 offsets.
 * - Import reads Label Studio's "JSON" export (a list of tasks with `annotations`). It takes each
 *   task's latest annotation that was not cancelled; a task without one is skipped with a warning
 *   (predictions are not corrections). A region needs one strategy label and one mode.
 */
import { MODES } from "../codebook/types.js";
import { escapeHtml } from "./escape.js";
import { offsetMap } from "./offsets.js";
import { strategyColor } from "./palette.js";
import { codePointSpan, ImportCollector, isObject, type ExportDocument, type Loose } from "./spans.js";

export interface LabelStudioResult {
  id: string;
  from_name: string;
  to_name: string;
  type: "labels" | "choices";
  value: { start: number; end: number; text: string; labels?: string[]; choices?: string[] };
  score?: number;
}

export interface LabelStudioTask {
  data: { text: string; document: string };
  predictions: { model_version: string; result: LabelStudioResult[] }[];
}

/** Tasks with the spans as predictions (`modelVersion` names who made them, e.g. framewatch@0.1.0 or gold:coder-a). */
export function toLabelStudio(docs: readonly ExportDocument[], modelVersion: string): LabelStudioTask[] {
  return docs.map((doc) => {
    const map = offsetMap(doc.text);
    const result = doc.spans.flatMap((s, i): LabelStudioResult[] => {
      const id = `fw${i + 1}`;
      const at = { ...codePointSpan(map, s), text: s.text };
      return [
        { id, from_name: "label", to_name: "text", type: "labels", value: { ...at, labels: [s.strategy] }, ...(s.confidence !== undefined ? { score: s.confidence } : {}) },
        { id, from_name: "mode", to_name: "text", type: "choices", value: { ...at, choices: [s.mode] } },
      ];
    });
    return { data: { text: doc.text, document: doc.id }, predictions: [{ model_version: modelVersion, result }] };
  });
}

/** The labelling configuration (XML) that the tasks' predictions fit: one label per strategy, a mode per region. */
export function labelStudioConfig(strategies: readonly { id: string; label?: string }[]): string {
  const labels = strategies.map((s) => `    <Label value="${escapeHtml(s.id)}" background="${strategyColor(s.id)}"/>`).join("\n");
  const modes = MODES.map((m) => `      <Choice value="${m}"/>`).join("\n");
  return `<View>
  <Labels name="label" toName="text">
${labels}
  </Labels>
  <Text name="text" value="$text"/>
  <View visibleWhen="region-selected">
    <Header value="Mode of the selected span"/>
    <Choices name="mode" toName="text" perRegion="true" choice="single" required="true">
${modes}
    </Choices>
  </View>
</View>
`;
}


/** Read a Label Studio JSON export (parsed) into the collector. */
export function fromLabelStudio(input: unknown, file: string, into: ImportCollector): void {
  const tasks = Array.isArray(input) ? input : [input];
  tasks.forEach((task, t) => {
    const where = `${file}: task ${isObject(task) && task.id !== undefined ? task.id : `#${t + 1}`}`;
    if (!isObject(task) || !isObject(task.data)) {
      into.problem({ where, reason: "expected a task with data.text (a Label Studio JSON export)" });
      return;
    }
    const id = task.data.document ?? into.idOfText(task.data.text);
    const annotations = (Array.isArray(task.annotations) ? task.annotations : []).filter((a): a is Loose => isObject(a) && !a.was_cancelled && Array.isArray(a.result));
    if (annotations.length === 0) {
      into.warnings.push(`${where}${typeof id === "string" ? ` (document "${id}")` : ""}: no annotation, skipped`);
      return;
    }
    const stamp = (a: Loose) => String(a.updated_at ?? a.created_at ?? "");
    const latest = annotations.reduce((a, b) => (stamp(b) >= stamp(a) ? b : a));
    if (annotations.length > 1) into.warnings.push(`${where}: ${annotations.length} annotations; using the latest (${latest.id ?? stamp(latest)})`);
    const by = latest.completed_by;
    const annotator = isObject(by) && typeof by.email === "string" ? by.email : typeof by === "number" || typeof by === "string" ? `label-studio-user-${by}` : undefined;
    if (id === undefined && typeof task.data.text === "string") {
      into.problem({ where, reason: "no data.document, and no corpus document has exactly this text" });
      return;
    }
    if (!into.document(id, where, annotator)) return;
    if (task.data.text !== undefined && !into.sameText(id, task.data.text, where)) return;
    const regions = new Map<string, { labels?: Loose; mode?: unknown }>();
    for (const r of latest.result as unknown[]) {
      if (!isObject(r) || !isObject(r.value)) continue;
      const rid = String(r.id);
      const entry = regions.get(rid) ?? {};
      regions.set(rid, entry);
      if (r.type === "labels") entry.labels = r.value;
      else if (r.type === "choices" && Array.isArray(r.value.choices)) entry.mode = r.value.choices.length === 1 ? r.value.choices[0] : r.value.choices;
      else into.warnings.push(`${where}: result ${rid} of type ${JSON.stringify(r.type)} ignored`);
    }
    for (const [rid, region] of regions) {
      if (!region.labels) continue; // a document-level choice, not a span
      const labels = region.labels.labels;
      if (!Array.isArray(labels) || labels.length !== 1) {
        into.problem({ where, document: id, span: rid, reason: `expected exactly one strategy label, got ${JSON.stringify(labels)}` });
        continue;
      }
      into.span(id, { label: rid, strategy: labels[0], mode: region.mode, start: region.labels.start, end: region.labels.end, quote: region.labels.text, unit: "codepoint" }, where);
    }
  });
}
