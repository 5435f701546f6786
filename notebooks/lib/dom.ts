/** Small DOM builders for the notebooks. Strings always become text nodes (never parsed as HTML). */
import { strategyColor } from "../../src/formats/palette.js";

export type Child = Node | string | number | null | undefined | false;

/** An element with attributes (`class`, `data-*`, `title`, ...) and children; strings become text. */
export function el<K extends keyof HTMLElementTagNameMap>(name: K, attributes: Record<string, string | undefined> = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const e = document.createElement(name);
  for (const [k, v] of Object.entries(attributes)) if (v !== undefined) e.setAttribute(k, v);
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) e.append(typeof c === "number" ? String(c) : c);
  return e;
}

/** A coloured square and the strategy's label (the id in the tooltip). */
export function swatch(strategy: string, label: string = strategy): HTMLSpanElement {
  const box = el("span", { class: "fw-swatch" });
  box.style.background = strategyColor(strategy);
  return el("span", { title: strategy, "data-strategy": strategy }, box, label);
}

export interface Column<T> {
  label: string;
  value: (row: T) => Child | Child[];
  /** CSS width of the column. */
  width?: string;
}

/** A plain HTML table of class `fw-table` (full width, wrapping long text, unlike Inputs.table). */
export function table<T>(rows: readonly T[], columns: readonly Column<T>[], attributes: Record<string, string> = {}): HTMLTableElement {
  const head = el("thead", {}, el("tr", {}, columns.map((c) => el("th", c.width ? { style: `width:${c.width}` } : {}, c.label))));
  const body = el("tbody", {}, rows.map((r) => el("tr", {}, columns.map((c) => el("td", {}, c.value(r))))));
  return el("table", { ...attributes, class: ["fw-table", attributes.class].filter(Boolean).join(" ") }, head, body);
}

/** Big numbers with captions. */
export function cards(items: readonly { value: string | number; label: string }[]): HTMLDivElement {
  return el("div", { class: "fw-cards" }, items.map((i) => el("div", {}, el("div", { class: "fw-big" }, String(i.value)), el("div", { class: "fw-note" }, i.label))));
}

/** A function from a strategy id to its label (the id itself for a strategy the list does not have). */
export function labeller(strategies: readonly { id: string; label: string }[]): (id: string) => string {
  const labels = new Map(strategies.map((s) => [s.id, s.label]));
  return (id) => labels.get(id) ?? id;
}

/** Strategies as swatches separated by commas, or "none". */
export function swatchList(ids: readonly string[], label: (id: string) => string = (id) => id): (Node | string)[] {
  return ids.length ? ids.flatMap((id, i) => [...(i ? [", "] : []), swatch(id, label(id))]) : ["none"];
}
