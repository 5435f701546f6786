/**
 * The per-record work of `annotate --input jsonl`, shared by the main thread and the worker
 * threads: parse a line, check it, tag it and render it. What needs the whole stream (duplicate
 * ids, order, stopping at the first error) stays with the caller.
 */
import type { CompiledCodebook } from "../codebook/compiled.js";
import type { Mode } from "../codebook/types.js";
import { tagWith } from "../tagger/pipeline.js";
import { csvRows, jsonRecord, renderText } from "../formats/annotation.js";
import type { Line } from "./lines.js";

/** Formats whose records are rendered one by one (so they stream and parallelise). */
export const STREAMING_FORMATS = ["jsonl", "json", "csv", "text"] as const;
export type StreamingFormat = (typeof STREAMING_FORMATS)[number];

export interface BatchOptions {
  format: StreamingFormat;
  minConfidence: number;
  mode?: Mode;
  explain: boolean;
  color: boolean;
}

/** The outcome of one input line: its rendered output, or why it was refused. Blank lines give nothing. */
export interface RecordResult {
  line: number;
  id?: string;
  rawId?: unknown;
  error?: string;
  out?: string;
}

/** One JSONL record: {"id": ..., "text": ...}. */
export function parseRecord(text: string | undefined, readError: string | undefined): { id: string; text: string } | { id?: unknown; error: string } | null {
  if (readError) return { error: readError };
  if (text === undefined || text.trim() === "") return null;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    return { error: `invalid JSON: ${(e as Error).message}` };
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { error: `expected a JSON object with "id" and "text"` };
  const rec = value as Record<string, unknown>;
  const id = rec.id;
  if (typeof id !== "string" && typeof id !== "number") return { id, error: `missing or invalid "id" (expected a string or number)` };
  if (typeof rec.text !== "string") return { id, error: `${rec.text === undefined ? "missing" : "non-string"} "text"` };
  return { id: String(id), text: rec.text };
}

/** Render one annotated record in a streaming format (without separators between records). */
export function renderRecord(doc: { id: string; text: string }, codebook: CompiledCodebook, options: BatchOptions): string {
  const annotated = { id: doc.id, text: doc.text, tags: tagWith(doc.text, codebook, { minConfidence: options.minConfidence, mode: options.mode }) };
  const explain = options.explain ? codebook : undefined;
  switch (options.format) {
    case "jsonl":
      return JSON.stringify(jsonRecord(annotated, explain)) + "\n";
    case "json":
      return JSON.stringify(jsonRecord(annotated, explain), null, 2);
    case "csv":
      return csvRows(annotated).map((r) => r + "\r\n").join("");
    case "text":
      return renderText(annotated, { color: options.color, codebook, explain: options.explain });
  }
}

/** Process a batch of lines. */
export function processBatch(lines: Line[], codebook: CompiledCodebook, options: BatchOptions): RecordResult[] {
  const out: RecordResult[] = [];
  for (const line of lines) {
    const rec = parseRecord(line.text, line.error);
    if (rec === null) continue;
    if ("error" in rec) {
      out.push({ line: line.number, rawId: rec.id, error: rec.error });
      continue;
    }
    out.push({ line: line.number, id: rec.id, out: renderRecord(rec, codebook, options) });
  }
  return out;
}
