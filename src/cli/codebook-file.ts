import { CodebookError, loadCodebook } from "../codebook/load.js";
import type { CompiledCodebook } from "../codebook/compile.js";
import { workError } from "./errors.js";
import { readTextFile } from "./io.js";

/** Read and compile a user codebook file; a bad one is a work error naming file, strategy and field. */
export function loadCodebookFile(path: string): CompiledCodebook {
  const text = readTextFile(path);
  try {
    return loadCodebook(text, path);
  } catch (e) {
    if (e instanceof CodebookError) throw workError(`invalid codebook: ${e.message}`);
    throw e;
  }
}
