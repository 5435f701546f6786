// The I/O floor of `annotate --input jsonl --format jsonl`: the same line reader, JSON parsing and
// buffered writer, with an empty result per record instead of tagging. Reads FILE, writes stdout.
import { createReadStream } from "node:fs";
import { readLines } from "../dist/cli/lines.js";
import { Output } from "../dist/cli/output.js";

const out = new Output(process.stdout);
for await (const line of readLines(createReadStream(process.argv[2]))) {
  if (!line.text) continue;
  const rec = JSON.parse(line.text);
  await out.write(JSON.stringify({ id: String(rec.id), tags: [], strategies: [] }) + "\n");
}
await out.flush();
