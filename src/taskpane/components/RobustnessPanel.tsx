/**
 * The robustness check in the pane (issue 15): the choice before Build (a switch, the runs, the
 * seed), the progress of the analysis while it runs, and the rank interval of each region in the
 * check step.
 */
import { Field, Input, ProgressBar } from "@fluentui/react-components";
import { useState } from "react";
import { formatNumber } from "../../i18n";
import type { RobustnessResult } from "../../core/robustness";
import { useLanguage } from "../lang";
import { PANE_MAX_RUNS, type RobustnessChoice, type RobustnessProgress } from "../robustness";

export interface RobustnessPanelProps {
  choice: RobustnessChoice;
  onChange(choice: RobustnessChoice): void;
  progress: RobustnessProgress | null;
  disabled: boolean;
}

/** A whole-number field that only passes on values in range; its text stays as typed. */
function WholeNumber(props: {
  label: string;
  value: number;
  min: number;
  max: number;
  disabled: boolean;
  onValue(n: number): void;
}) {
  const { t, lang } = useLanguage();
  const [text, setText] = useState(String(props.value));
  const n = /^\d+$/.test(text.trim()) ? Number(text.trim()) : NaN;
  const ok = n >= props.min && n <= props.max;
  return (
    <Field
      label={props.label}
      validationState={ok ? "none" : "error"}
      validationMessage={
        ok
          ? undefined
          : t("robust.pane.badNumber", {
              min: formatNumber(lang, props.min, 0),
              max: formatNumber(lang, props.max, 0),
            })
      }
    >
      <Input
        value={text}
        inputMode="numeric"
        disabled={props.disabled}
        onChange={(_, d) => {
          setText(d.value);
          const v = /^\d+$/.test(d.value.trim()) ? Number(d.value.trim()) : NaN;
          if (v >= props.min && v <= props.max) props.onValue(v);
        }}
      />
    </Field>
  );
}

export function RobustnessPanel({ choice, onChange, progress, disabled }: RobustnessPanelProps) {
  const { t } = useLanguage();
  return (
    <section aria-label={t("robust.pane.check")} className="gp-robust">
      {/* A native checkbox: Fluent's would add its code to pane.js for this one control. */}
      <label className="gp-check">
        <input
          type="checkbox"
          checked={choice.on}
          disabled={disabled}
          onChange={(e) => onChange({ ...choice, on: e.target.checked })}
        />{" "}
        {t("robust.pane.check")}
      </label>
      {choice.on && (
        <>
          <p className="gp-small">{t("robust.pane.hint")}</p>
          <WholeNumber
            label={t("robust.pane.runs")}
            value={choice.runs}
            min={2}
            max={PANE_MAX_RUNS}
            disabled={disabled}
            onValue={(runs) => onChange({ ...choice, runs })}
          />
          <WholeNumber
            label={t("robust.pane.seed")}
            value={choice.seed}
            min={0}
            max={2 ** 31 - 1}
            disabled={disabled}
            onValue={(seed) => onChange({ ...choice, seed })}
          />
        </>
      )}
      {progress && (
        <Field
          label={t("robust.pane.progress", {
            year: progress.year,
            done: progress.done,
            total: progress.total,
          })}
        >
          <ProgressBar value={progress.done / progress.total} />
        </Field>
      )}
    </section>
  );
}

/** Each region's 90% rank interval, by the rating's rank, for the latest year analysed. */
export function RobustnessPreview({
  years,
  results,
}: {
  years: readonly { year: string }[];
  results: readonly RobustnessResult[];
}) {
  const { t, lang } = useLanguage();
  const latest = results[results.length - 1];
  const year = years[results.length - 1]?.year ?? "";
  const rank = (v: number) => formatNumber(lang, v, 1);
  return (
    <section aria-label={t("robust.pane.previewTitle", { year })} className="gp-preview">
      <h3>{t("robust.pane.previewTitle", { year })}</h3>
      <div
        className="gp-scroll"
        tabIndex={0}
        role="group"
        aria-label={t("robust.pane.previewTitle", { year })}
      >
        <table className="gp-grid">
          <tbody>
            {[...latest.regions]
              .sort((a, b) => a.nominalRank - b.nominalRank)
              .map((r) => (
                <tr key={r.name}>
                  <td className="gp-num">{r.nominalRank}</td>
                  <td>{r.name}</td>
                  <td className="gp-num" data-role="rank-interval">
                    {t("robust.pane.interval", { low: rank(r.q05), high: rank(r.q95) })}
                  </td>
                </tr>
              ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
