/** A chart as one self-contained HTML page: the SVG, its data as a table, and where the data came from. No scripts, no network. */
import { escapeHtml } from "../formats/escape.js";

export interface DataTable {
  columns: string[];
  rows: (string | number)[][];
  /** Said above the table (e.g. what was left out). */
  caption?: string;
}

export interface SourceLine {
  text: string;
  /** Shown as a link when it is an http(s) URL, else as text. */
  url?: string;
  /** Indented under the line before (e.g. an incident's sources). */
  sub?: boolean;
}

export interface HtmlPageSpec {
  title: string;
  /** The chart as standalone SVG markup (from serializeSvg). */
  svg: string;
  table: DataTable;
  /** Where the data came from: corpus, annotations, filters, the incidents' sources. */
  source: SourceLine[];
  /** Notes on the export (e.g. what a static chart leaves out). */
  notes?: string[];
  /** The generator, for the page's meta tag. */
  generator?: string;
}

const STYLE = `body{font-family:"DejaVu Sans",Verdana,system-ui,sans-serif;margin:2rem auto;max-width:1100px;padding:0 1rem;color:#111;line-height:1.45}
h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:2rem}
figure{margin:0}figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;font-size:.85rem}th,td{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#f3f3f3}td.n{text-align:right;font-variant-numeric:tabular-nums}
caption{caption-side:top;text-align:left;color:#444;padding-bottom:.4rem}
.notes{color:#444;font-size:.9rem}li.sub{margin-left:1.5rem;list-style:circle}`;

/** The page's HTML. Everything but the SVG markup is escaped. */
export function htmlPage(spec: HtmlPageSpec): string {
  const cell = (v: string | number) => (typeof v === "number" ? `<td class="n">${escapeHtml(String(v))}</td>` : `<td>${escapeHtml(v).replace(/\n/g, "<br>")}</td>`);
  const svg = spec.svg.replace(/^<\?xml[^>]*>\s*/, "").trim();
  const link = (url: string) => (/^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(url)}</a>` : escapeHtml(url));
  const source = spec.source.map((s) => `<li${s.sub ? ' class="sub"' : ""}>${escapeHtml(s.text)}${s.url ? ` ${link(s.url)}` : ""}</li>`).join("\n");
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
${spec.generator ? `<meta name="generator" content="${escapeHtml(spec.generator)}">\n` : ""}<title>${escapeHtml(spec.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<h1>${escapeHtml(spec.title)}</h1>
<figure>
${svg}
</figure>
${spec.notes?.length ? `<p class="notes">${spec.notes.map(escapeHtml).join("<br>\n")}</p>\n` : ""}<h2>Data</h2>
<table>
${spec.table.caption ? `<caption>${escapeHtml(spec.table.caption)}</caption>\n` : ""}<thead><tr>${spec.table.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("")}</tr></thead>
<tbody>
${spec.table.rows.map((r) => `<tr>${r.map(cell).join("")}</tr>`).join("\n")}
</tbody>
</table>
<h2>Source of the data</h2>
<ul>
${source}
</ul>
</main>
</body>
</html>
`;
}
