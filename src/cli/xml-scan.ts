/**
 * A small scanner of the XML an .xlsx holds: start tags with their attributes, end tags and text,
 * handed over as they come, text fed in pieces. It is not a validating parser: it knows comments,
 * CDATA, processing instructions, self-closing tags and the five entities plus character
 * references, which is all spreadsheet parts use. Why not a SAX library: a 10,000-region sheet is
 * 800,000 events, and saxes took half a second for them where this takes a tenth.
 */

/** A start tag: its name, and its attributes read only when asked for (most tags are never asked). */
export class XmlTag {
  private parsed: Record<string, string> | null = null;
  constructor(
    /** As written, with any prefix: "c", "x:c". */
    readonly name: string,
    private readonly body: string
  ) {}

  /** One attribute's value, or undefined: a search of the tag, no object made. */
  attribute(name: string): string | undefined {
    const { body } = this;
    for (
      let at = body.indexOf(name, this.name.length);
      at !== -1;
      at = body.indexOf(name, at + 1)
    ) {
      const before = body.charCodeAt(at - 1);
      let i = at + name.length;
      // Preceded by white space, followed by "=" (maybe spaced) and a quote.
      if (before !== 32 && before !== 9 && before !== 10 && before !== 13) continue;
      while (body[i] === " ") i++;
      if (body[i] !== "=") continue;
      i++;
      while (body[i] === " ") i++;
      const quote = body[i];
      if (quote !== '"' && quote !== "'") continue;
      const end = body.indexOf(quote, i + 1);
      return end === -1 ? undefined : decodeEntities(body.slice(i + 1, end));
    }
    return undefined;
  }

  get attributes(): Record<string, string> {
    if (this.parsed) return this.parsed;
    const out: Record<string, string> = {};
    ATTRIBUTE.lastIndex = this.name.length;
    for (let m = ATTRIBUTE.exec(this.body); m; m = ATTRIBUTE.exec(this.body))
      out[m[1]] = decodeEntities(m[2] ?? m[3]);
    return (this.parsed = out);
  }
}

export interface XmlHandlers {
  open?: (tag: XmlTag) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text with its entities and character references replaced. */
export function decodeEntities(text: string): string {
  if (text.indexOf("&") === -1) return text;
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, ref: string) => {
    if (ref[0] !== "#") return ENTITIES[ref] ?? whole;
    const code = ref[1] === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

const ATTRIBUTE = /([^\s=/]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

function startTag(body: string): XmlTag {
  let end = 0;
  while (end < body.length) {
    const c = body.charCodeAt(end);
    if (c === 32 || c === 9 || c === 10 || c === 13 || c === 47) break;
    end++;
  }
  return new XmlTag(end === body.length ? body : body.slice(0, end), body);
}

/**
 * Scans `text` from its start and returns how much of it was taken; the rest (an unfinished tag,
 * comment or text run) is to be given again with what follows. With `final`, all is taken.
 */
export function scanXml(text: string, on: XmlHandlers, final: boolean): number {
  let i = 0;
  const n = text.length;
  while (i < n) {
    if (text.charCodeAt(i) !== 60 /* < */) {
      const next = text.indexOf("<", i);
      if (next === -1 && !final) break;
      const end = next === -1 ? n : next;
      on.text?.(decodeEntities(text.slice(i, end)));
      i = end;
      continue;
    }
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      if (end === -1) break;
      i = end + 3;
    } else if (text.startsWith("<![CDATA[", i)) {
      const end = text.indexOf("]]>", i + 9);
      if (end === -1) break;
      on.text?.(text.slice(i + 9, end));
      i = end + 3;
    } else {
      const end = text.indexOf(">", i + 1);
      if (end === -1) break;
      const first = text[i + 1];
      if (first === "/") on.close?.(text.slice(i + 2, end).trim());
      else if (first !== "?" && first !== "!") {
        const selfClosing = text[end - 1] === "/";
        const tag = startTag(text.slice(i + 1, selfClosing ? end - 1 : end));
        on.open?.(tag);
        if (selfClosing) on.close?.(tag.name);
      }
      i = end + 1;
    }
  }
  if (final && i < n) throw new Error("the XML ends inside a tag");
  return i;
}

/** Scans a whole part given as bytes, a slice at a time: the text is never held whole. */
export function scanXmlBytes(bytes: Uint8Array, on: XmlHandlers, slice = 1 << 20): void {
  const decoder = new TextDecoder("utf-8");
  let pending = "";
  for (let start = 0; start < bytes.length; start += slice) {
    const last = start + slice >= bytes.length;
    pending += decoder.decode(bytes.subarray(start, start + slice), { stream: !last });
    pending = pending.slice(scanXml(pending, on, last));
  }
}
