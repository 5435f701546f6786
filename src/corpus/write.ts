/** Writing to the corpus (Node side): atomic, never overwriting without `force`, with backups. */
import { existsSync, mkdirSync, readFileSync, unlinkSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { CliError } from "../cli/errors.js";
import { writeFileAtomic } from "../cli/io.js";
import type { Tag } from "../codebook/types.js";
import { ID_PATTERN } from "./load.js";
import type { AnnotationFile, CorpusDocument, Incident } from "./types.js";

/** A write to the corpus that was refused or failed; a work error (exit 1) on the command line. */
export class CorpusWriteError extends CliError {
  constructor(message: string) {
    super(message, 1);
    this.name = "CorpusWriteError";
  }
}

/** A safe id: lower-case words joined by hyphens; never a path. */
export function checkId(kind: string, id: string): void {
  if (!ID_PATTERN.test(id) || id.length > 120) {
    throw new CorpusWriteError(`invalid ${kind} id: ${JSON.stringify(id)} (lower-case letters, digits and single hyphens, at most 120 characters)`);
  }
}

/** A slug of some words, for generated ids. */
export function slug(s: string, words = 6): string {
  return (
    s
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9\s-]/g, " ")
      .split(/[\s-]+/)
      .filter(Boolean)
      .slice(0, words)
      .join("-") || "statement"
  );
}

export function documentSource(doc: CorpusDocument): string {
  const { text, ...meta } = doc;
  return `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---\n${text}\n`;
}

export function annotationSource(file: AnnotationFile): string {
  return stringify(file, { lineWidth: 0 });
}

function backup(dir: string, rel: string, stamp: string): string | undefined {
  const path = join(dir, rel);
  if (!existsSync(path)) return undefined;
  const target = join(dir, ".backup", stamp, rel);
  mkdirSync(join(target, ".."), { recursive: true });
  writeFileAtomic(target, readFileSync(path));
  return target;
}

/**
 * Write several files, each atomically, as one change: if one write fails, the files written before
 * it are put back as they were (or removed when they are new), and a CorpusWriteError says so.
 */
export function writeAll(files: readonly { path: string; data: string | Uint8Array }[]): void {
  const done: { path: string; previous?: Buffer }[] = [];
  for (const f of files) {
    try {
      const previous = existsSync(f.path) ? readFileSync(f.path) : undefined;
      writeFileAtomic(f.path, f.data);
      done.push({ path: f.path, previous });
    } catch (e) {
      const undone = done.reverse().filter(({ path, previous }) => {
        try {
          if (previous) writeFileAtomic(path, previous);
          else unlinkSync(path);
          return true;
        } catch {
          return false;
        }
      });
      const reason = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new CorpusWriteError(
        `could not write ${f.path} (${reason}); nothing was changed${done.length ? ` (${undone.length === done.length ? "put back" : `could not put back ${done.length - undone.length} of`} the ${done.length} file${done.length === 1 ? "" : "s"} written before it)` : ""}`,
      );
    }
  }
}

export interface AddResult {
  documentFile: string;
  machineFile: string;
  incidentFile?: string;
  backups: string[];
}

/**
 * Add a document and its machine annotation to the corpus. Refuses to overwrite an existing
 * document unless `force`, in which case the old files are first copied to `.backup/<time>/`.
 */
export function addDocument(dir: string, doc: CorpusDocument, tags: Tag[], annotator: string, options: { force?: boolean; newIncident?: Incident; now?: Date } = {}): AddResult {
  checkId("document", doc.id);
  checkId("incident", doc.incident);
  const docRel = join("documents", `${doc.id}.md`);
  const machineRel = join("machine", `${doc.id}.yaml`);
  const incidentRel = join("incidents", `${doc.incident}.yaml`);
  for (const sub of ["documents", "incidents"]) {
    if (!existsSync(join(dir, sub))) throw new CorpusWriteError(`${join(dir, sub)}: no such folder (is ${dir} a framewatch corpus?)`);
  }
  const incidentExists = existsSync(join(dir, incidentRel));
  if (!incidentExists && !options.newIncident) {
    throw new CorpusWriteError(`unknown incident id "${doc.incident}" (no ${join(dir, incidentRel)}); give --new-incident "TITLE" to create it`);
  }
  if (incidentExists && options.newIncident) throw new CorpusWriteError(`incident "${doc.incident}" already exists; drop --new-incident`);
  if (existsSync(join(dir, docRel)) && !options.force) {
    throw new CorpusWriteError(`document "${doc.id}" already exists (${join(dir, docRel)}); give --force to replace it (a backup is kept) or choose another --id`);
  }
  const stamp = (options.now ?? new Date()).toISOString().replace(/[:.]/g, "-");
  const backups = [backup(dir, docRel, stamp), backup(dir, machineRel, stamp)].filter((x): x is string => Boolean(x));
  mkdirSync(join(dir, "machine"), { recursive: true });
  const result: AddResult = { documentFile: join(dir, docRel), machineFile: join(dir, machineRel), backups };
  const machine: AnnotationFile = {
    document: doc.id,
    annotator,
    annotations: tags.map((t) => ({ strategy: t.strategy, mode: t.mode, start: t.start, end: t.end, text: t.text, confidence: t.confidence, cue: t.cue })),
  };
  const files = [
    ...(options.newIncident ? [{ path: join(dir, incidentRel), data: stringify(options.newIncident, { lineWidth: 0 }) }] : []),
    { path: join(dir, docRel), data: documentSource(doc) },
    { path: join(dir, machineRel), data: annotationSource(machine) },
  ];
  if (options.newIncident) {
    checkId("incident", options.newIncident.id);
    result.incidentFile = join(dir, incidentRel);
  }
  writeAll(files);
  return result;
}
