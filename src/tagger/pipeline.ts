/**
 * The tagger's pipeline with a given compiled codebook: sentences → prefilter → match → context →
 * resolve. `tag` (tag.ts) is the same with the built-in codebook as default; this module does not
 * load it, so that worker threads given a codebook snapshot never compile one.
 */
import type { CompiledCodebook } from "../codebook/compiled.js";
import type { Mode, Tag } from "../codebook/types.js";
import { splitSentences, type Span } from "./sentences.js";
import { prefilter } from "./prefilter.js";
import { matchSentence } from "./match.js";
import { documentContext, isNegated, isQuestion, modeOf, type DocumentContext } from "./context.js";
import { resolve } from "./resolve.js";
import { lowerSameLength, workingCopy } from "./text.js";

export interface TagOptions {
  /** A compiled codebook (default: the built-in one). */
  codebook?: CompiledCodebook;
  /** Drop tags below this confidence (default 0.5). */
  minConfidence?: number;
  /** Force the mode of every tag (e.g. "reported" for a news report), instead of reading it from the text. */
  mode?: Mode;
  /** Only these strategies. */
  strategies?: string[];
}

/** How much a question weakens a match: a question puts a frame to someone, it does not use it. */
const QUESTION_FACTOR = 0.4;

/** Tag a text with a compiled codebook (see tag). */
export function tagWith(text: string, compiled: CompiledCodebook, options: TagOptions = {}): Tag[] {
  const minConfidence = options.minConfidence ?? 0.5;
  const only = options.strategies ? new Set(options.strategies) : null;

  // The expressions run on a Latin-1 copy when the text's wide characters are only common signs
  // and spaces (see workingCopy); offsets are the same, and the tags' text comes from the text itself.
  const { work, folded } = workingCopy(text);
  const sentences = splitSentences(work, folded);
  const candidates = prefilter(work, sentences, compiled);
  if (candidates.length === 0) return [];

  let ctx: DocumentContext | undefined;
  const tags: Tag[] = [];
  // Lower-cased once for the whole text; each candidate sentence is a slice of it.
  const lower = lowerSameLength(work);
  for (const candidate of candidates) {
    const { sentence: s, cues } = candidate;
    const cueIndexes = only ? cues.filter((i) => only.has(compiled.cues[i].strategy)) : cues;
    if (cueIndexes.length === 0) continue;
    const span: Span = sentences[s];
    const sentence = work.slice(span.start, span.end);
    const matches = matchSentence(lower.slice(span.start, span.end), span.start, cueIndexes, compiled, candidate, folded);
    if (matches.length === 0) continue;
    const question = isQuestion(sentence, folded);
    for (const m of matches) {
      if (m.cue.negatable && isNegated(sentence, m.start - span.start, folded)) continue;
      const confidence = round(m.cue.weight * (question ? QUESTION_FACTOR : 1));
      if (confidence < minConfidence) continue;
      ctx ??= documentContext(work, sentences, lower, folded);
      tags.push({
        strategy: m.cue.strategy,
        mode: options.mode ?? modeOf(work, s, ctx, m.start),
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        confidence,
        cue: m.cue.id,
      });
    }
  }
  return resolve(tags);
}

const round = (x: number) => Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
