/** Nothing selected: the graph itself — its name, description and totals — and how to begin. */
import {
  formatBytes,
  formatCount,
  type GraphAnalysis,
  type GraphDocument,
  type Locale,
} from "../../graph";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { format, LANGUAGE_TAGS } from "../i18n/messages";
import { inspectorText } from "./inspectorText";
import { Totals } from "./Totals";

/** A description in the current language first, then the other, each tagged with its language. */
function descriptions(description: GraphDocument["description"], locale: Locale) {
  if (description === undefined) return [];
  if (typeof description === "string")
    return description.trim() ? [{ lang: null, text: description }] : [];
  const order: Locale[] = locale === "zh" ? ["zh", "en"] : ["en", "zh"];
  return order.flatMap((lang) => {
    const text = description[lang];
    return typeof text === "string" && text.trim() ? [{ lang, text }] : [];
  });
}

export function GraphOverview({
  document,
  analysis,
}: {
  document: GraphDocument;
  analysis: GraphAnalysis;
}) {
  const locale = useLocale();
  const text = useText(inspectorText);
  const lines = descriptions(document.description, locale);
  const errors = analysis.diagnostics.filter((d) => d.severity === "error").length;
  const warnings = analysis.diagnostics.length - errors;
  const { totals } = analysis;
  return (
    <div className="graph-overview">
      <p className="eyebrow">{text.graph}</p>
      <h2 className="graph-title">{document.name}</h2>
      {lines.length === 0 ? <p className="muted">{text.noDescription}</p> : null}
      {lines.map((line, i) => (
        <p
          key={line.lang ?? "text"}
          className={i === 0 ? "graph-description" : "graph-description other-language"}
          lang={line.lang ? LANGUAGE_TAGS[line.lang] : undefined}
        >
          {line.text}
        </p>
      ))}
      <Totals
        rows={[
          [text.layers, formatCount(document.nodes.length)],
          [text.params, formatCount(totals.params)],
          [text.trainable, formatCount(totals.trainableParams)],
          [text.nonTrainable, formatCount(totals.nonTrainableParams)],
          [text.flops, totals.flops === null ? text.unknown : formatCount(totals.flops)],
          [text.weightMemory, formatBytes(totals.weightBytes)],
          [
            text.problems,
            errors + warnings === 0
              ? text.noProblems
              : format(text.problemCount, { errors, warnings }),
          ],
        ]}
      />
      <p className="inspector-hint">{text.hint}</p>
    </div>
  );
}
