/** The tagger: sentences → prefilter → match → context → resolve (see pipeline.ts). */
import type { Tag } from "../codebook/types.js";
import { builtinCompiled } from "../codebook/builtin.js";
import { tagWith, type TagOptions } from "./pipeline.js";

export type { TagOptions } from "./pipeline.js";

/** Tag the framing strategies of a text. Offsets are UTF-16 code units, `text.slice(start, end) === tag.text`. */
export function tag(text: string, options: TagOptions = {}): Tag[] {
  if (typeof text !== "string") throw new TypeError(`tag: text must be a string, got ${text === null ? "null" : typeof text}`);
  return tagWith(text, options.codebook ?? builtinCompiled(), options);
}
