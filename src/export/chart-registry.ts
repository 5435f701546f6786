/**
 * The charts that `framewatch chart` exports, by name: for each, how to compute its data from a
 * corpus bundle, draw it, and tabulate it. The notebooks call the same analysis and chart functions.
 */
import type { Mode, Tag } from "../codebook/types.js";
import type { CorpusBundle } from "../corpus/types.js";
import { agreement } from "../analysis/agreement.js";
import { corpusOverview } from "../analysis/corpus-overview.js";
import { incidentProfiles } from "../analysis/incident-profiles.js";
import { analysisConfig, selectDocuments, type AnalysisOptions, type AnnotationSource } from "../analysis/options.js";
import { peers } from "../analysis/peers.js";
import { playbook, type Quote } from "../analysis/playbook.js";
import { profileComparison } from "../analysis/profile-comparison.js";
import { shifts } from "../analysis/shifts.js";
import { strategyShares } from "../analysis/strategy-shares.js";
import { agreementChart } from "../charts/agreement.js";
import { corpusOverviewChart } from "../charts/corpus-overview.js";
import { heatmapChart } from "../charts/heatmap.js";
import { incidentTimelineChart } from "../charts/incident-timeline.js";
import type { ChartOptions } from "../charts/options.js";
import { peersChart } from "../charts/peers.js";
import { playbookChart, STATUS_LABELS } from "../charts/playbook.js";
import { profileChart } from "../charts/profile.js";
import { shiftChart } from "../charts/shift.js";
import { timelineChart } from "../charts/timeline.js";
import type { DataTable } from "./html.js";

/** What to chart: the analysis filters, plus the statement for `profile`. */
export interface ChartQuery {
  source: AnnotationSource;
  orgs?: string[];
  kinds?: string[];
  mode?: Mode;
  incidents?: string[];
  /** The statement that `profile` compares with the corpus. */
  statement?: { name: string; tags: Tag[] };
}

export interface BuiltChart {
  figure: SVGSVGElement;
  table: DataTable;
  /** The incidents the chart shows (their sources go into the HTML page). */
  incidents: string[];
  /** Choices made for the user (defaults), said on the page and on stderr. */
  notes: string[];
}

export interface ChartSpec {
  name: string;
  /** One line for `framewatch chart --list`. */
  summary: string;
  /** True when the chart reads the current tagger's tags (the bundle's `machine`) whatever the query's source. */
  machine?: boolean;
  build(bundle: CorpusBundle, query: ChartQuery, options: ChartOptions): BuiltChart;
}

/** A request the chart cannot satisfy (no statement, an incident without a memo, ...): a usage error in the CLI. */
export class ChartQueryError extends Error {
  override name = "ChartQueryError";
}

const pct = (x: number) => Math.round(x * 1000) / 10;
const round3 = (x: number) => Math.round(x * 1000) / 1000;
const quoteList = (quotes: Quote[]) => quotes.map((q) => `${q.document} [${q.start}–${q.end}]: “${q.text}”`).join("\n");

function analysis(query: ChartQuery): AnalysisOptions {
  return { source: query.source, orgs: query.orgs, kinds: query.kinds, mode: query.mode, incidents: query.incidents };
}

/** The organisation with the most incidents (then alphabetically): the timeline's default. */
function busiestOrganisation(bundle: CorpusBundle): string | undefined {
  const incidents = new Map<string, Set<string>>();
  for (const d of bundle.documents) incidents.set(d.organisation, (incidents.get(d.organisation) ?? new Set()).add(d.incident));
  return [...incidents].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : 1))[0]?.[0];
}

/** The incidents of the year with the most organisations (then the latest year): peers' default. */
function peerGroup(bundle: CorpusBundle): string[] {
  const years = new Map<string, { orgs: Set<string>; incidents: string[] }>();
  for (const i of bundle.incidents) {
    if (!bundle.documents.some((d) => d.incident === i.id)) continue;
    const y = years.get(i.date.slice(0, 4)) ?? { orgs: new Set(), incidents: [] };
    for (const d of bundle.documents) if (d.incident === i.id) y.orgs.add(d.organisation);
    y.incidents.push(i.id);
    years.set(i.date.slice(0, 4), y);
  }
  return [...years].sort((a, b) => b[1].orgs.size - a[1].orgs.size || (a[0] > b[0] ? -1 : 1))[0]?.[1].incidents ?? [];
}

/** The latest incident with an internal memo: the playbook's default. */
function latestMemoIncident(bundle: CorpusBundle): string | undefined {
  const withMemo = new Set(bundle.documents.filter((d) => d.kind === "internal-memo").map((d) => d.incident));
  return bundle.incidents.filter((i) => withMemo.has(i.id)).sort((a, b) => (a.date < b.date ? 1 : a.date > b.date ? -1 : a.id < b.id ? -1 : 1))[0]?.id;
}

const heatmap: ChartSpec = {
  name: "heatmap",
  summary: "share of each incident's documents carrying each strategy (incidents × strategies)",
  build(bundle, query, options) {
    const rows = strategyShares(bundle, analysis(query));
    return {
      figure: heatmapChart(rows, options),
      incidents: [...new Set(rows.map((r) => r.incident))],
      notes: [],
      table: {
        caption: "Strategies that no document of an incident carries are left out.",
        columns: ["incident", "title", "date", "strategy", "documents carrying it", "documents", "share (%)"],
        rows: rows.filter((r) => r.count > 0).map((r) => [r.incident, r.title, r.date, r.strategy, r.count, r.documents, pct(r.share)]),
      },
    };
  },
};

const timeline: ChartSpec = {
  name: "timeline",
  summary: "strategies over time, one dot per incident and strategy, sized by share (one panel per organisation)",
  build(bundle, query, options) {
    const notes: string[] = [];
    let orgs = query.orgs;
    if (!orgs?.length) {
      const busiest = busiestOrganisation(bundle);
      orgs = busiest ? [busiest] : [];
      if (busiest) notes.push(`organisation: ${busiest} (the one with the most incidents; choose with --org)`);
    }
    const profiles = incidentProfiles(bundle, { ...analysis(query), orgs });
    return {
      figure: timelineChart(profiles, options),
      incidents: profiles.map((p) => p.id),
      notes,
      table: {
        caption: "Strategies that no document of an incident carries are left out.",
        columns: ["incident", "title", "date", "organisations", "strategy", "documents carrying it", "documents", "share (%)"],
        rows: profiles.flatMap((p) => Object.keys(p.shares).filter((s) => p.counts[s] > 0).map((s) => [p.id, p.title, p.date, p.organisations.join(", "), s, p.counts[s], p.documents, pct(p.shares[s])])),
      },
    };
  },
};

const shift: ChartSpec = {
  name: "shift",
  summary: "how the framing shifted between consecutive incidents of an organisation (Jensen–Shannon divergence, strategies that appeared and disappeared)",
  build(bundle, query, options) {
    const list = shifts(bundle, analysis(query));
    if (!list.length) throw new ChartQueryError("no organisation has two incidents to compare with these filters (give --incident twice, or drop --org/--kind)");
    return {
      figure: shiftChart(list, options),
      incidents: [...new Set(list.flatMap((s) => [s.from.id, s.to.id]))],
      notes: [],
      table: {
        columns: ["organisation", "from", "to", "divergence (bits)", "disappeared", "appeared", "in words"],
        rows: list.map((s) => [s.organisation, `${s.from.id} (${s.from.date})`, `${s.to.id} (${s.to.date})`, round3(s.divergence), s.disappeared.join(", "), s.appeared.join(", "), s.sentence]),
      },
    };
  },
};

const playbookSpec: ChartSpec = {
  name: "playbook",
  summary: "what an incident's leaked memo planned against what the public statements did (give one --incident with an internal memo)",
  build(bundle, query, options) {
    if ((query.incidents?.length ?? 0) > 1) throw new ChartQueryError(`playbook charts one incident; got ${query.incidents!.length} (${query.incidents!.join(", ")})`);
    const notes: string[] = [];
    let id = query.incidents?.[0];
    if (!id) {
      id = latestMemoIncident(bundle);
      if (!id) throw new ChartQueryError("no incident of the corpus has an internal-memo document");
      notes.push(`incident: ${id} (the latest with an internal memo; choose with --incident)`);
    }
    let data;
    try {
      data = playbook(bundle, id, { source: query.source, orgs: query.orgs });
    } catch (e) {
      if (e instanceof RangeError) throw new ChartQueryError(e.message);
      throw e;
    }
    return {
      figure: playbookChart(data, options),
      incidents: [id],
      notes,
      table: {
        columns: ["strategy", "status", "memo spans (directive)", "public spans (enacted)"],
        rows: data.entries.map((e) => [e.strategy, STATUS_LABELS[e.status], quoteList(e.planned), quoteList(e.enacted)]),
      },
    };
  },
};

const peersSpec: ChartSpec = {
  name: "peers",
  summary: "organisations side by side over the same incidents: strategies shared by all, used by only one",
  build(bundle, query, options) {
    const notes: string[] = [];
    let ids = query.incidents;
    if (!ids?.length) {
      ids = peerGroup(bundle);
      if (!ids.length) throw new ChartQueryError("the corpus has no incident with documents");
      notes.push(`incidents: ${ids.join(", ")} (the year with the most organisations; choose with --incident)`);
    }
    const data = peers(bundle, ids, { ...analysis(query), incidents: undefined });
    return {
      figure: peersChart(data, options),
      incidents: ids,
      notes,
      table: {
        caption: `Shared by all: ${data.sharedByAll.join(", ") || "none"}. Used by only one: ${data.onlyOne.map((o) => `${o.strategy} (${o.organisation})`).join(", ") || "none"}.`,
        columns: ["organisation", "strategy", "documents carrying it", "documents", "share (%)"],
        rows: data.cells.filter((c) => c.count > 0).map((c) => [c.organisation, c.strategy, c.count, c.documents, pct(c.share)]),
      },
    };
  },
};

const profileSpec: ChartSpec = {
  name: "profile",
  summary: "one statement (--input FILE or -, or --document ID) tagged and compared with the corpus average",
  build(bundle, query, options) {
    if (!query.statement) throw new ChartQueryError("profile needs a statement: --input FILE (or - for standard input), or --document ID");
    const data = profileComparison(query.statement.tags, bundle, analysis(query));
    const withTitle = { ...options, title: options.title ?? `${query.statement.name} against the corpus` };
    return {
      figure: profileChart(data, withTitle),
      incidents: [],
      notes: [`statement: ${query.statement.name}; corpus side: ${data.source} annotations of ${data.documents} documents`],
      table: {
        columns: ["strategy", "statement score", "statement tags", "corpus average score", "corpus documents carrying it (%)"],
        rows: data.rows.map((r) => [r.strategy, round3(r.score), r.count, round3(r.average), pct(r.share)]),
      },
    };
  },
};

const overview: ChartSpec = {
  name: "overview",
  summary: "the corpus: documents per organisation and kind",
  build(bundle, query, options) {
    const rows = corpusOverview(bundle, analysis(query));
    return {
      figure: corpusOverviewChart(rows, options),
      incidents: [],
      notes: [],
      table: { columns: ["organisation", "kind", "documents"], rows: rows.map((r) => [r.organisation, r.kind, r.documents]) },
    };
  },
};

const incidentTimeline: ChartSpec = {
  name: "incident-timeline",
  summary: "the corpus's incidents on a time line, sized by their documents, coloured by organisation",
  build(bundle, query, options) {
    const profiles = incidentProfiles(bundle, analysis(query));
    return {
      figure: incidentTimelineChart(profiles, options),
      incidents: profiles.map((p) => p.id),
      notes: [],
      table: { columns: ["incident", "title", "date", "organisations", "documents"], rows: profiles.map((p) => [p.id, p.title, p.date, p.organisations.join(", "), p.documents]) },
    };
  },
};

const agreementSpec: ChartSpec = {
  name: "agreement",
  summary: "the current tagger against the gold annotations: precision, recall and F1 per strategy (documents)",
  machine: true,
  build(bundle, query, options) {
    if (query.source !== "gold") throw new ChartQueryError("agreement always compares the tagger's tags with gold; drop --annotations");
    if (query.mode) throw new ChartQueryError("agreement compares the annotations in every mode (a label's mode counts in mode accuracy); drop --mode");
    const report = agreement({ ...bundle, documents: selectDocuments(bundle, analysisConfig(analysis(query))) });
    if (!report.documents.length) throw new ChartQueryError("no document with gold annotations passes these filters");
    const rows = report.document.perStrategy.filter((c) => c.tp + c.fp + c.fn > 0);
    return {
      figure: agreementChart(report.document.perStrategy, options),
      incidents: [],
      notes: [`tags of ${report.compared} against the ${report.reference} annotations of ${report.documents.length} documents`],
      table: {
        caption: `Micro averages: precision ${pct(report.document.micro.precision)}%, recall ${pct(report.document.micro.recall)}%, F1 ${pct(report.document.micro.f1)}%. Strategies that neither side uses are left out.`,
        columns: ["strategy", "gold documents", "tagged documents", "found (tp)", "extra (fp)", "missed (fn)", "precision (%)", "recall (%)", "F1 (%)"],
        rows: rows.map((c) => [c.strategy, c.tp + c.fn, c.tp + c.fp, c.tp, c.fp, c.fn, pct(c.precision), pct(c.recall), pct(c.f1)]),
      },
    };
  },
};

/** Every chart, in the order `--list` and `--all` use. */
export const CHARTS: readonly ChartSpec[] = [heatmap, timeline, shift, playbookSpec, peersSpec, profileSpec, overview, incidentTimeline, agreementSpec];
export const CHART_NAMES = CHARTS.map((c) => c.name);
