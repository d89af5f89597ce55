/**
 * The comparison's downloads: results as CSV and JSON, and the charts as one
 * PNG — each chart's recharts SVG copied into one SVG (titles and legend
 * drawn beside them), then rasterised like Export PNG.
 */
import { downloadBlob } from "../files/download";
import { svgToPng } from "../render/rasterize";
import { escapeXml } from "../render/svgText";
import type { ComparisonExport } from "./compareResults";

export const CSV_NAME = "comparison.csv";
export const JSON_NAME = "comparison.json";
export const PNG_NAME = "comparison-charts.png";

export function downloadCsv(csv: string): void {
  downloadBlob(new Blob([csv], { type: "text/csv" }), CSV_NAME);
}

export function downloadResultsJson(results: ComparisonExport): void {
  downloadBlob(
    new Blob([`${JSON.stringify(results, null, 2)}\n`], { type: "application/json" }),
    JSON_NAME,
  );
}

export interface LegendItem {
  readonly label: string;
  readonly colour: string;
}

const FONT =
  "Inter, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, 'Noto Sans CJK SC', 'PingFang SC', 'Microsoft YaHei', sans-serif";
const PAD = 16;
const TITLE = 22;
const LEGEND = 26;
const GAP = 12;

/** One SVG holding every chart in `container` (two to a row), with the legend on top. */
export function chartsSvg(
  container: HTMLElement,
  legend: readonly LegendItem[],
  note: string,
): { svg: string; width: number; height: number } {
  const charts = [...container.querySelectorAll<HTMLElement>("figure.compare-chart")].flatMap(
    (figure) => {
      const svg = figure.querySelector<SVGSVGElement>("svg.recharts-surface");
      if (!svg) return [];
      const box = svg.getBoundingClientRect();
      return [{ title: figure.dataset.title ?? "", svg, width: box.width, height: box.height }];
    },
  );
  const cellWidth = Math.max(320, ...charts.map((c) => c.width));
  const cellHeight = Math.max(160, ...charts.map((c) => c.height)) + TITLE;
  const columns = Math.min(2, Math.max(1, charts.length));
  const rows = Math.ceil(charts.length / columns);
  const width = PAD * 2 + columns * cellWidth + (columns - 1) * GAP;
  const height = PAD * 2 + LEGEND * 2 + rows * cellHeight + Math.max(0, rows - 1) * GAP;
  const serializer = new XMLSerializer();
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ];
  let x = PAD;
  for (const item of legend) {
    out.push(
      `<line x1="${x}" y1="${PAD + 8}" x2="${x + 22}" y2="${PAD + 8}" stroke="${item.colour}" stroke-width="3"/>`,
      `<text x="${x + 28}" y="${PAD + 12}" font-size="13" fill="#1c2230">${escapeXml(item.label)}</text>`,
    );
    x += 44 + item.label.length * 7.5;
  }
  out.push(
    `<text x="${PAD}" y="${PAD + LEGEND + 10}" font-size="12" fill="#5f6878">${escapeXml(note)}</text>`,
  );
  charts.forEach((chart, i) => {
    const cx = PAD + (i % columns) * (cellWidth + GAP);
    const cy = PAD + LEGEND * 2 + Math.floor(i / columns) * (cellHeight + GAP);
    const copy = chart.svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute("x", String(cx));
    copy.setAttribute("y", String(cy + TITLE));
    copy.setAttribute("width", String(chart.width));
    copy.setAttribute("height", String(chart.height));
    copy.removeAttribute("style");
    out.push(
      `<text x="${cx}" y="${cy + 14}" font-size="13" font-weight="600" fill="#1c2230">${escapeXml(chart.title)}</text>`,
      serializer.serializeToString(copy),
    );
  });
  out.push("</svg>");
  return { svg: out.join(""), width, height };
}

export async function downloadChartsPng(
  container: HTMLElement,
  legend: readonly LegendItem[],
  note: string,
): Promise<void> {
  const image = chartsSvg(container, legend, note);
  const png = await svgToPng(image.svg, image.width, image.height, 2);
  downloadBlob(png, PNG_NAME);
}
