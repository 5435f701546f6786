/**
 * Text widths without a browser: the advance widths of DejaVu Sans (the font the exports embed),
 * in thousandths of an em, for printable ASCII (32–126), read from the font's hmtx table
 * (dejavu-fonts-ttf 2.37.3). Other characters count as 0.62 em (DejaVu's average; its wide
 * glyphs, such as the ellipsis, are 1 em). Used for margins, wrapping and legend layout, so a
 * chart lays out the same in Node and in a browser.
 */
const REGULAR = [318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838];
const BOLD = [348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838];
const OTHER = 620;
const WIDE = new Set(["\u2026", "\u2014", "\u2192", "\u2190", "\u2191", "\u2193"]);

/** The width in pixels of a single line of text at this font size. */
export function textWidth(text: string, fontSize: number, bold = false): number {
  const table = bold ? BOLD : REGULAR;
  let w = 0;
  for (const c of text) {
    const code = c.charCodeAt(0);
    w += code >= 32 && code < 127 ? table[code - 32] : WIDE.has(c) ? 1000 : OTHER;
  }
  return (w * fontSize) / 1000;
}

/** Break text into lines no wider than maxWidth (a word longer than that gets a line of its own). */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, fontSize, bold) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** Shorten text to maxWidth with an ellipsis. */
export function truncateText(text: string, maxWidth: number, fontSize: number, bold = false): string {
  if (textWidth(text, fontSize, bold) <= maxWidth) return text;
  let s = text;
  while (s.length > 1 && textWidth(s + "\u2026", fontSize, bold) > maxWidth) s = s.slice(0, -1);
  return s.trimEnd() + "\u2026";
}
