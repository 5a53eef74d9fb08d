/** A1 <-> R1C1 relative to the formula's cell, and the one shared R1C1 formula of a block. */
import { fromR1C1, sharedR1C1, toR1C1 } from "../src/office/r1c1";

describe("R1C1 formulas", () => {
  test("relative, absolute and mixed references, written by hand", () => {
    // At F6 (row 5, column 5, zero-based).
    expect(toR1C1("=B6/MAX($B$6:$B$21)*100", 5, 5)).toBe("=RC[-4]/MAX(R6C2:R21C2)*100");
    expect(toR1C1("=SUMPRODUCT(--(X$6:X$21>X8))", 7, 24)).toBe(
      "=SUMPRODUCT(--(R6C[-1]:R21C[-1]>RC[-1]))"
    );
    expect(toR1C1("=F5+G7", 5, 5)).toBe("=R[-1]C+R[1]C[1]");
  });

  test("strings, quoted sheet names and function names are left alone", () => {
    expect(toR1C1(`=IF(ISNUMBER(B6),B6,"B6")`, 5, 2)).toBe(`=IF(ISNUMBER(RC[-1]),RC[-1],"B6")`);
    expect(toR1C1("='Sheet A1'!$C$7", 0, 0)).toBe("='Sheet A1'!R7C3");
    expect(toR1C1("=LOG10(A1)+ATAN2(A1,B1)", 0, 0)).toBe("=LOG10(RC)+ATAN2(RC,RC[1])");
  });

  test("round trip", () => {
    const f = `=IF(ISNUMBER($B6),B6/MAX(B$6:B$21)*100,"")+'2010 (2)'!$AA$9`;
    expect(fromR1C1(toR1C1(f, 10, 30), 10, 30)).toBe(f);
  });

  test("a column of formulas that differ only by row is one R1C1 formula; others are not", () => {
    const column = Array.from({ length: 5 }, (_, i) => [`=B${i + 6}/MAX($B$6:$B$10)*100`]);
    expect(sharedR1C1(column, 5, 3)).toBe("=RC[-2]/MAX(R6C2:R10C2)*100");
    const mixed = [["=B6*2"], ["=B6*2"]];
    expect(sharedR1C1(mixed, 5, 3)).toBeNull();
  });
});
