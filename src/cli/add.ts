/** `framewatch add`: annotate a new statement and add it, with its machine annotation, to the corpus. */
import { basename } from "node:path";
import { tagWith } from "../tagger/pipeline.js";
import { renderText } from "../formats/annotation.js";
import { HTTP_URL, isValidDate } from "../corpus/load.js";
import { corpusDir } from "../corpus/paths.js";
import { addDocument, checkId, CorpusWriteError, slug } from "../corpus/write.js";
import { AUDIENCES, KINDS, PROVENANCES, type CorpusDocument, type Incident } from "../corpus/types.js";
import { choice, usageError, workError, commandArgs } from "./errors.js";
import { checkPathOption, quietOnClosedStdout, readStdin, readTextFile } from "./io.js";
import { cachedBuiltin } from "./codebook-cache.js";
import { VERSION } from "./version.js";

export const ADD_HELP = `Usage: framewatch add FILE|- --incident ID --org ORG --kind KIND --date YYYY-MM-DD [options]

Annotate a statement and add it to the corpus: writes documents/ID.md (front matter and text) and
machine/ID.yaml (the tagger's spans, annotator framewatch@${VERSION}), then prints the annotation.
A person then checks the spans and saves them as gold/ID.yaml. Writes are atomic.

Required
  --incident ID          an incident of the corpus (incidents/ID.yaml); a new one only with
                         --new-incident "TITLE"
  --org ORG              the organisation the statement is about or from
  --kind KIND            ${KINDS.join(", ")}
  --date YYYY-MM-DD      when it was said or published

Options
  --id ID                the document id (default: from the file name, or org-date-first-words)
  --audience A           internal or public (default: internal for internal-memo, else public)
  --speaker S            who said or wrote it
  --source-title T       where the text comes from (title), --source-publisher P, --source-url U
  --provenance P         verbatim, recalled or paraphrase (default: verbatim when a source is
                         named, paraphrase otherwise)
  --note N               what is recalled or paraphrased and from where (required by validation
                         for recalled and paraphrase; a note is written when none is given)
  --new-incident TITLE   create the incident --incident with this title
  --force                replace an existing document of the same id (the old files are copied
                         to corpus/.backup/ first)
  --corpus DIR           the corpus folder (default: $FRAMEWATCH_CORPUS, ./corpus, or the bundled one)
  --codebook FILE        a user codebook for the machine annotation
`;

export async function add(argv: string[]): Promise<number> {
  const parsed = commandArgs("add", {
    args: argv,
    allowPositionals: true,
    options: {
      incident: { type: "string" },
      org: { type: "string" },
      kind: { type: "string" },
      date: { type: "string" },
      id: { type: "string" },
      audience: { type: "string" },
      speaker: { type: "string" },
      "source-title": { type: "string" },
      "source-publisher": { type: "string" },
      "source-url": { type: "string" },
      provenance: { type: "string" },
      note: { type: "string" },
      "new-incident": { type: "string" },
      force: { type: "boolean" },
      corpus: { type: "string" },
      codebook: { type: "string" },
      "no-color": { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const v = parsed.values;
  if (v.help) {
    process.stdout.write(ADD_HELP);
    return 0;
  }
  if (parsed.positionals.length !== 1) throw usageError(`add takes one FILE (or - for standard input), got ${parsed.positionals.length}`);
  const file = parsed.positionals[0];
  for (const k of ["incident", "org", "kind", "date"] as const) {
    if (!v[k]) throw usageError(`add needs --${k}; run "framewatch add --help"`);
  }
  for (const option of ["corpus", "codebook"] as const) checkPathOption(option, v[option]);
  checkPathOption("file", file);
  // Ids become file names: refuse anything but lower-case words joined by hyphens before any work.
  for (const [option, id] of [["id", v.id], ["incident", v.incident]] as const) {
    if (id === undefined) continue;
    try {
      checkId(option === "id" ? "document" : "incident", id);
    } catch (e) {
      throw usageError(`invalid ${option}: ${(e as Error).message.replace(/^invalid \w+ id: /, "")}`);
    }
  }
  const kind = choice("kind", v.kind, KINDS, "public-statement");
  const date = v.date!;
  if (!isValidDate(date)) throw usageError(`invalid date: ${JSON.stringify(date)} (expected YYYY-MM-DD)`);
  const audience = choice("audience", v.audience, AUDIENCES, kind === "internal-memo" ? "internal" : "public");
  const hasSource = Boolean(v["source-title"] || v["source-url"]);
  const provenance = choice("provenance", v.provenance, PROVENANCES, hasSource ? "verbatim" : "paraphrase");
  if (v["source-url"] && !HTTP_URL.test(v["source-url"])) throw usageError(`invalid source-url: ${JSON.stringify(v["source-url"])} (expected http:// or https://)`);
  const text = (file === "-" ? await readStdin() : readTextFile(file)).trim();
  if (!text) throw workError(`${file === "-" ? "<stdin>" : file}: the statement is empty`);
  const org = v.org!;
  const id = v.id ?? (file !== "-" ? slug(basename(file).replace(/\.[^.]+$/, ""), 10) : `${slug(org, 3)}-${date}-${slug(text, 5)}`);
  const codebook = v.codebook ? (await import("./codebook-file.js")).loadCodebookFile(v.codebook) : await cachedBuiltin();
  const note =
    v.note ?? (provenance === "verbatim" ? undefined : `added with framewatch add on ${new Date().toISOString().slice(0, 10)}${hasSource ? "" : " without a named source"}; wording not verified against a source`);
  const doc: CorpusDocument = {
    id,
    incident: v.incident!,
    organisation: org,
    date,
    kind,
    audience,
    ...(v.speaker ? { speaker: v.speaker } : {}),
    source: {
      title: v["source-title"] ?? (file === "-" ? "statement given on standard input to framewatch add" : `file ${basename(file)} given to framewatch add`),
      ...(v["source-publisher"] ? { publisher: v["source-publisher"] } : {}),
      ...(v["source-url"] ? { url: v["source-url"] } : {}),
    },
    provenance,
    ...(note ? { note } : {}),
    text,
  };
  const newIncident: Incident | undefined = v["new-incident"]
    ? { id: v.incident!, title: v["new-incident"], organisations: [org], date, summary: v["new-incident"], sources: [] }
    : undefined;
  const tags = tagWith(text, codebook);
  const dir = corpusDir(v.corpus);
  let result;
  try {
    result = addDocument(dir, doc, tags, `framewatch@${VERSION}`, { force: v.force, newIncident });
  } catch (e) {
    if (e instanceof CorpusWriteError) throw workError(e.message);
    throw e;
  }
  const color = Boolean(process.stdout.isTTY) && !v["no-color"] && !process.env.NO_COLOR;
  quietOnClosedStdout();
  process.stdout.write(renderText({ id, text, tags }, { color, codebook }));
  process.stderr.write(
    [
      ...(result.incidentFile ? [`wrote ${result.incidentFile}`] : []),
      `wrote ${result.documentFile}`,
      `wrote ${result.machineFile}`,
      ...result.backups.map((b) => `kept a backup: ${b}`),
      `next: check the spans and save them as gold/${id}.yaml; then framewatch corpus validate`,
    ].join("\n") + "\n",
  );
  return 0;
}
