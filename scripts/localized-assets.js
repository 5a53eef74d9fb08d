/* global require, module, __dirname */
/**
 * What the build adds for other languages (used by webpack.config.js and the tests):
 * - the Russian functions metadata, dist/functions.ru-RU.json: the generated English
 *   functions.json with descriptions and parameter help from src/functions/metadata.ru.json
 *   (one source of translations keyed by function id; ids and names stay the same);
 * - the help pages, dist/help/functions.en.html from docs/FUNCTIONS.md (the one English
 *   reference, the README links to it) and dist/help/functions.ru.html from the same Russian
 *   translations; one anchor per function, the heading's GitHub anchor ("clusterinnov_index");
 * - the user guide, dist/help/guide.en.html and guide.ru.html from README.md and README.ru.md:
 *   the manifest's SupportUrl and the pane's help link open it.
 */
const fs = require("fs");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const TRANSLATIONS = path.join(ROOT, "src", "functions", "metadata.ru.json");
const ENGLISH_REFERENCE = path.join(ROOT, "docs", "FUNCTIONS.md");
const GUIDES = { en: path.join(ROOT, "README.md"), ru: path.join(ROOT, "README.ru.md") };

function readTranslations() {
  return JSON.parse(fs.readFileSync(TRANSLATIONS, "utf8"));
}

/**
 * The English metadata with every description in the other language. Problems: an English id or
 * parameter without a translation, a translation for an id or parameter that does not exist.
 */
function localizeFunctions(english, translations) {
  const problems = [];
  const functions = english.functions.map((f) => {
    const t = translations[f.id];
    if (!t) {
      problems.push(`${f.id}: no translation`);
      return f;
    }
    const parameters = (f.parameters || []).map((p) => {
      const help = t.parameters && t.parameters[p.name];
      if (!help) problems.push(`${f.id}: no translation of parameter ${p.name}`);
      return help ? { ...p, description: help } : p;
    });
    const known = new Set((f.parameters || []).map((p) => p.name));
    for (const name of Object.keys(t.parameters || {}))
      if (!known.has(name)) problems.push(`${f.id}: parameter ${name} is not in functions.json`);
    // Help opens the Russian page, same anchor.
    const helpUrl =
      f.helpUrl && f.helpUrl.replace("help/functions.en.html", "help/functions.ru.html");
    return { ...f, description: t.description, parameters, ...(helpUrl ? { helpUrl } : {}) };
  });
  const ids = new Set(english.functions.map((f) => f.id));
  for (const id of Object.keys(translations))
    if (!ids.has(id)) problems.push(`${id}: translated but not in functions.json`);
  return { metadata: { ...english, functions }, problems };
}

/** GitHub's heading anchors: lower case, punctuation other than "-" and "_" dropped, spaces to "-". */
function slug(heading) {
  return heading
    .trim()
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s_-]/gu, "")
    .replace(/\s/g, "-");
}

const escapeHtml = (s) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Inline Markdown: code spans, bold, italics, links. */
function inline(text) {
  const codes = [];
  let s = text.replace(/`([^`]+)`/g, (_, code) => {
    codes.push(`<code>${escapeHtml(code)}</code>`);
    return `\uE000${codes.length - 1}\uE000`;
  });
  s = escapeHtml(s)
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/(^|[\s(])\*([^*\s][^*]*)\*/g, "$1<em>$2</em>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label, href) => `<a href="${href}">${label}</a>`);
  return s.replace(/\uE000(\d+)\uE000/g, (_, i) => codes[Number(i)]);
}

/**
 * The Markdown the reference documents use, as HTML: headings (with their GitHub anchors as
 * ids), paragraphs, lists, tables and fenced code. Not a general Markdown converter.
 */
function markdownToHtml(markdown) {
  const lines = markdown.replace(/\r\n/g, "\n").split("\n");
  const out = [];
  let i = 0;
  const isBlockStart = (l) => /^(#{1,6}\s|```|\s*[-*]\s|\||\d+\.\s)/.test(l);
  while (i < lines.length) {
    const line = lines[i];
    if (line.trim() === "") {
      i++;
      continue;
    }
    if (line.startsWith("```")) {
      const code = [];
      for (i++; i < lines.length && !lines[i].startsWith("```"); i++) code.push(lines[i]);
      i++;
      out.push(`<pre><code>${escapeHtml(code.join("\n"))}</code></pre>`);
      continue;
    }
    const heading = /^(#{1,6})\s+(.+?)\s*#*\s*$/.exec(line);
    if (heading) {
      const level = heading[1].length;
      out.push(`<h${level} id="${slug(heading[2])}">${inline(heading[2])}</h${level}>`);
      i++;
      continue;
    }
    if (line.startsWith("|")) {
      const rows = [];
      for (; i < lines.length && lines[i].startsWith("|"); i++) rows.push(lines[i]);
      const cells = (row) =>
        row
          .replace(/^\||\|$/g, "")
          .split(/(?<!\\)\|/)
          .map((c) => inline(c.trim().replace(/\\\|/g, "|")));
      const body = rows.slice(2).map(
        (r) =>
          `<tr>${cells(r)
            .map((c) => `<td>${c}</td>`)
            .join("")}</tr>`
      );
      out.push(
        `<table><thead><tr>${cells(rows[0])
          .map((c) => `<th scope="col">${c}</th>`)
          .join("")}</tr></thead><tbody>${body.join("")}</tbody></table>`
      );
      continue;
    }
    const list = /^\s*([-*]|\d+\.)\s/.exec(line);
    if (list) {
      const ordered = /\d/.test(list[1]);
      const items = [];
      for (; i < lines.length && lines[i].trim() !== "" && !/^(#|```|\|)/.test(lines[i]); i++) {
        if (/^\s*([-*]|\d+\.)\s/.test(lines[i]) && !/^\s{2,}/.test(lines[i]))
          items.push(lines[i].replace(/^\s*([-*]|\d+\.)\s/, ""));
        else items[items.length - 1] += ` ${lines[i].trim()}`;
      }
      const tag = ordered ? "ol" : "ul";
      out.push(`<${tag}>${items.map((it) => `<li>${inline(it)}</li>`).join("")}</${tag}>`);
      continue;
    }
    const para = [];
    for (
      ;
      i < lines.length && lines[i].trim() !== "" && (para.length === 0 || !isBlockStart(lines[i]));
      i++
    )
      para.push(lines[i].trim());
    out.push(`<p>${inline(para.join(" "))}</p>`);
  }
  return out.join("\n");
}

const STYLE = `body{font-family:"Segoe UI",system-ui,sans-serif;max-width:60rem;margin:0 auto;padding:1rem;line-height:1.45;color:#201f1e}
table{border-collapse:collapse;margin:.5rem 0}th,td{border:1px solid #c8c6c4;padding:.25rem .5rem;text-align:left;vertical-align:top}
code{background:#f3f2f1;padding:0 .2rem}pre{background:#f3f2f1;padding:.5rem;overflow-x:auto}h3{margin-top:2rem;border-bottom:1px solid #edebe9}`;

/** A whole help page: the document's first heading as the title, the language on <html>. */
function helpPage(lang, markdown) {
  const heading = /^#\s+(.+)$/m.exec(markdown);
  const title = heading ? heading[1] : "CLUSTER";
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
${markdownToHtml(markdown)}
</main>
</body>
</html>
`;
}

/** The Russian function reference, written from the translations in the English metadata's order. */
function russianReference(english, translations) {
  const lines = [
    "# Функции листа CLUSTER",
    "",
    "Введите `=CLUSTER.` в ячейке, чтобы увидеть список. Имена функций одинаковы во всех языках, поэтому формулы переносятся между версиями Excel. Подробное описание с примерами на английском: [functions.en.html](functions.en.html).",
    "",
    "Функции, оценивающие регионы, принимают строку региона и весь блок регионов (в нём лидеры): заполните формулу вниз или введите одну формулу на все строки, результат разольётся по ячейкам.",
    "",
  ];
  for (const f of english.functions) {
    const t = translations[f.id];
    if (!t) continue;
    const signature = (f.parameters || [])
      .map((p) => (p.optional ? `[${p.name}]` : p.name))
      .join(", ");
    lines.push(
      `## CLUSTER.${f.name}`,
      "",
      t.description,
      "",
      `\`CLUSTER.${f.name}(${signature})\``,
      ""
    );
    if ((f.parameters || []).length > 0) {
      lines.push("| параметр | значение |", "|---|---|");
      for (const p of f.parameters) {
        const help = ((t.parameters || {})[p.name] || "").replace(/\|/g, "\\|");
        lines.push(`| ${p.name}${p.optional ? " (необязательный)" : ""} | ${help} |`);
      }
      lines.push("");
    }
  }
  return lines.join("\n");
}

/** The webpack plugin: emits the Russian metadata and the help pages next to functions.json. */
class LocalizedAssetsPlugin {
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    const { webpack } = compiler;
    compiler.hooks.thisCompilation.tap("LocalizedAssetsPlugin", (compilation) => {
      compilation.hooks.processAssets.tap(
        {
          name: "LocalizedAssetsPlugin",
          stage: webpack.Compilation.PROCESS_ASSETS_STAGE_ADDITIONAL,
        },
        () => {
          const { urlDev, urlProd, dev } = this.options;
          const toHost = (text) => (dev ? text : text.split(urlDev).join(urlProd));
          const asset = compilation.getAsset("functions.json");
          if (!asset) return;
          const english = JSON.parse(asset.source.source().toString());
          // Error cells reach the functions, which pass them on naming the cell (Excel's own
          // functions propagate them too). Office documents this flag for hand-written metadata
          // only: the JSDoc generator writes allowCustomDataForDataTypeAny but has no tag for it.
          english.allowErrorForDataTypeAny = true;
          const translations = readTranslations();
          const { metadata, problems } = localizeFunctions(english, translations);
          // A missing translation is a warning here and a failure in test/functions-ru.test.ts.
          for (const p of problems)
            compilation.warnings.push(new webpack.WebpackError(`functions.ru-RU.json: ${p}`));
          const emit = (name, text) =>
            compilation.emitAsset(name, new webpack.sources.RawSource(toHost(text)));
          compilation.updateAsset(
            "functions.json",
            new webpack.sources.RawSource(toHost(JSON.stringify(english, null, 2)))
          );
          emit("functions.ru-RU.json", JSON.stringify(metadata, null, 2));
          emit(
            "help/functions.en.html",
            helpPage("en", fs.readFileSync(ENGLISH_REFERENCE, "utf8"))
          );
          emit("help/functions.ru.html", helpPage("ru", russianReference(english, translations)));
          for (const [lang, file] of Object.entries(GUIDES)) {
            emit(`help/guide.${lang}.html`, helpPage(lang, fs.readFileSync(file, "utf8")));
            compilation.fileDependencies.add(file);
          }
          compilation.fileDependencies.add(ENGLISH_REFERENCE);
          compilation.fileDependencies.add(TRANSLATIONS);
        }
      );
    });
  }
}

module.exports = {
  ENGLISH_REFERENCE,
  GUIDES,
  LocalizedAssetsPlugin,
  helpPage,
  localizeFunctions,
  markdownToHtml,
  readTranslations,
  russianReference,
  slug,
};
