import { lexicon } from "./lexicon.js";
import { strategies } from "./strategies/index.js";
import type { Codebook } from "./types.js";

/** The built-in codebook (v1 of ../shared/codebook.md), as data; builtin.ts compiles it. */
export const builtinCodebook: Codebook = { version: "1", strategies, lexicon };
