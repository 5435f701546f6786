/** A progress bar on standard error while annotating (only when stderr is a terminal). */
import { createRequire } from "node:module";

// Loaded only when a bar is shown (a terminal): most runs are pipes, and start-up counts there.
const require = createRequire(import.meta.url);

export interface Progress {
  update(docs: number, bytes: number): void;
  stop(): void;
}

const SILENT: Progress = { update() {}, stop() {} };

/** A progress bar for `totalBytes` of input (0 when unknown, e.g. standard input). */
export function progressBar(totalBytes: number, stream: NodeJS.WriteStream = process.stderr): Progress {
  if (!stream.isTTY || process.env.CI) return SILENT;
  const cliProgress = require("cli-progress") as typeof import("cli-progress");
  const started = Date.now();
  const bar = new cliProgress.SingleBar(
    {
      stream,
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      format: totalBytes > 0 ? "annotating {bar} {percentage}% | {docs} docs | {mb} MB | {rate} docs/s | ETA {eta_formatted}" : "annotating {docs} docs | {mb} MB | {rate} docs/s",
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(Math.max(totalBytes, 1), 0, { docs: 0, mb: "0.0", rate: 0 });
  return {
    update(docs, bytes) {
      const seconds = Math.max((Date.now() - started) / 1000, 0.001);
      bar.update(totalBytes > 0 ? Math.min(bytes, totalBytes) : 0, { docs, mb: (bytes / 1e6).toFixed(1), rate: Math.round(docs / seconds) });
    },
    stop() {
      bar.stop();
    },
  };
}
