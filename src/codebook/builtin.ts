import { compileCodebook, type CompiledCodebook } from "./compile.js";
import { lexicon } from "./lexicon.js";
import { strategies } from "./strategies/index.js";
import type { Codebook } from "./types.js";

/** The built-in codebook (v1 of ../shared/codebook.md). */
export const builtinCodebook: Codebook = { version: "1", strategies, lexicon };

let compiled: CompiledCodebook | undefined;

/** The built-in codebook, compiled on first use. */
export function builtinCompiled(): CompiledCodebook {
  return (compiled ??= compileCodebook(builtinCodebook));
}
