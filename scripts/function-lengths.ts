/**
 * The longest functions of `src/`, by lines from the first line of the declaration to its last,
 * found with the TypeScript compiler API (declarations, methods, arrow functions and function
 * expressions, React components included). `npx tsx scripts/function-lengths.ts [count] [min]`
 * prints the `count` longest (default 5), or every one of at least `min` lines.
 */
import { readdirSync, readFileSync, statSync } from "fs";
import { join, relative } from "path";
import * as ts from "typescript";

const ROOT = join(__dirname, "..");

interface FunctionLength {
  name: string;
  file: string;
  line: number;
  lines: number;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry) && !entry.endsWith(".d.ts") ? [path] : [];
  });
}

/** A function's name: its own, or that of the variable, property or method it is assigned to. */
function nameOf(node: ts.FunctionLikeDeclaration): string {
  if (node.name && ts.isIdentifier(node.name)) return node.name.text;
  const parent = node.parent;
  if (parent && (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)))
    return ts.isIdentifier(parent.name) ? parent.name.text : "(anonymous)";
  if (parent && ts.isCallExpression(parent)) return `(callback of ${parent.expression.getText()})`;
  return "(anonymous)";
}

function functionsOf(file: string): FunctionLength[] {
  const source = ts.createSourceFile(
    file,
    readFileSync(file, "utf8"),
    ts.ScriptTarget.Latest,
    true
  );
  const found: FunctionLength[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isFunctionLike(node) && "body" in node && node.body) {
      const fn = node as ts.FunctionLikeDeclaration;
      const start = source.getLineAndCharacterOfPosition(fn.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(fn.getEnd()).line;
      found.push({
        name: nameOf(fn),
        file: relative(ROOT, file),
        line: start + 1,
        lines: end - start + 1,
      });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

export function functionLengths(dir = join(ROOT, "src")): FunctionLength[] {
  return sourceFiles(dir)
    .flatMap(functionsOf)
    .sort((a, b) => b.lines - a.lines);
}

if (require.main === module) {
  const count = Number(process.argv[2] ?? 5);
  const min = process.argv[3] === undefined ? Infinity : Number(process.argv[3]);
  const all = functionLengths();
  const shown = all.filter((f, i) => i < count || f.lines >= min);
  for (const f of shown)
    console.log(`${String(f.lines).padStart(4)}  ${f.name}  ${f.file}:${f.line}`);
}
