/**
 * What the reader and the rating found, in one short line of counts by severity; the list opens
 * on demand. Each finding that names a cell is a link that selects that cell in the workbook.
 */
import { Button } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Finding } from "../../sheet/types";
import { useLanguage } from "../lang";

export interface ListedFinding {
  finding: Finding;
  /** Which year it belongs to, when two are shown. */
  year: string | null;
  /** "Sheet!B7" when the finding names a cell. */
  place: string | null;
}

export interface FindingsListProps {
  findings: readonly ListedFinding[];
  onSelect(item: ListedFinding): void;
  /** Why a year cannot be rated yet, in full: shown first, always open. */
  reasons?: readonly string[];
  /** While building, a finding's link selects nothing (it would move Excel's selection). */
  busy?: boolean;
}

type Severity = Finding["severity"];
const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
const MARK: Record<Severity, string> = { error: "✖", warning: "⚠", info: "ℹ" };
const COUNT_KEY = {
  error: "pane.findings.errors",
  warning: "pane.findings.warnings",
  info: "pane.findings.notes",
} as const;

/** A severity sign that a screen reader reads as its word. */
export function SeverityMark({ severity }: { severity: Severity }) {
  const { t } = useLanguage();
  return (
    <span role="img" aria-label={t(`finding.severity.${severity}`)} className="gp-mark">
      {MARK[severity]}
    </span>
  );
}

export function FindingsList({
  findings,
  onSelect,
  reasons = [],
  busy = false,
}: FindingsListProps) {
  const { t } = useLanguage();
  const [open, setOpen] = useState(false);
  const listId = useId();
  const sorted = [...findings].sort(
    (a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity]
  );
  const counts = (["error", "warning", "info"] as const)
    .map((severity) => ({
      severity,
      count: findings.filter((f) => f.finding.severity === severity).length,
    }))
    .filter((c) => c.count > 0);
  return (
    <section aria-label={t("pane.findings")} className="gp-findings">
      {reasons.length > 0 && (
        <ul className="gp-reasons">
          {reasons.map((text, i) => (
            <li key={i} className="gp-error">
              <SeverityMark severity="error" /> {text}
            </li>
          ))}
        </ul>
      )}
      <p className="gp-summary">
        <strong>{t("pane.findings")}:</strong>{" "}
        {counts.length === 0 && reasons.length === 0
          ? t("pane.findings.none")
          : counts.map((c, i) => (
              <span key={c.severity} className={`gp-${c.severity}`}>
                <SeverityMark severity={c.severity} />{" "}
                {t(COUNT_KEY[c.severity], { count: c.count })}
                {i < counts.length - 1 ? "," : ""}
              </span>
            ))}
        {counts.length > 0 && (
          <Button
            appearance="transparent"
            size="small"
            aria-expanded={open}
            aria-controls={listId}
            onClick={() => setOpen(!open)}
          >
            {open ? t("pane.findings.hide") : t("pane.findings.show")}
          </Button>
        )}
      </p>
      {open && (
        <ul id={listId}>
          {sorted.map((item, i) => (
            <li key={i} className={`gp-${item.finding.severity}`} data-kind={item.finding.kind}>
              <SeverityMark severity={item.finding.severity} /> {item.year ? `${item.year}: ` : ""}
              {item.place ? (
                <a
                  href="#"
                  className="gp-link"
                  aria-disabled={busy || undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    if (!busy) onSelect(item);
                  }}
                  title={t("pane.findings.select", { place: item.place })}
                >
                  {item.finding.message}
                </a>
              ) : (
                item.finding.message
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
