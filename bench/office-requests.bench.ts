/**
 * The task pane's write of a 10,000-region rating sheet, against a recording stand-in for
 * Office.js: how many syncs, and what each request carries (the JSON of the values, formulas and
 * number formats set before its sync; Excel on the web refuses a request over 5 MB, the target is
 * every request under 4 MB). The baseline is the same plan sent as one request (its total).
 */
import { buildRatingPlan, rateYear, readYearbookTable } from "../src/sheet";
import { writePlan } from "../src/office/excel-workbook";
import { syntheticGrid } from "../test/fixtures/synthetic";

const PAYLOAD = new Set(["values", "formulas", "formulasR1C1", "numberFormat"]);

/** An Excel.run stand-in: every object is a recorder; sets of cell data are measured per request. */
function recordingRun() {
  const perRequest: number[] = [0];
  /** Method calls and property sets per request: each is an action with its own JSON in the request. */
  const actions: number[] = [0];
  let syncs = 0;
  const node = (): any => {
    const store = new Map<PropertyKey, unknown>();
    return new Proxy(function () {}, {
      get(_target, prop) {
        if (prop === "then") return undefined;
        if (!store.has(prop)) store.set(prop, node());
        return store.get(prop);
      },
      set(_target, prop, value) {
        if (PAYLOAD.has(String(prop)))
          perRequest[perRequest.length - 1] += JSON.stringify(value).length;
        actions[actions.length - 1]++;
        store.set(prop, value);
        return true;
      },
      apply: () => {
        actions[actions.length - 1]++;
        return node();
      },
    });
  };
  let added = 0;
  const context = {
    workbook: {
      // Calculation suspended until the next sync and the undo group's calls: recorded as actions.
      application: node(),
      worksheets: {
        items: [] as { name: string }[],
        load() {},
        add(name: string) {
          const sheet = node();
          sheet.name = name;
          sheet.id = `added-${added++}`;
          return sheet;
        },
      },
    },
    sync: async () => {
      syncs++;
      perRequest.push(0);
      actions.push(0);
    },
  };
  return {
    run: <T>(batch: (c: Excel.RequestContext) => Promise<T>) =>
      batch(context as unknown as Excel.RequestContext),
    perRequest: () => perRequest.slice(0, syncs),
    actions: () => actions.slice(0, syncs),
    syncs: () => syncs,
  };
}

const mb = (b: number) => (b / 2 ** 20).toFixed(2);

export default async function (): Promise<void> {
  const plan = buildRatingPlan([
    rateYear(readYearbookTable(syntheticGrid(10_000), { year: "2020" })),
  ]);
  const fake = recordingRun();
  const t0 = performance.now();
  const result = await writePlan(plan, () => {}, fake.run);
  const ms = performance.now() - t0;
  const sizes = fake.perRequest();
  const actions = fake.actions();
  const total = sizes.reduce((a, b) => a + b, 0);
  console.log(
    `pane write, 10,000 regions: ${result.syncs} syncs (3 for an ordinary sheet); requests ${sizes.map(mb).join(" + ")} MB` +
      ` = ${mb(total)} MB of cell data as one request; largest ${mb(Math.max(...sizes))} MB (target < 4 MB; ${(Math.max(...sizes) / total).toFixed(2)}x the one-request payload)`
  );
  console.log(`  actions (calls and property sets) per request: ${actions.join(", ")}`);
  console.log(
    `  writer's own estimates per write request: ${result.requestBytes!.map(mb).join(", ")} MB; queued in ${ms.toFixed(0)} ms`
  );
}
