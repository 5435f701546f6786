// The obvious implementation, for comparison: parse each document with compromise and run every
// strategy's cue patterns as compromise match expressions. Same codebook, translated once.
import nlp from "compromise";
import { parsePattern, type Node } from "../src/codebook/pattern.js";
import { inflections } from "../src/codebook/inflect.js";
import type { Codebook } from "../src/codebook/types.js";

function macro(name: string, lexicon: Record<string, string>): Node[][] {
  const nodes = parsePattern(`(${lexicon[name]})`);
  return (nodes[0] as Extract<Node, { type: "group" }>).alts;
}

/** Translate one of our patterns into compromise's match syntax. */
export function toCompromise(seq: Node[], lexicon: Record<string, string>): string {
  return seq
    .map((n): string => {
      switch (n.type) {
        case "word":
          if (n.prefix) return `/^${n.text.replace(/[^a-z0-9]/g, "")}/`;
          return n.inflect ? `(${inflections(n.text).join("|")})` : n.text.replace(/-/g, " ");
        case "group":
          return `(${n.alts.map((a) => toCompromise(a, lexicon)).join("|")})${n.optional ? "?" : ""}`;
        case "macro":
          return `(${macro(n.name, lexicon).map((a) => toCompromise(a, lexicon)).join("|")})`;
        case "any":
          return `.{${n.min},${n.max}}`;
      }
    })
    .join(" ");
}

export interface Baseline {
  annotate(text: string): { strategy: string; cue: string; text: string }[];
}

export function compromiseBaseline(codebook: Codebook): Baseline {
  const cues = codebook.strategies.flatMap((s) => s.cues.map((c) => ({ strategy: s.id, cue: c.id, match: toCompromise(parsePattern(c.pattern), codebook.lexicon) })));
  return {
    annotate(text) {
      const doc = nlp(text);
      const out: { strategy: string; cue: string; text: string }[] = [];
      for (const c of cues) {
        const m = doc.match(c.match);
        if (m.found) for (const t of m.out("array") as string[]) out.push({ strategy: c.strategy, cue: c.cue, text: t });
      }
      return out;
    },
  };
}
