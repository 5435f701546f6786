/**
 * User codebooks: loose input (parsed YAML or JSON) in, a strict Codebook out.
 * Every problem names the file, the strategy and the field.
 */
import { parse as parseYaml, YAMLParseError } from "yaml";
import { builtinCodebook } from "./builtin.js";
import { compileCodebook, CodebookCompileError, type CompiledCodebook } from "./compile.js";
import { FAMILIES, MODES, type Codebook, type CueDef, type Family, type HitExample, type Mode, type StrategyDef } from "./types.js";

export class CodebookError extends Error {
  constructor(
    readonly file: string,
    readonly strategy: string | undefined,
    readonly field: string,
    readonly reason: string,
    readonly line?: number,
  ) {
    super(`${file}${line ? `:${line}` : ""}: ${strategy ? `strategy "${strategy}", ` : ""}field "${field}": ${reason}`);
    this.name = "CodebookError";
  }
}

const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const CUE_ID = /^[a-z][a-z0-9-]*\.[a-z0-9][a-z0-9._-]*$/;
const TOP_FIELDS = ["version", "mode", "lexicon", "strategies"];
const STRATEGY_FIELDS = ["id", "label", "family", "theory", "definition", "questions", "cues", "hits", "misses"];
const CUE_FIELDS = ["id", "pattern", "weight", "requires", "unless", "negatable"];

type Loose = Record<string, unknown>;
const isObject = (x: unknown): x is Loose => typeof x === "object" && x !== null && !Array.isArray(x);
const describe = (x: unknown) => (x === null ? "null" : Array.isArray(x) ? "a list" : typeof x === "string" || typeof x === "number" || typeof x === "boolean" ? JSON.stringify(x) : typeof x);

/** Parse the text of a codebook file (YAML or JSON), reporting syntax errors with their line. */
export function parseCodebookText(text: string, file: string): unknown {
  if (/\.json$/i.test(file)) {
    try {
      return JSON.parse(text);
    } catch (e) {
      const m = /position (\d+)/.exec((e as Error).message);
      const line = m ? text.slice(0, Number(m[1])).split("\n").length : undefined;
      throw new CodebookError(file, undefined, "(file)", `invalid JSON: ${(e as Error).message}`, line);
    }
  }
  try {
    // prettyErrors gives the error its line (linePos); the message's own "at line N, column M"
    // and excerpt are dropped, the line goes after the file name like every other error's.
    return parseYaml(text, { prettyErrors: true });
  } catch (e) {
    if (e instanceof YAMLParseError) {
      const reason = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
      throw new CodebookError(file, undefined, "(file)", `invalid YAML: ${reason}`, e.linePos?.[0]?.line);
    }
    throw e;
  }
}

/**
 * Turn a parsed user codebook into a strict Codebook. With `mode: extend` (the default) its
 * strategies are added to the built-in ones; a strategy with a built-in id adds cues and examples to
 * it and may override its label, definition and other fields. With `mode: replace` only its own
 * strategies are used.
 */
export function codebookFromObject(input: unknown, file: string, base: Codebook = builtinCodebook): Codebook {
  const fail = (strategy: string | undefined, field: string, reason: string): never => {
    throw new CodebookError(file, strategy, field, reason);
  };
  if (!isObject(input)) return fail(undefined, "(file)", `expected a mapping with "strategies", got ${describe(input)}`);
  for (const k of Object.keys(input)) if (!TOP_FIELDS.includes(k)) fail(undefined, k, `unknown field (expected ${TOP_FIELDS.join(", ")})`);
  const mode = input.mode ?? "extend";
  if (mode !== "extend" && mode !== "replace") fail(undefined, "mode", `invalid mode: ${describe(mode)} (expected extend, replace)`);
  const lexicon: Record<string, string> = mode === "replace" ? {} : { ...base.lexicon };
  if (input.lexicon !== undefined) {
    if (!isObject(input.lexicon)) fail(undefined, "lexicon", `expected a mapping of name to pattern, got ${describe(input.lexicon)}`);
    for (const [name, pattern] of Object.entries(input.lexicon as Loose)) {
      if (!/^[a-z0-9-]+$/i.test(name)) fail(undefined, `lexicon.${name}`, "names use letters, digits and hyphens");
      if (typeof pattern === "string") lexicon[name.toLowerCase()] = pattern;
      else if (Array.isArray(pattern) && pattern.every((p) => typeof p === "string")) lexicon[name.toLowerCase()] = pattern.join(" | ");
      else fail(undefined, `lexicon.${name}`, `expected a pattern or a list of patterns, got ${describe(pattern)}`);
    }
  }
  if (!Array.isArray(input.strategies)) fail(undefined, "strategies", `expected a list of strategies, got ${describe(input.strategies)}`);
  const strategies: StrategyDef[] = mode === "replace" ? [] : base.strategies.map((s) => ({ ...s }));
  const seen = new Set<string>();
  (input.strategies as unknown[]).forEach((raw, i) => {
    const where = `strategies[${i}]`;
    if (!isObject(raw)) fail(undefined, where, `expected a mapping, got ${describe(raw)}`);
    const s = raw as Loose;
    const id = s.id;
    if (typeof id !== "string" || !ID.test(id)) fail(undefined, `${where}.id`, `invalid id: ${describe(id)} (lower-case words joined by hyphens)`);
    const sid = id as string;
    if (seen.has(sid)) fail(sid, "id", "duplicate strategy id in this file");
    seen.add(sid);
    for (const k of Object.keys(s)) if (!STRATEGY_FIELDS.includes(k)) fail(sid, k, `unknown field (expected ${STRATEGY_FIELDS.join(", ")})`);
    const existing = strategies.find((x) => x.id === sid);
    const str = (field: string, fallback?: string): string => {
      const v = s[field];
      if (v === undefined) {
        if (fallback !== undefined) return fallback;
        return fail(sid, field, "missing");
      }
      if (typeof v !== "string" || !v.trim()) return fail(sid, field, `expected a non-empty string, got ${describe(v)}`);
      return v;
    };
    const list = <T>(field: string, each: (x: unknown, j: number) => T): T[] => {
      const v = s[field];
      if (v === undefined) return [];
      if (!Array.isArray(v)) return fail(sid, field, `expected a list, got ${describe(v)}`);
      return v.map(each);
    };
    const family = s.family ?? existing?.family ?? "other";
    if (!FAMILIES.includes(family as Family)) fail(sid, "family", `invalid family: ${describe(family)} (expected ${FAMILIES.join(", ")})`);
    const cues = list("cues", (c, j): CueDef => {
      const f = `cues[${j}]`;
      if (!isObject(c)) return fail(sid, f, `expected a mapping with id, pattern, weight, got ${describe(c)}`);
      for (const k of Object.keys(c)) if (!CUE_FIELDS.includes(k)) fail(sid, `${f}.${k}`, `unknown field (expected ${CUE_FIELDS.join(", ")})`);
      const cid = c.id ?? `${sid}.cue-${j + 1}`;
      if (typeof cid !== "string" || !CUE_ID.test(cid)) fail(sid, `${f}.id`, `invalid cue id: ${describe(cid)} (expected "<strategy>.<name>")`);
      if (typeof c.pattern !== "string" || !c.pattern.trim()) fail(sid, `${f}.pattern`, `expected a pattern string, got ${describe(c.pattern)}`);
      const weight = c.weight ?? 0.8;
      if (typeof weight !== "number" || !(weight > 0 && weight <= 1)) fail(sid, `${f}.weight`, `invalid weight: ${describe(weight)} (expected a number in (0, 1])`);
      for (const k of ["requires", "unless"] as const) {
        if (c[k] !== undefined && (typeof c[k] !== "string" || !(c[k] as string).trim())) fail(sid, `${f}.${k}`, `expected a pattern string, got ${describe(c[k])}`);
      }
      if (c.negatable !== undefined && typeof c.negatable !== "boolean") fail(sid, `${f}.negatable`, `expected true or false, got ${describe(c.negatable)}`);
      return {
        id: cid as string,
        pattern: c.pattern as string,
        weight: weight as number,
        ...(c.requires !== undefined ? { requires: c.requires as string } : {}),
        ...(c.unless !== undefined ? { unless: c.unless as string } : {}),
        ...(c.negatable !== undefined ? { negatable: c.negatable as boolean } : {}),
      };
    });
    const hits = list("hits", (h, j): string | HitExample => {
      if (typeof h === "string") return h;
      if (isObject(h) && typeof h.text === "string") {
        if (h.mode !== undefined && !MODES.includes(h.mode as Mode)) fail(sid, `hits[${j}].mode`, `invalid mode: ${describe(h.mode)} (expected ${MODES.join(", ")})`);
        return h.mode ? { text: h.text, mode: h.mode as Mode } : { text: h.text };
      }
      return fail(sid, `hits[${j}]`, `expected a string or {text, mode}, got ${describe(h)}`);
    });
    const misses = list("misses", (m, j) => (typeof m === "string" ? m : fail(sid, `misses[${j}]`, `expected a string, got ${describe(m)}`)));
    const questions = list("questions", (q, j) => (typeof q === "string" ? q : fail(sid, `questions[${j}]`, `expected a string, got ${describe(q)}`)));
    const merged: StrategyDef = {
      id: sid,
      label: str("label", existing?.label ?? sid),
      family: family as Family,
      theory: str("theory", existing?.theory ?? ""),
      definition: str("definition", existing?.definition ?? ""),
      questions: [...(existing?.questions ?? []), ...questions],
      cues: [...(existing?.cues ?? []), ...cues],
      hits: [...(existing?.hits ?? []), ...hits],
      misses: [...(existing?.misses ?? []), ...misses],
    };
    if (merged.cues.length === 0) fail(sid, "cues", "a strategy needs at least one cue");
    const ids = new Set<string>();
    for (const c of merged.cues) {
      if (ids.has(c.id)) fail(sid, "cues", `duplicate cue id "${c.id}"`);
      ids.add(c.id);
    }
    if (existing) strategies[strategies.indexOf(existing)] = merged;
    else strategies.push(merged);
  });
  const version = input.version === undefined ? `${base.version}+${file}` : String(input.version);
  return { version, strategies, lexicon };
}

/** Parse, validate and compile a user codebook file's text. */
export function loadCodebook(text: string, file: string, base: Codebook = builtinCodebook): CompiledCodebook {
  const codebook = codebookFromObject(parseCodebookText(text, file), file, base);
  try {
    return compileCodebook(codebook);
  } catch (e) {
    if (e instanceof CodebookCompileError) throw new CodebookError(file, e.strategy, `cue "${e.cue}" ${e.field}`, e.reason);
    throw e;
  }
}
