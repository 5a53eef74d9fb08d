/** The link to the add-in's help page (in the pane's language), opened outside the pane. */
import { Link } from "@fluentui/react-components";
import { useLanguage } from "../lang";
import { helpUrl } from "../help";

export function HelpLink() {
  const { t, lang } = useLanguage();
  return (
    <Link href={helpUrl(lang)} target="_blank" rel="noopener noreferrer" className="gp-help">
      {t("pane.help")}
    </Link>
  );
}
