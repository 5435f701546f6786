/**
 * How far two codings of the same documents agree: the tagger against gold, or two human coders.
 *
 *   agreement(bundle)                              gold against the tagger's tags of a corpus bundle
 *                                                  (what the notebook "How good is the tagger" shows)
 *   compareCodings(reference, compared, options)   any two codings of the same texts
 *
 * Both return an AgreementReport. Its figures, and the definitions behind them:
 *
 * - document: a document carries a strategy when any of its spans has it, in the mode of its
 *   clearest occurrence (documentLabels, the rule of profile()). Per strategy precision, recall and
 *   F1 of the compared coding against the reference, micro and macro averages, and mode accuracy:
 *   the share of (document, strategy) labels found by both whose modes agree (evaluateDocuments).
 * - spans.exact, spans.overlap: the same scores over spans matched one to one (span-match.ts): exact
 *   needs the same strategy, start and end; overlap the same strategy and a shared character.
 *   spans.overlap.modeAccuracy is the share of overlap matches whose modes agree.
 * - reliability: Krippendorff's nominal alpha and Cohen's kappa, with the reference and compared
 *   codings as the two coders.
 *   - documents, per strategy: units are the documents, the value is whether the document carries
 *     the strategy (1 or 0). Overall: the units are all (document, strategy) pairs, every strategy of
 *     the codebook included, with the same presence value; alphaWithMode takes as value the
 *     document's mode of the strategy, or "absent".
 *   - characters, per strategy: units are the characters (UTF-16 code units) of the documents' texts,
 *     the value is whether the character lies inside a span of the strategy. Overall: all
 *     (character, strategy) pairs. This rewards agreeing on where a strategy is; it is a simple
 *     stand-in for Krippendorff's unitizing alpha, not that coefficient.
 *   A value is null when the coefficient is undefined (no variation: e.g. no coder used the strategy).
 * - confusion: strategies on overlapping spans. Each pair of a reference span and a compared span
 *   that share a character counts once in counts[reference strategy][compared strategy]; a span that
 *   overlaps no span on the other side counts in the "(none)" row or column.
 * - disagreements: per document, in text order: "missed" (a reference span that no compared span of
 *   its strategy overlaps), "extra" (the converse), "mode" (an overlap match whose modes differ) and
 *   "boundary" (an overlap match with other start or end). `documentLevel` says whether it changes
 *   the document's label (the strategy is absent on the other side, or the document modes differ).
 *
 * Only documents present in both codings are compared; the others are listed in onlyInReference
 * and onlyInCompared.
 */
import type { Mode } from "../codebook/types.js";
import type { CorpusBundle } from "../corpus/types.js";
import { splitSentences } from "../tagger/sentences.js";
import { averages, documentLabels, evaluateDocuments, scores, type Averages, type DocumentEvaluation, type StrategyCounts } from "./document-eval.js";
import { alphaFromCrossTable, nominalAlpha } from "./krippendorff.js";
import { kappaFromCrossTable } from "./kappa.js";
import { coveredLength, matchSpans, mergeIntervals, overlaps, sharedLength, type Matching, type SpanLike } from "./span-match.js";

export interface CodedSpan extends SpanLike {
  confidence?: number;
}

/** One coder's coding of one document. */
export interface Coding {
  id: string;
  text: string;
  spans: readonly CodedSpan[];
}

export interface CompareOptions {
  /** The strategies to score (default: those found in either coding); ids found in the codings are added. */
  strategies?: readonly string[];
  /** Names of the two codings, for reports (default "reference" and "compared"). */
  reference?: string;
  compared?: string;
}

export interface SpanEvaluation extends Averages {
  matching: Matching;
  perStrategy: StrategyCounts[];
  /** Share of matched spans whose modes agree. */
  modeAccuracy: number;
  modeCompared: number;
}

export interface Reliability {
  alpha: number | null;
  kappa: number | null;
}

export interface StrategyReliability {
  strategy: string;
  documents: Reliability;
  characters: Reliability;
}

export interface Confusion {
  /** Row and column labels: the strategies, then "(none)". */
  labels: string[];
  /** counts[reference label][compared label]. */
  counts: number[][];
}

export const DISAGREEMENT_KINDS = ["missed", "extra", "mode", "boundary"] as const;
export type DisagreementKind = (typeof DISAGREEMENT_KINDS)[number];

export interface DisagreementSpan {
  start: number;
  end: number;
  text: string;
  mode: Mode;
}

export interface Disagreement {
  document: string;
  kind: DisagreementKind;
  strategy: string;
  reference?: DisagreementSpan;
  compared?: DisagreementSpan;
  /** For missed and extra: the strategies the other coding gave to overlapping text. */
  otherSide: string[];
  /** Whether it changes the document's label (see the top of this file). */
  documentLevel: boolean;
  /** The sentence or sentences around the span. */
  context: string;
}

export interface AgreementReport {
  reference: string;
  compared: string;
  /** Ids of the compared documents (present in both codings). */
  documents: string[];
  onlyInReference: string[];
  onlyInCompared: string[];
  strategies: string[];
  document: DocumentEvaluation;
  spans: { exact: SpanEvaluation; overlap: SpanEvaluation };
  reliability: {
    perStrategy: StrategyReliability[];
    documents: Reliability & { alphaWithMode: number | null };
    characters: Reliability;
  };
  confusion: Confusion;
  disagreements: Disagreement[];
}

export const NONE = "(none)";

type Table = number[][];
const table2 = (): Table => [
  [0, 0],
  [0, 0],
];
const addInto = (into: Table, t: Table) => t.forEach((row, i) => row.forEach((x, j) => (into[i][j] += x)));
const reliabilityOf = (t: Table): Reliability => ({ alpha: alphaFromCrossTable(t), kappa: kappaFromCrossTable(t) });

/** Compare two codings of the same documents (see the top of this file). */
export function compareCodings(reference: readonly Coding[], compared: readonly Coding[], options: CompareOptions = {}): AgreementReport {
  const byId = new Map(compared.map((c) => [c.id, c]));
  const refIds = new Set(reference.map((r) => r.id));
  const pairs = reference.flatMap((r) => {
    const c = byId.get(r.id);
    if (!c) return [];
    if (c.text !== r.text) throw new Error(`compareCodings: document "${r.id}" has different texts in the two codings`);
    return [{ id: r.id, text: r.text, ref: [...r.spans], cmp: [...c.spans] }];
  });
  const strategies = [...(options.strategies ?? [])];
  for (const p of pairs) for (const s of [...p.ref, ...p.cmp]) if (!strategies.includes(s.strategy)) strategies.push(s.strategy);

  const refLabels = pairs.map((p) => documentLabels(p.ref));
  const cmpLabels = pairs.map((p) => documentLabels(p.cmp));
  const document = evaluateDocuments(refLabels, cmpLabels, strategies);

  // Reliability: per strategy cross tables (rows: reference absent/present; columns: compared).
  const docTables = new Map(strategies.map((s) => [s, table2()]));
  const charTables = new Map(strategies.map((s) => [s, table2()]));
  const withMode: [string, string][] = [];
  pairs.forEach((p, i) => {
    const rm = new Map(refLabels[i].map((l) => [l.strategy, l.mode]));
    const cm = new Map(cmpLabels[i].map((l) => [l.strategy, l.mode]));
    for (const s of strategies) {
      docTables.get(s)![rm.has(s) ? 1 : 0][cm.has(s) ? 1 : 0]++;
      withMode.push([rm.get(s) ?? "absent", cm.get(s) ?? "absent"]);
      const a = mergeIntervals(p.ref.filter((x) => x.strategy === s));
      const b = mergeIntervals(p.cmp.filter((x) => x.strategy === s));
      const both = sharedLength(a, b);
      const onlyA = coveredLength(a) - both;
      const onlyB = coveredLength(b) - both;
      addInto(charTables.get(s)!, [
        [p.text.length - both - onlyA - onlyB, onlyB],
        [onlyA, both],
      ]);
    }
  });
  const pooledDocs = table2();
  const pooledChars = table2();
  const perStrategy = strategies.map((strategy) => {
    addInto(pooledDocs, docTables.get(strategy)!);
    addInto(pooledChars, charTables.get(strategy)!);
    return { strategy, documents: reliabilityOf(docTables.get(strategy)!), characters: reliabilityOf(charTables.get(strategy)!) };
  });

  return {
    reference: options.reference ?? "reference",
    compared: options.compared ?? "compared",
    documents: pairs.map((p) => p.id),
    onlyInReference: reference.filter((r) => !byId.has(r.id)).map((r) => r.id),
    onlyInCompared: compared.filter((c) => !refIds.has(c.id)).map((c) => c.id),
    strategies,
    document,
    spans: { exact: evaluateSpans(pairs, strategies, "exact"), overlap: evaluateSpans(pairs, strategies, "overlap") },
    reliability: {
      perStrategy,
      documents: { ...reliabilityOf(pooledDocs), alphaWithMode: nominalAlpha(withMode) },
      characters: reliabilityOf(pooledChars),
    },
    confusion: confusionOf(pairs, strategies),
    disagreements: pairs.flatMap((p, i) => disagreementsOf(p, refLabels[i], cmpLabels[i])),
  };
}

interface Pair {
  id: string;
  text: string;
  ref: CodedSpan[];
  cmp: CodedSpan[];
}

function evaluateSpans(pairs: readonly Pair[], strategies: readonly string[], how: Matching): SpanEvaluation {
  const counts = new Map(strategies.map((s) => [s, { tp: 0, fp: 0, fn: 0 }]));
  let modeRight = 0;
  let modeCompared = 0;
  for (const p of pairs) {
    const m = matchSpans(p.ref, p.cmp, how);
    for (const [i, j] of m.pairs) {
      counts.get(p.ref[i].strategy)!.tp++;
      modeCompared++;
      if (p.ref[i].mode === p.cmp[j].mode) modeRight++;
    }
    for (const i of m.unmatchedReference) counts.get(p.ref[i].strategy)!.fn++;
    for (const j of m.unmatchedCompared) counts.get(p.cmp[j].strategy)!.fp++;
  }
  const perStrategy = strategies.map((strategy) => {
    const { tp, fp, fn } = counts.get(strategy)!;
    return { strategy, tp, fp, fn, ...scores(tp, fp, fn) };
  });
  return { matching: how, perStrategy, ...averages(perStrategy), modeAccuracy: modeCompared ? modeRight / modeCompared : 0, modeCompared };
}

function confusionOf(pairs: readonly Pair[], strategies: readonly string[]): Confusion {
  const labels = [...strategies, NONE];
  const index = new Map(labels.map((l, i) => [l, i]));
  const counts = labels.map(() => new Array(labels.length).fill(0));
  const none = index.get(NONE)!;
  for (const p of pairs) {
    for (const r of p.ref) {
      const hits = p.cmp.filter((c) => overlaps(r, c));
      for (const c of hits) counts[index.get(r.strategy)!][index.get(c.strategy)!]++;
      if (hits.length === 0) counts[index.get(r.strategy)!][none]++;
    }
    for (const c of p.cmp) if (!p.ref.some((r) => overlaps(r, c))) counts[none][index.get(c.strategy)!]++;
  }
  return { labels, counts };
}

const spanOf = (s: CodedSpan): DisagreementSpan => ({ start: s.start, end: s.end, text: s.text, mode: s.mode });

function disagreementsOf(p: Pair, refLabels: { strategy: string; mode: Mode }[], cmpLabels: { strategy: string; mode: Mode }[]): Disagreement[] {
  const sentences = splitSentences(p.text);
  const context = (s: CodedSpan) => {
    const inside = sentences.filter((x) => x.start < s.end && s.start < x.end);
    return inside.length ? p.text.slice(inside[0].start, inside[inside.length - 1].end) : p.text.slice(s.start, s.end);
  };
  const rm = new Map(refLabels.map((l) => [l.strategy, l.mode]));
  const cm = new Map(cmpLabels.map((l) => [l.strategy, l.mode]));
  const m = matchSpans(p.ref, p.cmp, "overlap");
  const out: (Disagreement & { at: number })[] = [];
  const others = (s: CodedSpan, side: CodedSpan[]) => [...new Set(side.filter((x) => overlaps(x, s)).map((x) => x.strategy))];
  for (const i of m.unmatchedReference) {
    const r = p.ref[i];
    out.push({ document: p.id, kind: "missed", strategy: r.strategy, reference: spanOf(r), otherSide: others(r, p.cmp), documentLevel: !cm.has(r.strategy), context: context(r), at: r.start });
  }
  for (const j of m.unmatchedCompared) {
    const c = p.cmp[j];
    out.push({ document: p.id, kind: "extra", strategy: c.strategy, compared: spanOf(c), otherSide: others(c, p.ref), documentLevel: !rm.has(c.strategy), context: context(c), at: c.start });
  }
  for (const [i, j] of m.pairs) {
    const r = p.ref[i];
    const c = p.cmp[j];
    const kind = r.mode !== c.mode ? "mode" : r.start !== c.start || r.end !== c.end ? "boundary" : undefined;
    if (!kind) continue;
    out.push({
      document: p.id,
      kind,
      strategy: r.strategy,
      reference: spanOf(r),
      compared: spanOf(c),
      otherSide: [],
      documentLevel: kind === "mode" && rm.get(r.strategy) !== cm.get(r.strategy),
      context: context(r),
      at: Math.min(r.start, c.start),
    });
  }
  return out.sort((a, b) => a.at - b.at || (a.strategy < b.strategy ? -1 : a.strategy > b.strategy ? 1 : 0)).map(({ at: _at, ...d }) => d);
}

/**
 * Gold against the tagger in a corpus bundle: each document's `gold` (the reference) against its
 * `machine` tags, over the bundle's strategies. Documents without a gold annotation file (no
 * `goldAnnotator`) are left out: they are not coded, not "without strategy".
 */
export function agreement(bundle: CorpusBundle): AgreementReport {
  const coded = bundle.documents.filter((d) => d.goldAnnotator !== undefined);
  const annotators = [...new Set(coded.map((d) => d.goldAnnotator))].join(", ");
  return compareCodings(
    coded.map((d) => ({ id: d.id, text: d.text, spans: d.gold })),
    coded.map((d) => ({ id: d.id, text: d.text, spans: d.machine })),
    { strategies: bundle.strategies.map((s) => s.id), reference: `gold (${annotators || "no annotator"})`, compared: bundle.generated.by },
  );
}
