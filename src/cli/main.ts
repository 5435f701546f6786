/** framewatch's command line: a thin dispatcher over one module per command. */
import { CliError } from "./errors.js";
import { VERSION } from "./version.js";
import { quietOnClosedStdout } from "./io.js";

interface Command {
  summary: string;
  run(argv: string[]): Promise<number>;
}

const COMMANDS: Record<string, Command> = {
  annotate: { summary: "tag the framing strategies of statements (text, json, jsonl, csv, html, label-studio, brat, w3c, doccano)", run: async (a) => (await import("./annotate.js")).annotate(a) },
  corpus: { summary: "the corpus: validate, list, show, stats, kwic, bundle, export, import", run: async (a) => (await import("./corpus.js")).corpus(a) },
  add: { summary: "add a statement to the corpus with its machine annotation", run: async (a) => (await import("./add.js")).add(a) },
  chart: { summary: "export the notebooks' charts as SVG, PNG or HTML", run: async (a) => (await import("./chart.js")).chart(a) },
  eval: { summary: "score the tagger (or a prediction file) against gold annotations", run: async (a) => (await import("./eval.js")).evaluate(a) },
};

export const HELP = () => `framewatch ${VERSION}: find PR framing strategies in corporate statements and leaked memos.

Usage: framewatch COMMAND [options]

Commands
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(12)} ${c.summary}`)
  .join("\n")}

Options
  -h, --help     help (also: framewatch COMMAND --help)
  --version      the version

Exit status: 0 success, 1 the work failed (bad input, invalid files), 2 usage error.
Documentation: README.md; the codebook: src/codebook/strategies/.
`;

/** Run the CLI with these arguments; returns the exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  try {
    if (name === undefined || name === "-h" || name === "--help" || name === "help") {
      if (name === "help" && rest[0] && COMMANDS[rest[0]]) return await COMMANDS[rest[0]].run(["--help"]);
      process.stdout.write(HELP());
      return name === undefined ? 2 : 0;
    }
    if (name === "--version" || name === "-v") {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    const command = COMMANDS[name];
    if (!command) {
      process.stderr.write(`framewatch: unknown command: ${JSON.stringify(name)} (expected ${Object.keys(COMMANDS).join(", ")})\n`);
      return 2;
    }
    quietOnClosedStdout();
    return await command.run(rest);
  } catch (e) {
    if (e instanceof CliError) {
      process.stderr.write(`framewatch ${name}: ${e.message}\n`);
      return e.exitCode;
    }
    if ((e as NodeJS.ErrnoException)?.code === "EPIPE") return 0;
    process.stderr.write(`framewatch ${name}: internal error: ${(e as Error)?.stack ?? e}\n`);
    return 1;
  }
}
