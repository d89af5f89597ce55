/** One legend for every chart (each chart repeating it would take a third of its height). */
import { useText } from "../../i18n/catalog";
import { curvesText } from "./curvesText";
import { TRAIN_COLOUR, VALIDATION_COLOUR } from "./MetricChart";

export function CurveLegend() {
  const text = useText(curvesText);
  const items: [string, string, number][] = [
    [text.trainingRaw, TRAIN_COLOUR, 0.3],
    [text.trainingSmooth, "#1b2f8a", 1],
    [text.validation, VALIDATION_COLOUR, 1],
  ];
  return (
    <ul className="curve-legend" aria-label={text.curves}>
      {items.map(([label, colour, opacity]) => (
        <li key={label}>
          <svg width="18" height="8" aria-hidden="true">
            <line
              x1="0"
              y1="4"
              x2="18"
              y2="4"
              stroke={colour}
              strokeOpacity={opacity}
              strokeWidth="2"
            />
          </svg>
          {label}
        </li>
      ))}
    </ul>
  );
}
