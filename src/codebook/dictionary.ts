/**
 * Existing word-count dictionaries as user codebooks, so that researchers can bring their own:
 *
 * - LIWC `.dic`: a header of categories between two `%` lines (`1<TAB>posemo`), then one entry a
 *   line with its category numbers (`abandon*<TAB>125<TAB>127`). Multi-word entries (`kind of`) are
 *   kept. LIWC 2007's conditional categories (`(02 134)125/464`) cannot be expressed and are skipped
 *   with a warning; the entry keeps its plain categories.
 * - quanteda YAML (`quanteda::dictionary(file = ..., format = "YAML")`): a mapping of category to a
 *   list of entries; nested mappings are sub-categories, named `parent.child` as quanteda does.
 *
 * Each category becomes a strategy (id: the name in lower case with hyphens; label: the name as
 * written), each entry a cue whose pattern is the entry itself: `word*` globs stay prefix patterns
 * and multi-word entries match as phrases (see pattern.ts). An entry the pattern language cannot
 * express (a glob not at the end of a word, `?`, an emoticon) is skipped with a warning. A dictionary
 * counts words as they stand, so its cues are not cancelled by a negation. The dictionary replaces
 * the built-in codebook.
 */
import { parse as parseYaml } from "yaml";
import { CodebookError, parseCodebookText } from "./load.js";
import { compileCodebook, CodebookCompileError, type CompiledCodebook } from "./compile.js";
import { parsePattern } from "./pattern.js";
import type { Codebook, CueDef, StrategyDef } from "./types.js";

export interface DictionaryCategory {
  name: string;
  entries: string[];
}

export interface Dictionary {
  file: string;
  format: "liwc" | "quanteda";
  categories: DictionaryCategory[];
  /** What could not be kept, one line each, with file and line where known. */
  warnings: string[];
}

/** Weight (confidence) of a dictionary entry's match: above the tagger's default threshold of 0.5. */
export const DICTIONARY_WEIGHT = 0.8;

const fail = (file: string, field: string, reason: string, line?: number): never => {
  throw new CodebookError(file, undefined, field, reason, line);
};

/** Numeric category ids compare as numbers ("01" is "1"). */
const categoryKey = (id: string) => (/^\d+$/.test(id) ? String(Number(id)) : id);

/** Parse a LIWC `.dic` file. */
export function parseLiwc(text: string, file: string): Dictionary {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const warnings: string[] = [];
  let i = 0;
  while (i < lines.length && !lines[i].trim()) i++;
  if (lines[i]?.trim() !== "%") fail(file, "(header)", 'expected a LIWC dictionary: a "%" line, the categories, another "%" line, then the entries', i + 1);
  const ids = new Map<string, DictionaryCategory>();
  const byName = new Map<string, DictionaryCategory>();
  for (i++; i < lines.length && lines[i].trim() !== "%"; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const [id, name] = line.split(/\s+/);
    if (!name) fail(file, "(header)", `expected "NUMBER<TAB>NAME", got ${JSON.stringify(line)}`, i + 1);
    if (ids.has(categoryKey(id))) fail(file, "(header)", `category ${id} is defined twice`, i + 1);
    const category = { name, entries: [] };
    ids.set(categoryKey(id), category);
    byName.set(name, category);
  }
  if (i >= lines.length) fail(file, "(header)", 'the category header has no closing "%" line', i);
  for (i++; i < lines.length; i++) {
    const line = lines[i].trim();
    if (!line) continue;
    const tokens = line.includes("\t") ? line.split("\t").flatMap((f, k) => (k === 0 ? [f.trim()] : (f.match(/\([^)]*\)\S*|<[^>]*>\S*|\S+/g) ?? []))) : (line.match(/\([^)]*\)\S*|<[^>]*>\S*|\S+/g) ?? []);
    // Without tabs, the entry is every token before the first category token.
    const isCategory = (t: string) => ids.has(categoryKey(t)) || byName.has(t) || /^[(<]/.test(t) || /^\d+$/.test(t);
    let split = line.includes("\t") ? 1 : tokens.findIndex((t, k) => k > 0 && isCategory(t));
    if (split <= 0) split = tokens.length;
    const entry = line.includes("\t") ? tokens[0] : tokens.slice(0, split).join(" ");
    const categories = tokens.slice(split);
    if (categories.length === 0) fail(file, "entry", `${JSON.stringify(entry)} has no category`, i + 1);
    for (const c of categories) {
      if (/^[(<]/.test(c)) {
        warnings.push(`${file}:${i + 1}: entry ${JSON.stringify(entry)}: conditional category ${c} skipped (framewatch cannot express it)`);
        continue;
      }
      const category = ids.get(categoryKey(c)) ?? byName.get(c);
      if (!category) fail(file, "entry", `${JSON.stringify(entry)} has an unknown category ${c} (not in the header)`, i + 1);
      else category.entries.push(entry);
    }
  }
  return { file, format: "liwc", categories: [...ids.values()], warnings };
}

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);
const isEntryList = (x: unknown) => typeof x === "string" || (Array.isArray(x) && x.every((e) => typeof e === "string"));

/** Whether a parsed YAML value is a quanteda dictionary (category → entries, possibly nested) rather than a framewatch codebook. */
export function isQuantedaDictionary(value: unknown): boolean {
  if (!isObject(value) || Object.keys(value).length === 0 || "strategies" in value) return false;
  const ok = (v: unknown): boolean => isEntryList(v) || (isObject(v) && Object.values(v).every(ok));
  return Object.values(value).every(ok);
}

/** A quanteda dictionary from its parsed YAML. */
export function quantedaDictionary(value: unknown, file: string): Dictionary {
  if (!isObject(value)) fail(file, "(file)", "expected a mapping of category names to lists of entries");
  const categories: DictionaryCategory[] = [];
  const walk = (node: Loose, prefix: string) => {
    for (const [key, v] of Object.entries(node)) {
      const name = prefix ? `${prefix}.${key}` : key;
      if (isEntryList(v)) categories.push({ name, entries: typeof v === "string" ? [v] : (v as string[]) });
      else if (isObject(v)) walk(v, name);
      else fail(file, name, `expected a list of entries or a mapping of sub-categories, got ${v === null ? "null" : Array.isArray(v) ? "a list with non-text items" : typeof v}`);
    }
  };
  walk(value as Loose, "");
  return { file, format: "quanteda", categories, warnings: [] };
}

const slug = (s: string) =>
  s
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");

const unique = (base: string, taken: Set<string>) => {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
};

/** An entry as a pattern, or why the pattern language cannot express it. */
function entryPattern(entry: string): string | { reason: string } {
  const words = entry.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { reason: "empty entry" };
  for (const w of words) {
    if (/[?]/.test(w)) return { reason: `"?" wildcards are not supported (only a * at the end of a word)` };
    if (/\*./.test(w) || /^\*/.test(w)) return { reason: "a * is supported only at the end of a word" };
    if (!/^[\p{L}\p{N}'’&$%.-]+\*?$/u.test(w) || !/[\p{L}\p{N}]/u.test(w)) return { reason: "not a word (framewatch patterns match words)" };
  }
  const pattern = words.join(" ");
  try {
    parsePattern(pattern);
  } catch (e) {
    return { reason: (e as Error).message };
  }
  return pattern;
}

/** A codebook from a dictionary: a strategy per category, a cue per entry (see the top of this file). */
export function dictionaryCodebook(dict: Dictionary): { codebook: Codebook; warnings: string[] } {
  const warnings = [...dict.warnings];
  const ids = new Set<string>();
  const kind = dict.format === "liwc" ? "LIWC" : "quanteda";
  const strategies: StrategyDef[] = [];
  dict.categories.forEach((category, n) => {
    const base = slug(category.name);
    const id = unique(/^[a-z]/.test(base) ? base : base ? `c-${base}` : `category-${n + 1}`, ids);
    const cueIds = new Set<string>();
    const cues: CueDef[] = [];
    category.entries.forEach((entry, k) => {
      const pattern = entryPattern(entry);
      if (typeof pattern !== "string") {
        warnings.push(`${dict.file}: category ${JSON.stringify(category.name)}, entry ${JSON.stringify(entry)} skipped: ${pattern.reason}`);
        return;
      }
      const name = slug(entry) || `entry-${k + 1}`;
      cues.push({ id: `${id}.${unique(entry.trim().endsWith("*") ? `${name}-any` : name, cueIds)}`, pattern, weight: DICTIONARY_WEIGHT, negatable: false });
    });
    if (cues.length === 0) {
      warnings.push(`${dict.file}: category ${JSON.stringify(category.name)} skipped: no entry framewatch can match`);
      return;
    }
    strategies.push({
      id,
      label: category.name,
      family: "other",
      theory: `${kind} dictionary ${dict.file}`,
      definition: `The words of the category "${category.name}" of the ${kind} dictionary ${dict.file}.`,
      questions: [],
      cues,
      hits: [],
      misses: [],
    });
  });
  if (strategies.length === 0) fail(dict.file, "(file)", "the dictionary has no category with an entry framewatch can match");
  return { codebook: { version: `${kind} dictionary ${dict.file}`, strategies, lexicon: {} }, warnings };
}

/**
 * A dictionary file's compiled codebook and warnings, or null when the file is not a dictionary
 * (a `.dic` file is LIWC; a YAML file is quanteda when it maps categories to entries rather than
 * listing `strategies`). Throws CodebookError naming file, line and field.
 */
export function loadDictionary(text: string, file: string): { codebook: CompiledCodebook; warnings: string[] } | null {
  let dict: Dictionary;
  if (/\.dic$/i.test(file)) dict = parseLiwc(text, file);
  else {
    if (/\.json$/i.test(file)) return null;
    const value = /\.ya?ml$/i.test(file) ? parseCodebookText(text, file) : safeYaml(text);
    if (!isQuantedaDictionary(value)) return null;
    dict = quantedaDictionary(value, file);
  }
  const { codebook, warnings } = dictionaryCodebook(dict);
  try {
    return { codebook: compileCodebook(codebook), warnings };
  } catch (e) {
    if (e instanceof CodebookCompileError) throw new CodebookError(file, e.strategy, `cue "${e.cue}" ${e.field}`, e.reason);
    throw e;
  }
}

function safeYaml(text: string): unknown {
  try {
    return parseYaml(text);
  } catch {
    return undefined;
  }
}
