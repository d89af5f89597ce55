import { useId } from "react";
import { useLocale, useMessages } from "../i18n/locale";
import { format } from "../i18n/messages";
import type { Example } from "../model/examples";
import { Diagnostics } from "./Diagnostics";
import { ModelSummary } from "./ModelSummary";

export function ExamplePanel({ example }: { readonly example: Example }) {
  const locale = useLocale();
  const m = useMessages();
  const headingId = useId();
  const { analysis, diagnostics } = example.result;
  return (
    <section className="example" aria-labelledby={headingId}>
      <h2 id={headingId}>{format(m.exampleHeading, { name: example.name })}</h2>
      {example.description && <p className="muted">{example.description[locale]}</p>}
      {analysis ? (
        <ModelSummary name={example.name} analysis={analysis} />
      ) : (
        <p role="alert">{m.exampleFailed}</p>
      )}
      <Diagnostics diagnostics={diagnostics} />
    </section>
  );
}
