// framewatch's Node-side API: the corpus on disk, codebook files, export. Re-exports the browser-safe API too.
export * from "./index.js";
export { loadCorpus, parseDocumentFile, parseIncident, parseAnnotationFile, isValidDate, type Corpus, type LoadOptions } from "./corpus/load.js";
export { addDocument, CorpusWriteError, documentSource, annotationSource, type AddResult } from "./corpus/write.js";
export { bundleCorpus } from "./corpus/bundle.js";
export { corpusDir, BUNDLED_CORPUS } from "./corpus/paths.js";
export { KINDS, AUDIENCES, PROVENANCES } from "./corpus/types.js";
export type { Incident, CorpusDocument, Annotation, AnnotationFile, Problem, CorpusBundle, Source, Kind, Audience, Provenance } from "./corpus/types.js";
export { loadCodebookFile } from "./cli/codebook-file.js";
export { writeFileAtomic, readTextFile } from "./cli/io.js";
export { main } from "./cli/main.js";
export { createDocument } from "./export/dom.js";
export { serializeSvg, EXPORT_FONT_FAMILY, type SerializeOptions } from "./export/svg.js";
export { svgToPng, dejavuFontFiles, type Png, type PngOptions } from "./export/png.js";
export { htmlPage, type HtmlPageSpec, type DataTable, type SourceLine } from "./export/html.js";
export { CHARTS, CHART_NAMES, ChartQueryError, type ChartSpec, type ChartQuery, type BuiltChart } from "./export/chart-registry.js";
export { exportChart, sourceLines, EXPORT_FORMATS, STATIC_NOTES, type ExportFormat, type ExportContext } from "./export/export-chart.js";
export { readImportFiles, planImport, applyImport, ImportError, type ImportPlan, type ImportChange } from "./corpus/import.js";
export { evaluate } from "./cli/eval.js";
