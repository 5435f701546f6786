// Run the tagger over a labelled JSONL set ({id, text, labels: [{strategy, mode}]}) and print
// document-level scores and the disagreements.  Usage: npx tsx scripts/eval-set.ts FILE [--errors]
import { readFileSync } from "node:fs";
import { builtinCodebook, profile, tag } from "../src/index.js";
import { evaluateDocuments, type DocumentLabel } from "../src/analysis/document-eval.js";

const file = process.argv[2];
if (!file) {
  console.error("usage: npx tsx scripts/eval-set.ts FILE [--errors]");
  process.exit(2);
}
const rows = readFileSync(file, "utf8").split("\n").filter((l) => l.trim()).map((l) => JSON.parse(l) as { id: string; text: string; labels: DocumentLabel[] });
const predicted = rows.map((r) => profile(tag(r.text)).map((p) => ({ strategy: p.strategy, mode: p.mode })));
const ids = builtinCodebook.strategies.map((s) => s.id);
const ev = evaluateDocuments(rows.map((r) => r.labels), predicted, ids);
const pct = (x: number) => (x * 100).toFixed(1).padStart(5);
console.log(`${file}: ${ev.documents} documents`);
console.log(`strategy               P      R      F1    tp  fp  fn`);
for (const s of ev.perStrategy) console.log(`${s.strategy.padEnd(20)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  ${String(s.tp).padStart(3)} ${String(s.fp).padStart(3)} ${String(s.fn).padStart(3)}`);
console.log(`macro F1 ${pct(ev.macro.f1)}  (P ${pct(ev.macro.precision)}, R ${pct(ev.macro.recall)});  micro F1 ${pct(ev.micro.f1)}`);
console.log(`mode accuracy ${pct(ev.modeAccuracy)} over ${ev.modeCompared} true positives`);
console.log(`no tag on ${pct(ev.cleanNegatives)}% of ${ev.negatives} documents without a strategy`);
if (process.argv.includes("--errors")) {
  rows.forEach((r, i) => {
    const g = new Map(r.labels.map((l) => [l.strategy, l.mode]));
    const p = new Map(predicted[i].map((l) => [l.strategy, l.mode]));
    const diffs: string[] = [];
    for (const [s, m] of g) if (!p.has(s)) diffs.push(`  MISSED ${s} (${m})`);
      else if (p.get(s) !== m) diffs.push(`  MODE   ${s}: gold ${m}, got ${p.get(s)}`);
    for (const [s, m] of p) if (!g.has(s)) diffs.push(`  EXTRA  ${s} (${m}): ${tag(r.text).filter((t) => t.strategy === s).map((t) => `"${t.text}" ${t.cue}`).join("; ")}`);
    if (diffs.length) console.log(`\n${r.id}: ${r.text}\n${diffs.join("\n")}`);
  });
}
