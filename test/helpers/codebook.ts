import type { Codebook, CueDef } from "../../src/codebook/types.js";

/** A codebook of one strategy "s" with these cues (and an optional lexicon), for tests of the compiler and the matcher. */
export function oneStrategy(cues: CueDef[], lexicon: Record<string, string> = {}): Codebook {
  return {
    version: "t",
    lexicon,
    strategies: [{ id: "s", label: "S", family: "other", theory: "", definition: "", questions: [], hits: [], misses: [], cues }],
  };
}
