/**
 * Offline checks of the add-in manifest (office-addin-manifest's `validate` calls an online
 * service). Not a full XSD validation: it checks what this add-in relies on and what usually
 * breaks: the shared runtime, the CLUSTER custom functions, every resid resolving to a resource
 * of the right kind, https everywhere, string lengths, and no localhost in a production build.
 * Used by `npm run validate` and by test/manifest.test.ts.
 */
import { existsSync } from "fs";
import { join } from "path";
import { JSDOM } from "jsdom";

export const DEV_URL = "https://localhost:3000/";
export const NAMESPACE = "CLUSTER";

export interface ManifestFacts {
  id: string | null;
  version: string | null;
  namespace: string | null;
  runtime: { resid: string | null; lifetime: string | null } | null;
  urls: Record<string, string>;
  /** Every URL in the manifest (resources, icons, source locations, domains). */
  allUrls: string[];
}

/** Where a resid must point, by the element that carries it. */
const RESOURCE_KIND: Record<string, "Images" | "Urls" | "Strings"> = {
  "bt:Image": "Images",
  SourceLocation: "Urls",
  LearnMoreUrl: "Urls",
  FunctionFile: "Urls",
  Runtime: "Urls",
  Label: "Strings",
  Title: "Strings",
  Description: "Strings",
  Namespace: "Strings",
};

const SHORT_STRING_MAX = 125;
const LONG_STRING_MAX = 250;

function parse(xml: string): Document {
  const document = new new JSDOM("").window.DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`manifest is not well-formed XML: ${error.textContent?.trim()}`);
  return document;
}

const all = (root: Document | Element, tag: string) => Array.from(root.getElementsByTagName(tag));
const first = (root: Document | Element, tag: string) => root.getElementsByTagName(tag)[0] ?? null;
const text = (root: Document | Element, tag: string) =>
  first(root, tag)?.textContent?.trim() ?? null;

/** Reads the facts tests assert on, and lists every problem found. */
export function checkManifest(
  xml: string,
  options: { production?: boolean; assetsDir?: string } = {}
): {
  facts: ManifestFacts;
  problems: string[];
} {
  const problems: string[] = [];
  const doc = parse(xml);
  const root = doc.documentElement;
  if (root.tagName !== "OfficeApp")
    problems.push(`root element is <${root.tagName}>, not <OfficeApp>`);
  if (root.getAttribute("xsi:type") !== "TaskPaneApp")
    problems.push("OfficeApp must be xsi:type TaskPaneApp");

  const id = text(root, "Id");
  if (!id || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
    problems.push(`Id "${id}" is not a GUID`);
  const version = text(root, "Version");
  if (!version || !/^\d+(\.\d+){0,3}$/.test(version))
    problems.push(`Version "${version}" is not n.n.n.n`);
  for (const tag of ["ProviderName", "DefaultLocale"])
    if (!text(root, tag)) problems.push(`<${tag}> is missing or empty`);
  for (const tag of [
    "DisplayName",
    "Description",
    "IconUrl",
    "HighResolutionIconUrl",
    "SupportUrl",
  ]) {
    if (!first(root, tag)?.getAttribute("DefaultValue"))
      problems.push(`<${tag}> has no DefaultValue`);
  }
  if (!all(root, "Host").some((h) => h.getAttribute("Name") === "Workbook"))
    problems.push('no <Host Name="Workbook"> (Excel)');
  const sharedRuntime = all(root, "Set").find((s) => s.getAttribute("Name") === "SharedRuntime");
  if (!sharedRuntime || sharedRuntime.getAttribute("MinVersion") !== "1.1")
    problems.push("Requirements must ask for SharedRuntime 1.1");
  if (text(root, "Permissions") !== "ReadWriteDocument")
    problems.push("Permissions must be ReadWriteDocument (the task pane writes sheets)");

  // Resources, by kind; ids must be unique across the manifest.
  const resources = new Map<
    string,
    { kind: "Images" | "Urls" | "Strings"; value: string; long: boolean }
  >();
  const addResources = (tag: string, kind: "Images" | "Urls" | "Strings") => {
    const container = first(root, tag);
    if (!container) return;
    for (const item of Array.from(container.children)) {
      const rid = item.getAttribute("id") ?? "";
      if (resources.has(rid)) problems.push(`resource id "${rid}" is defined twice`);
      resources.set(rid, {
        kind,
        value: item.getAttribute("DefaultValue") ?? "",
        long: tag === "bt:LongStrings",
      });
    }
  };
  addResources("bt:Images", "Images");
  addResources("bt:Urls", "Urls");
  addResources("bt:ShortStrings", "Strings");
  addResources("bt:LongStrings", "Strings");

  const used = new Set<string>();
  for (const element of Array.from(root.getElementsByTagName("*"))) {
    const resid = element.getAttribute("resid");
    if (resid === null) continue;
    used.add(resid);
    const resource = resources.get(resid);
    const expected = RESOURCE_KIND[element.tagName];
    if (!resource) problems.push(`<${element.tagName} resid="${resid}"> refers to no resource`);
    else if (expected && resource.kind !== expected) {
      problems.push(
        `<${element.tagName} resid="${resid}"> needs a ${expected} resource, "${resid}" is in ${resource.kind}`
      );
    }
  }
  for (const rid of resources.keys())
    if (!used.has(rid)) problems.push(`resource "${rid}" is never used`);
  for (const [rid, r] of resources) {
    if (r.kind !== "Strings") continue;
    const max = r.long ? LONG_STRING_MAX : SHORT_STRING_MAX;
    if (r.value.length === 0) problems.push(`string "${rid}" is empty`);
    if (r.value.length > max)
      problems.push(`string "${rid}" has ${r.value.length} characters, more than ${max}`);
  }

  // Shared runtime and custom functions.
  const runtimeElement = first(root, "Runtime");
  const runtime = runtimeElement
    ? {
        resid: runtimeElement.getAttribute("resid"),
        lifetime: runtimeElement.getAttribute("lifetime"),
      }
    : null;
  if (!runtime || runtime.lifetime !== "long")
    problems.push('the shared runtime needs <Runtime lifetime="long">');
  const customFunctions = all(root, "ExtensionPoint").find(
    (e) => e.getAttribute("xsi:type") === "CustomFunctions"
  );
  let namespace: string | null = null;
  if (!customFunctions) problems.push('no <ExtensionPoint xsi:type="CustomFunctions">');
  else {
    for (const part of ["Script", "Page", "Metadata"]) {
      if (!first(customFunctions, part)?.getElementsByTagName("SourceLocation")[0])
        problems.push(`CustomFunctions has no ${part}/SourceLocation`);
    }
    const pageResid = first(customFunctions, "Page")
      ?.getElementsByTagName("SourceLocation")[0]
      ?.getAttribute("resid");
    if (runtime && pageResid !== runtime.resid)
      problems.push("the custom functions' Page must be the shared runtime's page");
    const nsResid = first(customFunctions, "Namespace")?.getAttribute("resid");
    namespace = nsResid ? (resources.get(nsResid)?.value ?? null) : null;
    if (namespace !== NAMESPACE)
      problems.push(`the custom functions' namespace is "${namespace}", not "${NAMESPACE}"`);
  }
  const functionFile = first(root, "FunctionFile")?.getAttribute("resid");
  if (runtime && functionFile !== runtime.resid)
    problems.push("FunctionFile must be the shared runtime's page");
  const showTaskpane = all(root, "Action").find(
    (a) => a.getAttribute("xsi:type") === "ShowTaskpane"
  );
  if (!showTaskpane) problems.push("no ribbon button opens the task pane (Action ShowTaskpane)");
  else if (
    runtime &&
    first(showTaskpane, "SourceLocation")?.getAttribute("resid") !== runtime.resid
  ) {
    problems.push("the task pane button must open the shared runtime's page");
  }
  const controlIds = all(root, "Control").map((c) => c.getAttribute("id"));
  if (new Set(controlIds).size !== controlIds.length) problems.push("control ids are not unique");

  // URLs: https everywhere; icons present in assets/; localhost only in the development manifest.
  const urls: Record<string, string> = {};
  for (const [rid, r] of resources) if (r.kind !== "Strings") urls[rid] = r.value;
  const allUrls = [
    ...Object.values(urls),
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl", "SourceLocation"]
      .flatMap((tag) => all(root, tag).map((e) => e.getAttribute("DefaultValue")))
      .filter((v): v is string => !!v),
    ...all(root, "AppDomain").map((e) => e.textContent?.trim() ?? ""),
    ...overrideUrls(root),
  ];
  for (const url of allUrls)
    if (!url.startsWith("https://")) problems.push(`URL "${url}" is not https`);
  if (options.production) {
    for (const url of allUrls)
      if (url.includes("localhost")) problems.push(`production manifest still points at ${url}`);
  }
  if (options.assetsDir) {
    for (const url of allUrls) {
      const match = /\/assets\/([^/?#]+)$/.exec(url);
      if (match && !existsSync(join(options.assetsDir, match[1])))
        problems.push(`icon ${match[1]} is not in assets/`);
    }
  }
  return { facts: { id, version, namespace, runtime, urls, allUrls }, problems };
}

/** The localised URLs: Override values of URL resources and of SupportUrl (ru-RU help and metadata). */
function overrideUrls(root: Element): string[] {
  const holders = [...all(root, "bt:Url"), ...all(root, "SupportUrl")];
  return holders.flatMap((h) =>
    [...all(h, "bt:Override"), ...all(h, "Override")]
      .map((o) => o.getAttribute("Value") ?? "")
      .filter((v) => v !== "")
  );
}
