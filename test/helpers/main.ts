// Run the CLI in this process (faster than spawning one per case), capturing what it writes.
import { vi } from "vitest";
import { main } from "../../src/cli/main.js";
import type { CliResult } from "./cli.js";

const text = (chunk: unknown) => (typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("utf8"));

export async function runMain(args: string[]): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const out = vi.spyOn(process.stdout, "write").mockImplementation((chunk: unknown) => ((stdout += text(chunk)), true));
  const err = vi.spyOn(process.stderr, "write").mockImplementation((chunk: unknown) => ((stderr += text(chunk)), true));
  try {
    return { code: await main(args), stdout, stderr };
  } finally {
    out.mockRestore();
    err.mockRestore();
  }
}
