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
// Analysis of a corpus bundle (profiles, shifts, playbook, peers) and the charts the notebooks and `framewatch chart` show.
export { analysisConfig, selectDocuments, ANNOTATION_SOURCES, type AnalysisOptions, type AnalysisConfig, type AnnotationSource, type BundleDocument } from "./analysis/options.js";
export { annotationsOf, strategiesOf, type AnnotatedSpan } from "./analysis/annotations-of.js";
export { incidentProfiles, type IncidentProfile } from "./analysis/incident-profiles.js";
export { strategyShares, type ShareRow } from "./analysis/strategy-shares.js";
export { dominantStrategies, type DominantStrategy } from "./analysis/dominant-strategies.js";
export { jensenShannon } from "./analysis/jensen-shannon.js";
export { shifts, shiftBetween, type Shift } from "./analysis/shifts.js";
export { playbook, PLAYBOOK_STATUSES, type Playbook, type PlaybookEntry, type PlaybookOptions, type PlaybookStatus, type Quote } from "./analysis/playbook.js";
export { peers, type Peers, type PeerRow, type PeerCell } from "./analysis/peers.js";
export { corpusOverview, type OverviewRow } from "./analysis/corpus-overview.js";
export { profileComparison, type ProfileComparison, type ProfileRow } from "./analysis/profile-comparison.js";
export { chartConfig, type ChartOptions, type ChartConfig, type StrategyInfo } from "./charts/options.js";
export { heatmapChart, shareColor } from "./charts/heatmap.js";
export { timelineChart } from "./charts/timeline.js";
export { shiftChart } from "./charts/shift.js";
export { playbookChart, STATUS_LABELS } from "./charts/playbook.js";
export { peersChart } from "./charts/peers.js";
export { profileChart } from "./charts/profile.js";
export { corpusOverviewChart, KIND_COLORS } from "./charts/corpus-overview.js";
export { incidentTimelineChart, type TimelineIncident } from "./charts/incident-timeline.js";
export { agreementChart } from "./charts/agreement.js";
export { textWidth, wrapText, truncateText } from "./charts/text-width.js";
export { strategyOrder } from "./charts/strategies.js";
export { documentLabels, scores, averages, type Scores, type Averages, type StrategyCounts } from "./analysis/document-eval.js";
export {
  agreement,
  compareCodings,
  NONE,
  DISAGREEMENT_KINDS,
  type AgreementReport,
  type Coding,
  type CodedSpan,
  type CompareOptions,
  type Confusion,
  type Disagreement,
  type DisagreementKind,
  type Reliability,
  type SpanEvaluation,
  type StrategyReliability,
} from "./analysis/agreement.js";
export { nominalAlpha, coincidences, alphaFromCoincidences, alphaFromCrossTable, alphaReading, type Coincidences } from "./analysis/krippendorff.js";
export { cohensKappa, kappaFromCrossTable, crossTable, kappaReading } from "./analysis/kappa.js";
export { matchSpans, mergeIntervals, overlaps, overlapLength, MATCHINGS, type Matching, type SpanMatch, type SpanLike } from "./analysis/span-match.js";
export { INTERCHANGE_FORMATS, exportFiles, importFiles, type InterchangeFormat, type InterchangeFile, type InterchangeOptions } from "./formats/interchange.js";
export { ImportCollector, formatImportProblem, type ExportDocument, type ExportSpan, type ImportedDocument, type ImportedSpan, type ImportProblem, type ImportResult } from "./formats/spans.js";
export { offsetMap, type OffsetMap } from "./formats/offsets.js";
export { toLabelStudio, labelStudioConfig, fromLabelStudio, type LabelStudioTask } from "./formats/label-studio.js";
export { toBrat, bratConfig, fromBrat } from "./formats/brat.js";
export { toW3c, fromW3c, W3C_CONTEXT } from "./formats/w3c.js";
export { toDoccano, fromDoccano } from "./formats/doccano.js";
export { toCsv, fromCsv, parseCsv } from "./formats/csv.js";
export { parseLiwc, quantedaDictionary, isQuantedaDictionary, dictionaryCodebook, loadDictionary, type Dictionary, type DictionaryCategory } from "./codebook/dictionary.js";
