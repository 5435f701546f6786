/** Building SVG elements in a given document (a browser's or linkedom's). */

export const SVG_NS = "http://www.w3.org/2000/svg";

export type Attributes = Record<string, string | number | undefined>;

/** An SVG element with these attributes (undefined ones left out) and children (strings become text). */
export function svgElement(document: Document, name: string, attributes: Attributes = {}, children: (Node | string)[] = []): SVGElement {
  const e = document.createElementNS(SVG_NS, name) as SVGElement;
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) e.setAttribute(k, typeof v === "number" ? String(round(v)) : v);
  for (const c of children) e.appendChild(typeof c === "string" ? document.createTextNode(c) : c);
  return e;
}

/** Coordinates with at most two decimals, so that output is short and stable. */
export const round = (x: number) => Math.round(x * 100) / 100;
