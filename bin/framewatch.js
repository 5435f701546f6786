#!/usr/bin/env node
// framewatch's command line (built to dist/ by `npm ci` through the prepare script).
//
// For large JSONL input, V8's --no-regexp-tier-up makes each of the codebook's expressions compile
// once, to machine code, instead of first to bytecode and again when it gets hot: about 0.15 s
// less per thread, the same speed after. A V8 flag must be given when Node starts (set from inside
// the process later, it crashed now and then), and a shebang cannot pass it everywhere (`env -S`
// is missing from BusyBox), so this launcher starts Node again with it, but only when the input is
// worth the 0.05 s that costs. It also gives --expose-gc, so that a long stream can ask for full
// collections at steady intervals and keep its memory flat (src/cli/collector.ts).
import { statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const FLAGS = ["--no-regexp-tier-up", "--expose-gc"];
const args = process.argv.slice(2);

/** `annotate --input jsonl` on standard input or on more than 1 MB of files (a guess: only the speed depends on it). */
function large() {
  if (args[0] !== "annotate") return false;
  const at = args.findIndex((a) => a === "--input" || a.startsWith("--input="));
  if (at < 0 || (args[at] === "--input" ? args[at + 1] : args[at].slice("--input=".length)) !== "jsonl") return false;
  if (args.includes("-")) return true;
  // The arguments that name files (option values like "jsonl" or "2" do not, as a rule).
  const sizes = args.slice(1).filter((a) => !a.startsWith("-")).map((a) => statSync(a, { throwIfNoEntry: false })).filter((s) => s?.isFile());
  return sizes.length === 0 || sizes.reduce((n, s) => n + s.size, 0) > 1 << 20;
}

if (!FLAGS.every((f) => process.execArgv.includes(f)) && large()) {
  // Loaded only here: the process that does the work has no use for it.
  const { spawn } = await import("node:child_process");
  const child = spawn(process.execPath, [...FLAGS.filter((f) => !process.execArgv.includes(f)), ...process.execArgv, fileURLToPath(import.meta.url), ...args], { stdio: "inherit" });
  // A signal to this process (a batch system stopping the job) goes on to the one doing the work.
  const SIGNALS = ["SIGINT", "SIGTERM", "SIGHUP"];
  const forward = (signal) => child.kill(signal);
  for (const signal of SIGNALS) process.on(signal, forward);
  child.on("error", (e) => {
    process.stderr.write(`framewatch: cannot start node: ${e.message}\n`);
    process.exitCode = 1;
  });
  child.on("exit", (code, signal) => {
    for (const s of SIGNALS) process.off(s, forward);
    if (signal) process.kill(process.pid, signal);
    else process.exitCode = code ?? 1;
  });
} else {
  await import("../dist/cli/run.js");
}
