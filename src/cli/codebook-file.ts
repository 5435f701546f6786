import { CodebookError, loadCodebook } from "../codebook/load.js";
import { loadDictionary } from "../codebook/dictionary.js";
import type { CompiledCodebook } from "../codebook/compile.js";
import { workError } from "./errors.js";
import { readTextFile } from "./io.js";

/** How many skipped parts of a dictionary are named on stderr before "and N more". */
const SHOWN_WARNINGS = 5;

/**
 * Read and compile a user codebook file: a framewatch codebook (YAML or JSON), a LIWC `.dic`
 * dictionary or a quanteda YAML dictionary (see src/codebook/dictionary.ts). A bad file is a work
 * error naming file, line, strategy and field; what a dictionary loses is said on stderr.
 */
export function loadCodebookFile(path: string): CompiledCodebook {
  const text = readTextFile(path);
  try {
    const dictionary = loadDictionary(text, path);
    if (dictionary) {
      const { codebook, warnings } = dictionary;
      if (warnings.length) {
        const more = warnings.length > SHOWN_WARNINGS ? `\n  ... and ${warnings.length - SHOWN_WARNINGS} more` : "";
        process.stderr.write(`framewatch: ${path}: ${warnings.length} part${warnings.length === 1 ? "" : "s"} of the dictionary not kept:\n  ${warnings.slice(0, SHOWN_WARNINGS).join("\n  ")}${more}\n`);
      }
      return codebook;
    }
    return loadCodebook(text, path);
  } catch (e) {
    if (e instanceof CodebookError) throw workError(`invalid codebook: ${e.message}`);
    throw e;
  }
}
