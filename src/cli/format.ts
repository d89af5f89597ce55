/** Plain-text rendering of diagnostics and summaries for the terminal. */
import {
  type Diagnostic,
  type Fix,
  formatBytes,
  formatCount,
  formatShape,
  type GraphAnalysis,
  type Locale,
  visible,
} from "../graph";

export function describeFix(fix: Fix): string {
  switch (fix.kind) {
    case "insertBefore": {
      const params = Object.keys(fix.layer.params).length
        ? ` ${JSON.stringify(fix.layer.params)}`
        : "";
      return `insert ${fix.layer.type}${params} before '${visible(fix.nodeId, 48)}'`;
    }
    case "setParam":
      return `set ${visible(fix.param, 48)} of '${visible(fix.nodeId, 48)}' to ${visible(JSON.stringify(fix.value) ?? "null", 80)}`;
    case "removeNode":
      return `remove '${visible(fix.nodeId, 48)}'`;
    case "removeEdge":
      return `remove edge '${visible(fix.edgeId, 48)}'`;
  }
}

export function formatDiagnostics(
  file: string,
  diagnostics: readonly Diagnostic[],
  locale: Locale,
): string {
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.length - errors;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const lines = [
    `${visible(file)}: ${errors === 0 ? "valid" : "invalid"} (${plural(errors, "error")}, ${plural(warnings, "warning")})`,
  ];
  for (const d of diagnostics) {
    const where =
      d.nodeId !== undefined
        ? ` [node ${visible(d.nodeId, 48)}]`
        : d.edgeId !== undefined
          ? ` [edge ${visible(d.edgeId, 48)}]`
          : "";
    lines.push(
      `  ${d.severity === "error" ? "error  " : "warning"} ${d.code}${where} ${locale === "zh" ? d.messageZh : d.message}`,
    );
    if (d.fix) lines.push(`          fix: ${describeFix(d.fix)}`);
  }
  return `${lines.join("\n")}\n`;
}

export function diagnosticsJson(diagnostics: readonly Diagnostic[]): object[] {
  return diagnostics.map((d) => ({
    code: d.code,
    severity: d.severity,
    nodeId: d.nodeId ?? null,
    ...(d.edgeId !== undefined ? { edgeId: d.edgeId } : {}),
    message: d.message,
    messageZh: d.messageZh,
    ...(d.fix ? { fix: d.fix } : {}),
  }));
}

export interface SummaryRow {
  readonly id: string;
  readonly type: string;
  readonly outputShape: (number | null)[];
  readonly params: number;
  readonly trainableParams: number;
  readonly nonTrainableParams: number;
  readonly flops: number | null;
}

export function summaryRows(analysis: GraphAnalysis): SummaryRow[] {
  return analysis.order.map((id) => {
    const n = analysis.nodes.get(id)!;
    return {
      id,
      type: n.type,
      outputShape: [...(n.outputShape ?? [])],
      params: n.trainableParams + n.nonTrainableParams,
      trainableParams: n.trainableParams,
      nonTrainableParams: n.nonTrainableParams,
      flops: n.flops,
    };
  });
}

export function formatSummary(name: string, analysis: GraphAnalysis): string {
  const rows = summaryRows(analysis).map((r) => [
    `${visible(r.id, 40)} (${visible(r.type, 24)})`,
    formatShape(r.outputShape),
    formatCount(r.params),
    r.flops === null ? "?" : formatCount(r.flops),
  ]);
  const header = ["Node (kind)", "Output shape", "Params", "FLOPs"];
  const widths = header.map((h, i) =>
    Math.min(48, Math.max(h.length, ...rows.map((r) => r[i]!.length))),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (i >= 2 ? c.padStart(widths[i]!) : c.slice(0, 48).padEnd(widths[i]!)))
      .join("   ");
  const rule = "─".repeat(widths.reduce((a, b) => a + b, 0) + 3 * (widths.length - 1));
  const t = analysis.totals;
  return [
    `Model: ${visible(name)}`,
    rule,
    line(header),
    rule,
    ...rows.map(line),
    rule,
    `Total params:         ${formatCount(t.params)}`,
    `Trainable params:     ${formatCount(t.trainableParams)}`,
    `Non-trainable params: ${formatCount(t.nonTrainableParams)}`,
    `FLOPs per sample:     ${t.flops === null ? "unknown (variable dimensions)" : formatCount(t.flops)} (multiply-adds)`,
    `Weight memory:        ${formatBytes(t.weightBytes)}`,
    "",
  ].join("\n");
}
