/**
 * What the reader and the rating found: mismatches, implausible values, unreadable cells, rows
 * left out. Each finding that names a cell is a link that selects that cell in the workbook.
 */
import { Link, Text } from "@fluentui/react";
import type { Finding } from "../../sheet/types";

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
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;
const MARK = { error: "✖", warning: "⚠", info: "ℹ" } as const;

export function FindingsList({ findings, onSelect }: FindingsListProps) {
  const sorted = [...findings].sort(
    (a, b) => ORDER[a.finding.severity] - ORDER[b.finding.severity]
  );
  return (
    <section aria-label="Findings" className="gp-card gp-findings">
      <Text variant="large" as="h2">
        Findings ({findings.length})
      </Text>
      {sorted.length === 0 && <Text>Nothing to report.</Text>}
      <ul>
        {sorted.map((item, i) => (
          <li key={i} className={`gp-${item.finding.severity}`} data-kind={item.finding.kind}>
            <span aria-label={item.finding.severity}>{MARK[item.finding.severity]}</span>{" "}
            {item.year ? `${item.year}: ` : ""}
            {item.place ? (
              // An anchor (not Fluent's default button) so that the message wraps as text does.
              <Link
                href="#"
                onClick={(e) => {
                  e.preventDefault();
                  onSelect(item);
                }}
                title={`Select ${item.place}`}
              >
                {item.finding.message}
              </Link>
            ) : (
              item.finding.message
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
