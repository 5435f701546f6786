// vitest's global setup: the temporary files of a test run (the tests' own, and those of the
// commands and browsers they start) go into one directory, removed when the run ends.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export default function setup(): () => void {
  const dir = mkdtempSync(join(tmpdir(), "framewatch-test-run-"));
  // os.tmpdir() reads TMPDIR at each call, and the test processes inherit it.
  process.env.TMPDIR = dir;
  return () => rmSync(dir, { recursive: true, force: true });
}
