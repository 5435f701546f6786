// framewatch's public API (browser-safe): codebook, tagger, analysis, charts, formats.
export type { Codebook, CueDef, Family, HitExample, Mode, StrategyDef, Tag } from "./codebook/types.js";
export { MODES, FAMILIES } from "./codebook/types.js";
export { builtinCodebook, builtinCompiled } from "./codebook/builtin.js";
export { compileCodebook, CodebookCompileError, type CompiledCodebook, type CompiledCue } from "./codebook/compile.js";
export { parsePattern, PatternError } from "./codebook/pattern.js";
export { tag, type TagOptions } from "./tagger/tag.js";
export { profile, type StrategyScore } from "./tagger/profile.js";
export { splitSentences, type Span } from "./tagger/sentences.js";
export { codebookFromObject, parseCodebookText, loadCodebook, CodebookError } from "./codebook/load.js";
export { evaluateDocuments, type DocumentEvaluation, type DocumentLabel } from "./analysis/document-eval.js";
export { renderText, renderHtml, jsonRecord, csvRows, explain, CSV_HEADER, type AnnotatedDocument } from "./formats/annotation.js";
export { escapeHtml, csvCell } from "./formats/escape.js";
export { strategyColor, STRATEGY_COLORS, legendOrder } from "./formats/palette.js";
