#!/usr/bin/env node
// framewatch's command line (built to dist/ by `npm ci` through the prepare script).
import "../dist/cli/run.js";
