import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { offsetMap } from "../../src/formats/offsets.js";

describe("offsetMap", () => {
  it("counts an emoji as two UTF-16 units but one code point", () => {
    const text = "a🙂b𝒪c";
    const map = offsetMap(text);
    expect(map.codePoints).toBe(5);
    expect([0, 1, 3, 4, 6, 7].map(map.toCodePoint)).toEqual([0, 1, 2, 3, 4, 5]);
    expect([0, 1, 2, 3, 4, 5].map(map.toUtf16)).toEqual([0, 1, 3, 4, 6, 7]);
  });

  it("refuses an offset inside a surrogate pair or outside the text", () => {
    const map = offsetMap("a🙂b");
    expect(map.toCodePoint(2)).toBeUndefined();
    expect(map.toCodePoint(5)).toBeUndefined();
    expect(map.toUtf16(4)).toBeUndefined();
  });

  it("agrees with Array.from's code points on any text, and converts back and forth", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        const map = offsetMap(text);
        const points = Array.from(text);
        expect(map.codePoints).toBe(points.length);
        for (let cp = 0; cp <= points.length; cp++) {
          const u = map.toUtf16(cp)!;
          expect(u).toBe(points.slice(0, cp).join("").length);
          expect(map.toCodePoint(u)).toBe(cp);
        }
      }),
    );
  });
});
