/**
 * A chart's SVG element as a standalone SVG file: xmlns declared, fonts named, no <style> element
 * (styles are attributes), a white background, ids renumbered in document order so that the bytes
 * are the same from run to run, one element per line so that golden-file diffs are readable.
 */
import { escapeHtml } from "../formats/escape.js";

const SVG_NS = "http://www.w3.org/2000/svg";
/** The fonts an exported SVG names: the PNG renderer embeds DejaVu Sans. */
export const EXPORT_FONT_FAMILY = "DejaVu Sans, Verdana, sans-serif";

export interface SerializeOptions {
  /** Prefix of the renumbered ids (default "fw"): `fw-1`, `fw-2`, ... */
  idPrefix?: string;
}

/** Serialise an SVG element (from a browser or linkedom) as a standalone SVG document. */
export function serializeSvg(svg: Element, options: SerializeOptions = {}): string {
  if (svg.localName !== "svg") throw new TypeError(`serializeSvg: expected an <svg> element, got <${svg.localName}>`);
  const prefix = options.idPrefix ?? "fw";
  const ids = new Map<string, string>();
  collectIds(svg, ids, prefix);
  const out: string[] = [];
  writeElement(svg, ids, out, true);
  return out.join("") + "\n";
}

function collectIds(e: Element, ids: Map<string, string>, prefix: string): void {
  const id = e.getAttribute("id");
  if (id && !ids.has(id)) ids.set(id, `${prefix}-${ids.size + 1}`);
  for (const c of Array.from(e.children)) collectIds(c, ids, prefix);
}

/** Rewrite id references (`url(#a)`, `#a`) to the renumbered ids. */
function relink(value: string, ids: Map<string, string>): string {
  return value.replace(/url\(\s*["']?#([^"')\s]+)["']?\s*\)/g, (m, id) => (ids.has(id) ? `url(#${ids.get(id)})` : m)).replace(/^#(.+)$/, (m, id) => (ids.has(id) ? `#${ids.get(id)}` : m));
}

function rootAttributes(e: Element): [string, string][] {
  const attrs: [string, string][] = [["xmlns", SVG_NS]];
  const seen = new Set(["xmlns", "class", "style"]);
  for (const a of Array.from(e.attributes)) {
    if (seen.has(a.name)) continue;
    seen.add(a.name);
    if (a.name === "font-family") attrs.push([a.name, EXPORT_FONT_FAMILY]);
    else attrs.push([a.name, a.value]);
  }
  if (Array.from(e.querySelectorAll("*")).some((c) => c.hasAttribute("xlink:href"))) attrs.splice(1, 0, ["xmlns:xlink", "http://www.w3.org/1999/xlink"]);
  if (!seen.has("font-family")) attrs.push(["font-family", EXPORT_FONT_FAMILY]);
  attrs.push(["color", "black"], ["style", "background: white"]);
  return attrs;
}

function writeElement(e: Element, ids: Map<string, string>, out: string[], root = false, inText = false): void {
  const name = e.localName;
  const attrs: [string, string][] = root
    ? rootAttributes(e)
    : Array.from(e.attributes)
        .filter((a) => a.name !== "class")
        .map((a) => [a.name, a.name === "id" ? (ids.get(a.value) ?? a.value) : relink(a.value, ids)]);
  out.push(`<${name}${attrs.map(([k, v]) => ` ${k}="${escapeHtml(v)}"`).join("")}`);
  const children = Array.from(e.childNodes).filter((c) => !(c.nodeType === 1 && (c as Element).localName === "style") && c.nodeType !== 8);
  if (root) children.unshift(BACKGROUND);
  if (!children.length) {
    out.push("/>");
    return;
  }
  out.push(">");
  const text = inText || name === "text";
  // Line breaks between elements, except inside <text>, where they would be spaces.
  const block = !text && children.every((c) => c.nodeType === 1 || c === BACKGROUND || !(c.textContent ?? "").trim());
  for (const c of children) {
    if (c === BACKGROUND) out.push(`\n<rect width="100%" height="100%" fill="white"/>`);
    else if (c.nodeType === 1) {
      if (block) out.push("\n");
      writeElement(c as Element, ids, out, false, text);
    } else if (c.nodeType === 3 && !block) out.push(escapeHtml(c.textContent ?? ""));
  }
  out.push(`${block ? "\n" : ""}</${name}>`);
}

/** Stands for the white background rectangle written first in the root. */
const BACKGROUND = { nodeType: -1 } as unknown as ChildNode;
