/** A list folded under a small accordion header: the rows left out, the industries read. */
import { AccordionHeader, AccordionItem, AccordionPanel } from "@fluentui/react-components";
import type { ReactNode } from "react";

export interface FoldedListProps {
  value: string;
  title: ReactNode;
  children: ReactNode;
}

export function FoldedList({ value, title, children }: FoldedListProps) {
  return (
    <AccordionItem value={value}>
      <AccordionHeader size="small">{title}</AccordionHeader>
      <AccordionPanel>
        <ul className="gp-excluded">{children}</ul>
      </AccordionPanel>
    </AccordionItem>
  );
}
