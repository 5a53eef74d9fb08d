/** Shown when the page is opened outside Excel, where there is no workbook to read. */
import { MessageBar, MessageBarType, Stack, Text } from "@fluentui/react";
import { registerPaneIcons } from "./icons";

registerPaneIcons();

export function NotInOffice({ host }: { host: string | null }) {
  return (
    <Stack className="gp-pane" tokens={{ childrenGap: 12 }}>
      <Text variant="xLarge" as="h1">
        Innovation rating sheet
      </Text>
      <MessageBar messageBarType={MessageBarType.warning} isMultiline>
        {host
          ? `This pane works in Excel only; it was opened in ${host}.`
          : "Open this in Excel: the pane reads and writes the workbook through Excel, and there is no Excel here. Sideload the add-in (npm start) or add it from the manifest in Excel on the web."}
      </MessageBar>
    </Stack>
  );
}
