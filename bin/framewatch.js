#!/usr/bin/env -S node --no-regexp-tier-up
// framewatch's command line (built to dist/ by `npm ci` through the prepare script).
// The V8 flag makes each of the codebook's ~1,500 expressions compile once, to machine code, instead
// of first to bytecode and again when it gets hot: about 0.15 s less per thread on a large input,
// and the same speed after. (Set at start-up here: changing it later, from inside, is unsafe.)
import "../dist/cli/run.js";
