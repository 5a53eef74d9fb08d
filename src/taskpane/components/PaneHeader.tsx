/**
 * The pane's top: its title, the language switch, and the strip of the three steps with the
 * current one marked (the strip keeps a border in high contrast, where colours are replaced).
 */
import { Select } from "@fluentui/react-components";
import type { Lang } from "../../i18n";
import { useLanguage } from "../lang";

/** The language switch: each language named in itself. */
function LanguageSwitch({ onChange, disabled }: { onChange(lang: Lang): void; disabled: boolean }) {
  const { t, lang } = useLanguage();
  return (
    <Select
      size="small"
      aria-label={t("pane.language")}
      value={lang}
      disabled={disabled}
      onChange={(_, d) => onChange(d.value === "ru" ? "ru" : "en")}
      className="gp-lang"
    >
      <option value="ru" lang="ru">
        Русский
      </option>
      <option value="en" lang="en">
        English
      </option>
    </Select>
  );
}

function Steps({ current }: { current: 0 | 1 | 2 }) {
  const { t } = useLanguage();
  const names = [t("pane.step.table"), t("pane.step.check"), t("pane.step.build")];
  return (
    <ol className="gp-steps" aria-label={t("pane.steps")}>
      {names.map((name, i) => (
        <li
          key={i}
          aria-current={i === current ? "step" : undefined}
          className={i <= current ? "gp-done" : ""}
        >
          {name}
        </li>
      ))}
    </ol>
  );
}

export interface PaneHeaderProps {
  step: 0 | 1 | 2;
  busy: boolean;
  onLangChange(lang: Lang): void;
}

export function PaneHeader({ step, busy, onLangChange }: PaneHeaderProps) {
  const { t } = useLanguage();
  return (
    <header className="gp-header">
      <div className="gp-title">
        <h1>{t("pane.title")}</h1>
        <LanguageSwitch onChange={onLangChange} disabled={busy} />
      </div>
      <Steps current={step} />
    </header>
  );
}
