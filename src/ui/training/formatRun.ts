/** Numbers of a run as people read them: durations, rates, learning rates. */
import type { Locale } from "../../graph";

export function formatDuration(seconds: number, locale: Locale): string {
  if (!Number.isFinite(seconds) || seconds < 0) return "—";
  const total = Math.round(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const pad = (n: number) => String(n).padStart(2, "0");
  if (locale === "zh") {
    if (h > 0) return `${h} 小时 ${pad(m)} 分`;
    if (m > 0) return `${m} 分 ${pad(s)} 秒`;
    return `${s} 秒`;
  }
  if (h > 0) return `${h} h ${pad(m)} min`;
  if (m > 0) return `${m} min ${pad(s)} s`;
  return `${s} s`;
}

/** 1234.5 → "1,235"; 12.34 → "12.3"; 0.5 → "0.50". */
export function formatRate(value: number): string {
  if (!Number.isFinite(value)) return "—";
  if (value >= 100) return Math.round(value).toLocaleString("en-US");
  if (value >= 10) return value.toFixed(1);
  return value.toFixed(2);
}

/** Metric values on axes and tooltips: four significant digits, scientific when tiny or huge. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude < 1e-3 || magnitude >= 1e5)) return value.toExponential(2);
  return Number(value.toPrecision(4)).toString();
}

/** Accuracy-like values as a percentage. */
export function formatPercent(value: number): string {
  return Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : "—";
}
