// Where one thread's time goes once it is warm: the per-record work of `annotate --input jsonl`,
// cut at the tagger's stages. Each row runs the stages above it too, so the difference from the
// row before is what a stage adds. bench/run.ts runs it with the command's V8 flags:
//   node --no-regexp-tier-up --import tsx bench/stages.ts FILE.jsonl MB
// on the file's first MB megabytes, and it prints {stages: [{stage, msPerMB}, ...], warmUpMs} as JSON.
import { readFileSync } from "node:fs";
import { builtinCompiled } from "../src/codebook/builtin.js";
import { splitSentences } from "../src/tagger/sentences.js";
import { prefilter } from "../src/tagger/prefilter.js";
import { matchSentence } from "../src/tagger/match.js";
import { lowerSameLength, workingCopy } from "../src/tagger/text.js";
import { tagWith } from "../src/tagger/pipeline.js";
import { processBatch, type BatchOptions } from "../src/cli/annotate-batch.js";

/**
 * Milliseconds per MB of JSONL input of the cumulative stages: the median of `rounds` runs after one
 * warm-up run; and the warm-up: how much longer that first run of all the stages took than a later
 * one (V8 compiling the expressions the text calls for, and the code).
 */
function stageCosts(jsonl: string, rounds = 3): { stages: { stage: string; msPerMB: number }[]; warmUpMs: number } {
  const compiled = builtinCompiled();
  const mb = Buffer.byteLength(jsonl) / 1e6;
  const lines = jsonl.split("\n").filter(Boolean);
  const texts = lines.map((l) => JSON.parse(l).text as string);
  const options: BatchOptions = { format: "jsonl", minConfidence: 0.5, explain: false, color: false };
  const sentencesOf = (text: string) => {
    const { work, folded } = workingCopy(text);
    return { work, folded, sentences: splitSentences(work, folded) };
  };
  const stages: [string, () => void][] = [
    ["parse the JSON lines", () => lines.forEach((l) => JSON.parse(l))],
    ["+ fold and cut into sentences", () => texts.forEach(sentencesOf)],
    ["+ prefilter (anchor words, candidate cues)", () => texts.forEach((t) => { const s = sentencesOf(t); prefilter(s.work, s.sentences, compiled); })],
    [
      "+ match the candidate cues",
      () => {
        for (const t of texts) {
          const { work, folded, sentences } = sentencesOf(t);
          const candidates = prefilter(work, sentences, compiled);
          if (candidates.length === 0) continue;
          const lower = lowerSameLength(work);
          for (const c of candidates) {
            const span = sentences[c.sentence];
            matchSentence(lower.slice(span.start, span.end), span.start, c.cues, compiled, c, folded);
          }
        }
      },
    ],
    ["+ negation, mode, overlaps (= tagWith)", () => texts.forEach((t) => tagWith(t, compiled, { minConfidence: 0.5 }))],
    ["+ parse and render each record (= the command's work)", () => { for (let i = 0; i < lines.length; i += 256) processBatch(lines.slice(i, i + 256).map((text, k) => ({ number: i + k + 1, text })), compiled, options); }],
  ];
  const cold = performance.now();
  for (const [, run] of stages) run();
  const coldMs = performance.now() - cold;
  const times = new Map<string, number[]>();
  for (let r = 0; r < rounds; r++) {
    for (const [name, run] of stages) {
      const t = performance.now();
      run();
      times.set(name, [...(times.get(name) ?? []), (performance.now() - t) / mb]);
    }
  }
  const costs = stages.map(([stage]) => {
    const sorted = times.get(stage)!.sort((a, b) => a - b);
    return { stage, msPerMB: sorted[(sorted.length - 1) >> 1] };
  });
  return { stages: costs, warmUpMs: coldMs - costs.reduce((n, c) => n + c.msPerMB * mb, 0) };
}

const head = readFileSync(process.argv[2]).subarray(0, Number(process.argv[3]) * 1e6).toString("utf8");
// Whole lines only.
console.log(JSON.stringify(stageCosts(head.slice(0, head.lastIndexOf("\n") + 1))));
