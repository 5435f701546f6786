/**
 * The compiled built-in codebook, kept between runs of the command line. Compiling it (and loading
 * the language model that gives the inflections) takes about half a second at every start; the
 * snapshot of the compiled form (see codebook/compiled.ts) is read back in a few tens of
 * milliseconds. The cache file is named by a hash of everything the compiled form depends on:
 * the package version, the codebook, the compiler's own code and the language model's version,
 * so a change to any of them compiles afresh. A missing, unreadable or corrupt file is compiled
 * afresh and rewritten; a cache that cannot be written is skipped without a word.
 *
 * Where: $FRAMEWATCH_CACHE_DIR, else $XDG_CACHE_HOME/framewatch, else ~/.cache/framewatch.
 * FRAMEWATCH_NO_CACHE=1 turns it off.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, unlinkSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { builtinCodebook } from "../codebook/builtin-codebook.js";
import { fromSnapshot, snapshotOf, type CompiledCodebook, type CompiledSnapshot } from "../codebook/compiled.js";
import { adoptTrie, trieData, TRIE_ARRAYS, type AnchorTrieData } from "../tagger/anchor-trie.js";
import { mkdirSync } from "node:fs";
import { writeFileAtomic } from "./io.js";
import { VERSION } from "./version.js";

/** The modules whose code decides the compiled form (read as built .js, or as .ts when run from the sources). */
const COMPILER = ["../codebook/compile", "../codebook/compiled", "../codebook/pattern", "../codebook/inflect", "../tagger/text", "../tagger/anchor-trie"];

export function cacheDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.FRAMEWATCH_CACHE_DIR || join(env.XDG_CACHE_HOME || join(homedir(), ".cache"), "framewatch");
}

/** The version of the installed language model (compromise), found from its resolved entry. */
function compromiseVersion(): string {
  try {
    let dir = dirname(createRequire(import.meta.url).resolve("compromise"));
    for (let i = 0; i < 6; i++, dir = dirname(dir)) {
      const file = join(dir, "package.json");
      if (existsSync(file)) {
        const pkg = JSON.parse(readFileSync(file, "utf8"));
        if (pkg.name === "compromise") return String(pkg.version);
      }
    }
  } catch {
    // not found: the key below still changes with our own code and the codebook
  }
  return "unknown";
}

/** The hash that names the cache file. */
export function cacheKey(): string {
  const hash = createHash("sha256");
  hash.update(`framewatch ${VERSION}\0compromise ${compromiseVersion()}\0`);
  hash.update(JSON.stringify(builtinCodebook));
  for (const module of COMPILER) {
    const path = [".js", ".ts"].map((ext) => fileURLToPath(new URL(module + ext, import.meta.url))).find((p) => existsSync(p));
    hash.update(path ? readFileSync(path) : module);
  }
  return hash.digest("hex").slice(0, 24);
}

/** The cache file's content: the compiled codebook's snapshot and its anchor trie, whose typed arrays are in base64. */
type CachedSnapshot = CompiledSnapshot & { trie?: Record<string, unknown> };

function encodeTrie(data: AnchorTrieData): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  for (const name of TRIE_ARRAYS) out[name] = Buffer.from(data[name].buffer, data[name].byteOffset, data[name].byteLength).toString("base64");
  return out;
}

function decodeTrie(encoded: Record<string, unknown>): AnchorTrieData {
  const out: Record<string, unknown> = { ...encoded };
  for (const name of TRIE_ARRAYS) {
    const bytes = Buffer.from(String(encoded[name] ?? ""), "base64");
    // Copied into a buffer of its own: the typed arrays need their alignment.
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length);
    out[name] = name === "sticky" ? new Uint8Array(buffer) : name === "bitsValue" ? new Uint32Array(buffer, 0, buffer.byteLength >> 2) : new Int32Array(buffer, 0, buffer.byteLength >> 2);
  }
  return out as unknown as AnchorTrieData;
}

/** The built-in codebook, compiled: from the cache when it holds this version, else compiled (and cached). */
export async function cachedBuiltin(env: NodeJS.ProcessEnv = process.env): Promise<CompiledCodebook> {
  const off = env.FRAMEWATCH_NO_CACHE && env.FRAMEWATCH_NO_CACHE !== "0";
  const file = off ? undefined : join(cacheDir(env), `builtin-${cacheKey()}.json`);
  if (file && existsSync(file)) {
    try {
      const snapshot = JSON.parse(readFileSync(file, "utf8")) as CachedSnapshot;
      if (snapshot.cues.length === builtinCodebook.strategies.reduce((n, s) => n + s.cues.length, 0)) {
        const compiled = fromSnapshot(snapshot, builtinCodebook);
        // A trie that does not fit is built again when first needed.
        if (snapshot.trie) adoptTrie(compiled, decodeTrie(snapshot.trie));
        return compiled;
      }
    } catch {
      // corrupt or from an interrupted write: compile afresh below
    }
  }
  const { builtinCompiled } = await import("../codebook/builtin.js");
  const compiled = builtinCompiled();
  if (file) {
    try {
      mkdirSync(dirname(file), { recursive: true });
      writeFileAtomic(file, JSON.stringify({ ...snapshotOf(compiled), trie: encodeTrie(trieData(compiled)) } satisfies CachedSnapshot));
      // Older versions' files are of no more use.
      for (const name of readdirSync(dirname(file))) if (/^builtin-[0-9a-f]+\.json$/.test(name) && join(dirname(file), name) !== file) unlinkSync(join(dirname(file), name));
    } catch {
      // a cache that cannot be written is no error
    }
  }
  return compiled;
}
