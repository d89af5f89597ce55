/** A layer kind's help in the current language: what it does, then its mathematics. */
import { Fragment, useId } from "react";
import type { LayerKind } from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { Formula } from "../math/Formula";
import { inspectorText } from "./inspectorText";

/** Summaries mark param names with backticks: show them as code. */
export function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) =>
    i % 2 === 1 ? (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
      <code key={i}>{part}</code>
    ) : (
      // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence
      <Fragment key={i}>{part}</Fragment>
    ),
  );
}

export function LayerHelp({ kind }: { readonly kind: LayerKind }) {
  const locale = useLocale();
  const text = useText(inspectorText);
  const headingId = useId();
  return (
    <section className="inspector-section layer-help" aria-labelledby={headingId}>
      <h3 id={headingId}>{text.howItWorks}</h3>
      <p className="layer-summary">{withCode(kind.summary[locale])}</p>
      {kind.formula && kind.formula.length > 0 ? (
        <Formula lines={kind.formula} label={`${text.formula}: ${kind.label[locale]}`} />
      ) : null}
    </section>
  );
}
