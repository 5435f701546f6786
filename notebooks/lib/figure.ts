/** Chart blocks in the notebooks: a named container (the browser test finds charts by it) and downloads. */
import { serializeSvg } from "../../src/export/svg.js";

/** The SVG element that holds a chart: the figure itself, or the plot inside a `<figure>` (not a legend). */
export function chartSvg(figure: Element): SVGSVGElement | null {
  if (figure.localName === "svg") return figure as SVGSVGElement;
  return figure.querySelector<SVGSVGElement>("svg:not([class*=legend])") ?? figure.querySelector<SVGSVGElement>("svg");
}

/** The size of an SVG in pixels: its width and height attributes, else its viewBox. */
export function svgSize(svg: Element): { width: number; height: number } {
  const box = svg.getAttribute("viewBox")?.split(/[\s,]+/).map(Number);
  const width = Number(svg.getAttribute("width")) || box?.[2] || 640;
  const height = Number(svg.getAttribute("height")) || box?.[3] || 400;
  return { width, height };
}

/** A PNG of an SVG file's text, drawn through a canvas at the given scale (2: sharp on high-density screens and in print). */
export async function pngBlob(svg: string, size: { width: number; height: number }, scale = 2): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml" }));
  try {
    const image = new Image(size.width, size.height);
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error("pngBlob: the SVG could not be drawn"));
      image.src = url;
    });
    const canvas = document.createElement("canvas");
    canvas.width = Math.round(size.width * scale);
    canvas.height = Math.round(size.height * scale);
    const context = canvas.getContext("2d");
    if (!context) throw new Error("pngBlob: no 2d canvas");
    context.fillStyle = "white";
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error("pngBlob: no PNG"))), "image/png"));
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Save a blob under a file name (through a temporary `<a download>`). */
export function download(blob: Blob, filename: string): void {
  const a = document.createElement("a");
  a.href = URL.createObjectURL(blob);
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}

/** A button that runs its action on click (and reports a failed action on the console). */
export function button(label: string, onClick: () => void | Promise<void>): HTMLButtonElement {
  const b = document.createElement("button");
  b.type = "button";
  b.textContent = label;
  b.addEventListener("click", () => {
    Promise.resolve(onClick()).catch((error) => console.error(error));
  });
  return b;
}

/** Draws a chart; `{ static: true }` asks for the export's version (no tips), as src/charts' functions take it. */
export type RenderChart = (options: { static?: boolean }) => Element;

export interface ChartBlockOptions {
  /** Show "SVG" and "PNG" download buttons (default true). */
  downloads?: boolean;
  /** The file name without extension (default: `framewatch-<name>`). */
  filename?: string;
}

/**
 * A chart in a `<div class="fw-chart" data-chart="name">`, with download buttons under it. The downloads draw the
 * chart again in its static version and write it as the command line's `framewatch chart` does (serializeSvg), so a
 * downloaded SVG is the same file as the exported one, legends and titles included.
 */
export function chartBlock(name: string, render: RenderChart, options: ChartBlockOptions = {}): HTMLDivElement {
  const div = document.createElement("div");
  div.className = "fw-chart";
  div.dataset.chart = name;
  div.append(render({}));
  const filename = options.filename ?? `framewatch-${name}`;
  if (options.downloads ?? true) {
    const exported = () => {
      const svg = chartSvg(render({ static: true }));
      if (!svg) throw new Error(`chart ${name}: no SVG element to export`);
      return { text: serializeSvg(svg), size: svgSize(svg) };
    };
    const bar = document.createElement("div");
    bar.className = "fw-buttons";
    bar.append(
      button("Download SVG", () => download(new Blob([exported().text], { type: "image/svg+xml" }), `${filename}.svg`)),
      button("Download PNG", async () => {
        const { text, size } = exported();
        download(await pngBlob(text, size), `${filename}.png`);
      }),
    );
    div.append(bar);
  }
  return div;
}
