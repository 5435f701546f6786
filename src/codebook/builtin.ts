import { compileCodebook, type CompiledCodebook } from "./compile.js";
import { builtinCodebook } from "./builtin-codebook.js";

export { builtinCodebook } from "./builtin-codebook.js";

let compiled: CompiledCodebook | undefined;

/** The built-in codebook, compiled on first use. */
export function builtinCompiled(): CompiledCodebook {
  return (compiled ??= compileCodebook(builtinCodebook));
}
