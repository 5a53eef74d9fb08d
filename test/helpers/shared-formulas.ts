/**
 * Excel's shared formulas read back as each cell's own formula, the way a spreadsheet resolves
 * them: the master's text with its relative references moved by the cell's offset from the
 * master (exceljs's slideFormula, outside string literals and quoted sheet names; not the
 * writer's own R1C1 code). Checks Excel's rules on the way: a child's master comes before it,
 * the master is the top-left cell of its `ref`, the child lies in that range, `si` is unique.
 */
const { slideFormula } = require("exceljs/lib/utils/shared-formula") as {
  slideFormula(formula: string, from: string, to: string): string;
};
const { xmlEncode } = require("exceljs/lib/utils/utils") as { xmlEncode(text: string): string };

const QUOTED = /("(?:[^"]|"")*"|'(?:[^']|'')*')/;

/** A formula moved from one cell to another as a spreadsheet moves a shared formula. */
export function slide(formula: string, from: string, to: string): string {
  return formula
    .split(QUOTED)
    .map((part, i) => (i % 2 === 1 ? part : slideFormula(part, from, to)))
    .join("");
}

const ENTITIES: Record<string, string> = {
  quot: '"',
  amp: "&",
  apos: "'",
  lt: "<",
  gt: ">",
};

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) =>
    e.startsWith("#x")
      ? String.fromCodePoint(parseInt(e.slice(2), 16))
      : e.startsWith("#")
        ? String.fromCodePoint(Number(e.slice(1)))
        : (ENTITIES[e] ?? m)
  );
}

function position(address: string): [number, number] {
  const m = /^([A-Z]+)(\d+)$/.exec(address)!;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + ch.charCodeAt(0) - 64;
  return [Number(m[2]), col];
}

interface Master {
  address: string;
  formula: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** A cell's formula element: plain, a shared formula's master, or one of its children. */
const CELL_FORMULA =
  /<c r="([A-Z]+\d+)"([^>]*)>(?:<f>([^<]*)<\/f>|<f t="shared" ref="([A-Z]+\d+):([A-Z]+\d+)" si="(\d+)">([^<]*)<\/f>|<f t="shared" si="(\d+)"\/>)/g;

export interface ResolvedSheet {
  /** The sheet's markup with every shared formula written as the cell's own `<f>`. */
  xml: string;
  /** Each formula cell's own formula (decoded), by address. */
  formulas: Map<string, string>;
  masters: number;
  children: number;
}

/** Resolves the shared formulas of a worksheet's markup; throws where Excel's rules are broken. */
export function resolveSharedFormulas(sheetXml: string): ResolvedSheet {
  const masters = new Map<string, Master>();
  const formulas = new Map<string, string>();
  let children = 0;
  const xml = sheetXml.replace(
    CELL_FORMULA,
    (_m, address: string, attributes: string, plain, from, to, si, text, childSi) => {
      const open = `<c r="${address}"${attributes}>`;
      if (plain !== undefined) {
        formulas.set(address, decodeXml(plain));
        return `${open}<f>${plain}</f>`;
      }
      if (si !== undefined) {
        if (masters.has(si)) throw new Error(`si ${si} used by two masters (${address})`);
        if (from !== address) throw new Error(`${address}: master of ${from}:${to}`);
        const [top, left] = position(from);
        const [bottom, right] = position(to);
        const formula = decodeXml(text);
        masters.set(si, { address, formula, top, left, bottom, right });
        formulas.set(address, formula);
        return `${open}<f>${text}</f>`;
      }
      const master = masters.get(childSi);
      if (!master) throw new Error(`${address}: shared formula ${childSi} has no master before it`);
      const [r, c] = position(address);
      if (r < master.top || r > master.bottom || c < master.left || c > master.right)
        throw new Error(`${address}: outside the range of shared formula ${childSi}`);
      children++;
      const formula = slide(master.formula, master.address, address);
      formulas.set(address, formula);
      return `${open}<f>${xmlEncode(formula)}</f>`;
    }
  );
  return { xml, formulas, masters: masters.size, children };
}
