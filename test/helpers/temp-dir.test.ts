import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { basename } from "node:path";
import { describe, expect, it } from "vitest";

describe("the test run's temporary directory", () => {
  it("holds the temporary files of the tests and of the commands they start, so that the run can remove them all", () => {
    expect(basename(tmpdir())).toMatch(/^framewatch-test-run-/);
    expect(execFileSync(process.execPath, ["-e", "process.stdout.write(require('node:os').tmpdir())"], { encoding: "utf8" })).toBe(tmpdir());
  });
});
