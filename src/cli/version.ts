import { readFileSync } from "node:fs";

/** The package's version (annotator ids are framewatch@VERSION). */
export const VERSION: string = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8")).version;
