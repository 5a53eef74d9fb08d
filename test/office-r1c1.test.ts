/** A1 <-> R1C1 relative to the formula's cell, and the one shared R1C1 formula of a block. */
import fc from "fast-check";
import { fromR1C1, sharedR1C1, toR1C1 } from "../src/office/r1c1";
import { cellRef, r1c1ColumnMatcher, r1c1ColumnTemplate } from "../src/sheet/plan";

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

describe("a column's R1C1 template and matcher (issue 17: the plan's check and the writer's cells)", () => {
  // Formulas of references (relative, absolute, mixed), strings and quoted sheet names.
  const reference = fc
    .tuple(
      fc.boolean(),
      fc.integer({ min: 0, max: 40 }),
      fc.boolean(),
      fc.integer({ min: 0, max: 20_000 })
    )
    .map(([absCol, col, absRow, row]) => cellRef(row, col, { col: absCol, row: absRow }));
  const piece = fc.oneof(
    reference,
    fc.constantFrom("+", "-", "*", "/", ":", "(", ")", ",", "SUM(", "&", "=", ">", "0", "1", "10"),
    fc.constantFrom(`"B6"`, `"a""b"`, "'Sheet A1'!", "'2010 (2)'!", `"12"`)
  );
  const formulas = fc.array(piece, { minLength: 1, maxLength: 8 }).map((p) => `=${p.join("")}`);
  const at = fc.record({
    row: fc.integer({ min: 0, max: 20_000 }),
    col: fc.integer({ min: 0, max: 40 }),
  });

  test("the template writes the A1 formula fromR1C1 gives, in any row", () => {
    fc.assert(
      fc.property(formulas, at, fc.integer({ min: 0, max: 30_000 }), (a1, { row, col }, other) => {
        const r1c1 = toR1C1(a1, row, col);
        const template = r1c1ColumnTemplate(r1c1, col);
        expect(template(row)).toBe(fromR1C1(r1c1, row, col));
        expect(template(other)).toBe(fromR1C1(r1c1, other, col));
      }),
      { numRuns: 5000 }
    );
  });

  test("the matcher says exactly whether a text is the template's in a row", () => {
    /** The text with its k-th run of digits changed: a leading zero, a digit more, one more. */
    const nearMiss = (text: string, k: number, how: number) => {
      let i = 0;
      return text.replace(/\d+/g, (d) =>
        i++ !== k ? d : how === 0 ? `0${d}` : how === 1 ? `${d}1` : String(Number(d) + 1)
      );
    };
    const change = fc.record({
      k: fc.integer({ min: 0, max: 6 }),
      how: fc.integer({ min: 0, max: 2 }),
    });
    fc.assert(
      fc.property(
        formulas,
        at,
        fc.integer({ min: 0, max: 30_000 }),
        change,
        formulas,
        (a1, { row, col }, other, { k, how }, unrelated) => {
          const r1c1 = toR1C1(a1, row, col);
          const template = r1c1ColumnTemplate(r1c1, col);
          const matches = r1c1ColumnMatcher(r1c1, col);
          expect(matches(a1, row)).toBe(template(row) === a1);
          expect(matches(template(other), other)).toBe(true);
          for (const text of [nearMiss(template(other), k, how), `${template(other)}7`, unrelated])
            expect(matches(text, other)).toBe(template(other) === text);
        }
      ),
      { numRuns: 10000 }
    );
  });
});
