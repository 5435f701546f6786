// The tagger's properties (test/helpers/tag-properties.ts) on many more random and adversarial
// inputs than `npm test` runs: a nightly-style run.  Usage: npm run fuzz
//   FUZZ_RUNS   cases in all (default 200000), shared among the properties
//   FUZZ_SEED   fast-check's seed, to repeat a run (default: random, printed)
//   FUZZ_STALL  seconds without a new case before an input is declared hung (default 120)
// Each property runs in a worker thread; an input that never finishes is named (and saved in full)
// instead of hanging the run. Exit status: 0 all properties hold, 1 a property failed or an input hung.
import { PROPERTY_NAMES, type PropertyName } from "../test/helpers/tag-properties.js";
import { propertyInWorker, stopWorkers } from "../test/helpers/in-worker.js";

const positive = (name: string, fallback: number) => {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) {
    process.stderr.write(`invalid ${name}: ${JSON.stringify(raw)} (expected a positive whole number)\n`);
    process.exit(2);
  }
  return n;
};

const total = positive("FUZZ_RUNS", 200_000);
const stall = positive("FUZZ_STALL", 120) * 1000;
const seed = process.env.FUZZ_SEED ? positive("FUZZ_SEED", 1) : Math.floor(Math.random() * 0x7fffffff);
const SHARE: Record<PropertyName, number> = { "any-unicode": 0.2, "laced-sentences": 0.25, "reshaped-sentences": 0.1, "mixed-documents": 0.3, "typeset-folded": 0.15, "big-document": 0 };

process.stdout.write(`fuzz: ${total} cases, seed ${seed} (repeat with FUZZ_SEED=${seed})\n`);
let failed = 0;
for (const name of PROPERTY_NAMES) {
  const runs = name === "big-document" ? 1 : Math.max(1, Math.round(total * SHARE[name]));
  let cases = 0;
  let lastCase = Date.now();
  const started = Date.now();
  let onStall: (value: undefined) => void = () => {};
  const stalled = new Promise<undefined>((resolve) => (onStall = resolve));
  const watch = setInterval(async () => {
    if (Date.now() - lastCase < stall) return;
    clearInterval(watch);
    for (const h of await stopWorkers()) process.stdout.write(`  ${h}\n`);
    onStall(undefined);
  }, 1000);
  const progress = setInterval(() => process.stdout.write(`  ${name}: ${cases}/${runs} cases, ${Math.round(cases / ((Date.now() - started) / 1000))}/s\n`), 30_000);
  const outcome = await Promise.race([
    propertyInWorker(name, runs, seed, () => {
      cases++;
      lastCase = Date.now();
    }),
    stalled,
  ]);
  clearInterval(watch);
  clearInterval(progress);
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (!outcome) {
    failed++;
    process.stdout.write(`FAIL ${name}: an input ran for more than ${stall / 1000} s (see above)\n`);
  } else if (outcome.error) {
    failed++;
    process.stdout.write(`FAIL ${name} after ${seconds} s:\n${outcome.error}\n`);
  } else process.stdout.write(`ok   ${name}: ${outcome.runs} cases in ${seconds} s\n`);
}
process.stdout.write(`fuzz: ${PROPERTY_NAMES.length - failed} passed, ${failed} failed (seed ${seed})\n`);
process.exit(failed ? 1 : 0);
