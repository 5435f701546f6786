#!/usr/bin/env node
// The executable entry: run the CLI with the process's arguments and set the exit code.
import { setFlagsFromString } from "node:v8";
import { main } from "./main.js";

// V8 first runs a regular expression in its interpreter, then compiles it to machine code: for the
// codebook's ~1,500 large expressions that is two compilations each at start-up (about 1 s in all).
// Compiling each straight to machine code halves that; the flag is read when an expression is
// first run, and worker threads share it.
setFlagsFromString("--no-regexp-tier-up");

process.exitCode = await main(process.argv.slice(2));
