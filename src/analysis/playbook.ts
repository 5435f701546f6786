/** A leaked memo held against the public statements: which planned moves were made, which were not, which came unplanned. */
import type { CorpusBundle } from "../corpus/types.js";
import { annotationsOf } from "./annotations-of.js";
import { checkIncident } from "./check-incident.js";
import { analysisConfig, selectDocuments, type AnnotationSource, type BundleDocument } from "./options.js";
import { strategyIds } from "./strategy-ids.js";

export const PLAYBOOK_STATUSES = ["planned-and-executed", "planned-only", "done-without-plan"] as const;
export type PlaybookStatus = (typeof PLAYBOOK_STATUSES)[number];

export interface Quote {
  /** The document's id. */
  document: string;
  /** The annotated text. */
  text: string;
  /** UTF-16 offsets of the span in the document's text (end exclusive). */
  start: number;
  end: number;
}

export interface PlaybookEntry {
  strategy: string;
  status: PlaybookStatus;
  /** The memo spans that plan it (directive mode). */
  planned: Quote[];
  /** The public documents' spans that enact it. */
  enacted: Quote[];
}

export interface Playbook {
  incident: { id: string; title: string; date: string };
  /** The internal memos' ids. */
  memos: string[];
  /** The public documents' ids (audience public, not news reports). */
  publicDocuments: string[];
  /** By status (planned-and-executed, planned-only, done-without-plan), then codebook order. */
  entries: PlaybookEntry[];
}

export interface PlaybookOptions {
  source?: AnnotationSource;
  /** Only documents of these organisations. */
  orgs?: readonly string[];
}

/** The playbook of an incident that has at least one internal memo. */
export function playbook(bundle: CorpusBundle, incidentId: string, options: PlaybookOptions = {}): Playbook {
  const incident = checkIncident(bundle, incidentId);
  const config = analysisConfig({ source: options.source, orgs: options.orgs, incidents: [incidentId] });
  const documents = selectDocuments(bundle, config);
  const memos = documents.filter((d) => d.kind === "internal-memo");
  if (!memos.length) {
    const withMemo = [...new Set(bundle.documents.filter((d) => d.kind === "internal-memo").map((d) => d.incident))];
    throw new RangeError(`incident ${JSON.stringify(incidentId)} has no internal-memo document (incidents with one: ${withMemo.join(", ") || "none"})`);
  }
  const publicDocuments = documents.filter((d) => d.audience === "public" && d.kind !== "news-report" && d.kind !== "internal-memo");
  const quotes = (docs: BundleDocument[], mode: "directive" | "enacted") => {
    const by = new Map<string, Quote[]>();
    for (const d of docs) {
      for (const s of annotationsOf(d, { source: config.source, mode })) {
        const q = { document: d.id, text: s.text, start: s.start, end: s.end };
        const list = by.get(s.strategy);
        if (list) list.push(q);
        else by.set(s.strategy, [q]);
      }
    }
    return by;
  };
  const planned = quotes(memos, "directive");
  const enacted = quotes(publicDocuments, "enacted");
  const ids = strategyIds(bundle, [...planned.keys(), ...enacted.keys()]);
  const entries = ids
    .filter((s) => planned.has(s) || enacted.has(s))
    .map((strategy) => ({
      strategy,
      status: (planned.has(strategy) ? (enacted.has(strategy) ? "planned-and-executed" : "planned-only") : "done-without-plan") as PlaybookStatus,
      planned: planned.get(strategy) ?? [],
      enacted: enacted.get(strategy) ?? [],
    }))
    .sort((a, b) => PLAYBOOK_STATUSES.indexOf(a.status) - PLAYBOOK_STATUSES.indexOf(b.status));
  return {
    incident: { id: incident.id, title: incident.title, date: incident.date },
    memos: memos.map((d) => d.id),
    publicDocuments: publicDocuments.map((d) => d.id),
    entries,
  };
}
