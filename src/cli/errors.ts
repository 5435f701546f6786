import { parseArgs, type ParseArgsConfig } from "node:util";
/** Errors of the command line, mapped to exit codes: 1 the work failed, 2 the command was used wrongly. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = "CliError";
  }
}

export const usageError = (message: string) => new CliError(message, 2);
export const workError = (message: string) => new CliError(message, 1);

/** Loose choice in, strict value out: `invalid format: "xml" (expected text, json, jsonl, csv, html)`. */
export function choice<T extends string>(name: string, value: string | undefined, choices: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw usageError(`invalid ${name}: ${JSON.stringify(value)} (expected ${choices.join(", ")})`);
}

/** A number option within bounds. */
export function numberOption(name: string, value: string | undefined, min: number, max: number, fallback: number, integer = false): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n < min || n > max || (integer && !Number.isInteger(n))) {
    throw usageError(`invalid ${name}: ${JSON.stringify(value)} (expected ${integer ? "an integer" : "a number"} from ${min} to ${max})`);
  }
  return n;
}

/** Parse a command's arguments; a bad flag is a usage error that points to the command's --help. */
export function commandArgs<T extends ParseArgsConfig>(command: string, config: T): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config);
  } catch (e) {
    throw usageError(`${(e as Error).message.split("\n")[0]}\nRun "framewatch ${command} --help" for the options.`);
  }
}
