/** How an organisation's framing shifted from one incident to its next. */
import type { CorpusBundle } from "../corpus/types.js";
import { profilesOf, type IncidentProfile } from "./incident-profiles.js";
import { jensenShannon } from "./jensen-shannon.js";
import { analysisConfig, selectDocuments, type AnalysisOptions } from "./options.js";

export interface Shift {
  organisation: string;
  /** The earlier incident's profile (the organisation's documents only). */
  from: IncidentProfile;
  /** The later incident's profile. */
  to: IncidentProfile;
  /** Jensen–Shannon divergence (bits, in [0, 1]) between the two strategy distributions (document counts, normalised). */
  divergence: number;
  /** Strategies absent from `from` and present in `to`, strongest first. */
  appeared: string[];
  /** Strategies present in `from` and absent from `to`, strongest first. */
  disappeared: string[];
  /** Strategies present in both. */
  kept: string[];
  /** The shift in words: "From X (2018-03) to Y (2021-04): apology disappeared; sector-problem appeared." */
  sentence: string;
}

/**
 * For each organisation (alphabetically), its incidents by date, and each consecutive pair's shift.
 * With `incidents`, only those incidents are compared (still consecutive by date).
 */
export function shifts(bundle: CorpusBundle, options: AnalysisOptions = {}): Shift[] {
  const config = analysisConfig(options);
  const organisations = [...new Set(selectDocuments(bundle, config).map((d) => d.organisation))].sort();
  return organisations.flatMap((organisation) => {
    const profiles = profilesOf(bundle, { ...config, orgs: new Set([organisation]) });
    return profiles.slice(1).map((to, i) => shiftBetween(organisation, profiles[i], to));
  });
}

/** The shift from one profile to another. */
export function shiftBetween(organisation: string, from: IncidentProfile, to: IncidentProfile): Shift {
  const strongest = (p: IncidentProfile) => (a: string, b: string) => p.shares[b] - p.shares[a];
  const present = (p: IncidentProfile, s: string) => (p.shares[s] ?? 0) > 0;
  const ids = [...new Set([...Object.keys(from.shares), ...Object.keys(to.shares)])];
  const appeared = ids.filter((s) => !present(from, s) && present(to, s)).sort(strongest(to));
  const disappeared = ids.filter((s) => present(from, s) && !present(to, s)).sort(strongest(from));
  const kept = ids.filter((s) => present(from, s) && present(to, s));
  const divergence = jensenShannon(from.counts, to.counts);
  return { organisation, from, to, divergence, appeared, disappeared, kept, sentence: shiftSentence(from, to, appeared, disappeared) };
}

/** "a", "a and b", "a, b and c". */
export function joinWords(words: readonly string[]): string {
  return words.length <= 1 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

function shiftSentence(from: IncidentProfile, to: IncidentProfile, appeared: string[], disappeared: string[]): string {
  const parts = [];
  if (disappeared.length) parts.push(`${joinWords(disappeared)} disappeared`);
  if (appeared.length) parts.push(`${joinWords(appeared)} appeared`);
  if (!parts.length) parts.push("the same strategies were used");
  return `From ${from.title} (${from.date.slice(0, 7)}) to ${to.title} (${to.date.slice(0, 7)}): ${parts.join("; ")}.`;
}
