import { describe, expect, it } from "vitest";
import { htmlPage } from "../../src/export/html.js";

describe("htmlPage", () => {
  const page = htmlPage({
    title: `Peers <script>alert("x")</script>`,
    svg: '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>\n',
    table: { columns: ["organisation", "share (%)"], rows: [["A & B <i>", 33.3]], caption: "Only <used> strategies." },
    source: [{ text: "Incident x: \"y\"", url: "https://example.org/a?b=1&c=2" }, { text: "Source: z", url: "javascript:alert(1)", sub: true }],
    notes: ["Static <export>."],
  });

  it("holds the SVG inline, a data table and the source lines", () => {
    expect(page).toContain('<figure>\n<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10">');
    expect(page).toContain('<td>A &amp; B &lt;i&gt;</td><td class="n">33.3</td>');
    expect(page).toContain("<caption>Only &lt;used&gt; strategies.</caption>");
    expect(page).toContain('<li>Incident x: &quot;y&quot; <a href="https://example.org/a?b=1&amp;c=2">https://example.org/a?b=1&amp;c=2</a></li>');
  });

  it("escapes everything that is not the SVG, and links only http(s) addresses", () => {
    expect(page).not.toContain("<script>");
    expect(page).toContain("<title>Peers &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</title>");
    expect(page).toContain('<li class="sub">Source: z javascript:alert(1)</li>');
    expect(page).not.toContain('href="javascript');
  });

  it("loads nothing from the network or the disk: no scripts, stylesheets, images or fonts to fetch", () => {
    expect(page).not.toMatch(/<script|<link|<img|<iframe|@import|url\(http|src=/i);
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
  });
});
