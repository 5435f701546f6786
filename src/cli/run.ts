#!/usr/bin/env node
// The executable entry: run the CLI with the process's arguments and set the exit code.
import { main } from "./main.js";

process.exitCode = await main(process.argv.slice(2));
