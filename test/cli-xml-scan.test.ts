/**
 * The XML scanner of .xlsx parts (src/cli/xml-scan.ts) against jsdom's XML parser: the same
 * start tags, attributes, end tags and text, whatever the slices the bytes come in.
 */
import fc from "fast-check";
import { JSDOM } from "jsdom";
import { decodeEntities, scanXml, scanXmlBytes, type XmlHandlers } from "../src/cli/xml-scan";
import { cellIndex, cellName } from "../src/cli/xlsx-input";

type Event = ["open", string, Record<string, string>] | ["close", string] | ["text", string];

/** The events, adjacent texts joined (a parser may split text anywhere). */
function scanned(xml: string, slice?: number): Event[] {
  const events: Event[] = [];
  const on: XmlHandlers = {
    open: (t) => {
      // The one-attribute search agrees with the full reading.
      for (const [k, v] of Object.entries(t.attributes)) expect(t.attribute(k)).toBe(v);
      expect(t.attribute("absent")).toBeUndefined();
      events.push(["open", t.name, t.attributes]);
    },
    close: (n) => events.push(["close", n]),
    text: (t) => {
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += t;
      else events.push(["text", t]);
    },
  };
  if (slice === undefined) scanXml(xml, on, true);
  else scanXmlBytes(Buffer.from(xml, "utf8"), on, slice);
  // The white space around the root element is not part of it (jsdom's walk starts at the root).
  while (events[0]?.[0] === "text") events.shift();
  while (events[events.length - 1]?.[0] === "text") events.pop();
  return events.filter((e) => e[0] !== "text" || e[1] !== "");
}

/** The same events from jsdom's DOM. */
function reference(xml: string): Event[] {
  const doc = new JSDOM(xml, { contentType: "text/xml" }).window.document;
  const events: Event[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 1) {
      const el = node as Element;
      const attributes = Object.fromEntries(
        Array.from(el.attributes).map((a) => [a.name, a.value])
      );
      events.push(["open", el.tagName, attributes]);
      node.childNodes.forEach(walk);
      events.push(["close", el.tagName]);
    } else if (node.nodeType === 3 || node.nodeType === 4) {
      const last = events[events.length - 1];
      if (last?.[0] === "text") last[1] += node.nodeValue!;
      else events.push(["text", node.nodeValue!]);
    }
  };
  walk(doc.documentElement);
  return events.filter((e) => e[0] !== "text" || e[1] !== "");
}

const SHEET = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!-- a comment with <c> and > inside -->
<x:worksheet xmlns:x="urn:main" xmlns:r="urn:r"><x:sheetData>
<x:row r="1" spans="1:3"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1" s='2'><x:v>1054074.4</x:v></x:c>
<x:c r="C1" t="inlineStr"><x:is><x:r><x:t xml:space="preserve">Ақмола &amp; &lt;Астана&gt; &#1040;&#x416; </x:t></x:r><x:rPh sb="0" eb="1"><x:t>ｱ</x:t></x:rPh></x:is></x:c></x:row>
<x:row r="3"><x:c r="A3"/><x:c r="B3" t="str"><x:f>A1&amp;"x"</x:f><x:v><![CDATA[a <b> & c]]></x:v></x:c></x:row>
</x:sheetData></x:worksheet>`;

describe("xml-scan", () => {
  it("gives jsdom's events for a sheet with prefixes, entities, CDATA, comments and self-closing cells", () => {
    expect(scanned(SHEET)).toEqual(reference(SHEET));
  });

  it("gives the same events whatever slices the bytes come in (1 to 64 bytes)", () => {
    const whole = scanned(SHEET);
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 }), (slice) => {
        expect(scanned(SHEET, slice)).toEqual(whole);
      })
    );
  });

  it("decodes the five entities and character references, and leaves unknown ones", () => {
    expect(decodeEntities("&lt;&gt;&amp;&quot;&apos;&#65;&#x42;&nbsp;")).toBe("<>&\"'AB&nbsp;");
  });

  it("refuses XML that ends inside a tag", () => {
    expect(() => scanXml("<a><b", {}, true)).toThrow(/ends inside a tag/);
  });
});

describe("cell references", () => {
  it.each([
    ["A1", [0, 0]],
    ["Z9", [8, 25]],
    ["AA10", [9, 26]],
    ["XFD1048576", [1048575, 16383]],
  ] as const)("%s is row and column %p", (ref, at) => {
    expect(cellIndex(ref)).toEqual(at);
    expect(cellName(at[0], at[1])).toBe(ref);
  });

  it.each(["", "A", "1", "A0", "a1", "AAAA1", "A12345678", "1A", "A1B"])("%p is not one", (ref) => {
    expect(cellIndex(ref)).toBeNull();
  });
});
