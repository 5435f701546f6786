import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** The corpus bundled with the package. */
export const BUNDLED_CORPUS = fileURLToPath(new URL("../../corpus", import.meta.url));

/** The corpus a command works on: --corpus, else FRAMEWATCH_CORPUS, else ./corpus when present, else the bundled one. */
export function corpusDir(option?: string): string {
  if (option) return option;
  if (process.env.FRAMEWATCH_CORPUS) return process.env.FRAMEWATCH_CORPUS;
  if (existsSync(join(process.cwd(), "corpus", "documents"))) return join(process.cwd(), "corpus");
  return BUNDLED_CORPUS;
}
