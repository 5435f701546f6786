/** A server-side DOM (linkedom) for building charts in Node. */
import { parseHTML } from "linkedom";

/** A fresh, empty HTML document to pass to the chart functions as `document`. */
export function createDocument(): Document {
  return parseHTML("<!DOCTYPE html><html><head></head><body></body></html>").document as unknown as Document;
}
