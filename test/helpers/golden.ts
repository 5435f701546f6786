// Golden files for chart snapshots: test/charts/__snapshots__/<name>.svg. On a mismatch, the new
// output is written next to it as <name>-changed.svg (git-ignored) and the test fails. A missing
// golden file is written when run locally (look at it before committing it) and fails in CI.
import { existsSync, readFileSync, unlinkSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

export const SNAPSHOTS = fileURLToPath(new URL("../charts/__snapshots__", import.meta.url));

export type GoldenResult = { status: "same" } | { status: "created"; path: string } | { status: "changed"; path: string; changed: string } | { status: "missing"; path: string };

/** Compare text with the golden file of this name. */
export function compareGolden(name: string, actual: string, env: NodeJS.ProcessEnv = process.env, dir = SNAPSHOTS): GoldenResult {
  const path = join(dir, `${name}.svg`);
  const changed = join(dir, `${name}-changed.svg`);
  if (!existsSync(path)) {
    if (env.CI) return { status: "missing", path };
    mkdirSync(dir, { recursive: true });
    writeFileSync(path, actual);
    return { status: "created", path };
  }
  if (readFileSync(path, "utf8") === actual) {
    if (existsSync(changed)) unlinkSync(changed);
    return { status: "same" };
  }
  writeFileSync(changed, actual);
  return { status: "changed", path, changed };
}

/** A message for expect(): why the golden comparison failed, or "" when it did not. */
export function goldenProblem(result: GoldenResult): string {
  switch (result.status) {
    case "missing":
      return `missing golden file ${result.path} (CI does not create golden files: run the tests locally, look at the result, and commit it)`;
    case "changed":
      return `the chart differs from ${result.path}; the new output is in ${result.changed} (look at it; if it is right, move it over the golden file)`;
    default:
      return "";
  }
}
