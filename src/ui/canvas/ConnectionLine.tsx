/** The line drawn while connecting; over a port that cannot take it, it turns red and says why. */
import { type ConnectionLineComponentProps, getBezierPath } from "@xyflow/react";
import { useText } from "../i18n/catalog";
import { useLocale } from "../i18n/locale";
import { canvasText } from "./canvasText";
import { useConnectionFeedback } from "./connectionFeedback";

export function ConnectionLine({
  fromX,
  fromY,
  toX,
  toY,
  fromPosition,
  toPosition,
  connectionStatus,
}: ConnectionLineComponentProps) {
  const locale = useLocale();
  const text = useText(canvasText);
  const reason = useConnectionFeedback((s) => s.reason);
  const [path] = getBezierPath({
    sourceX: fromX,
    sourceY: fromY,
    sourcePosition: fromPosition,
    targetX: toX,
    targetY: toY,
    targetPosition: toPosition,
  });
  const refused = connectionStatus === "invalid" && reason !== null;
  return (
    <g className={`connection-line${refused ? " refused" : ""}`}>
      <path d={path} fill="none" />
      {refused ? (
        <foreignObject
          x={toX + 12}
          y={toY + 8}
          width={300}
          height={140}
          style={{ overflow: "visible" }}
        >
          <div className="connection-refusal" role="alert">
            <strong>{text.refused}</strong> {reason[locale]}
          </div>
        </foreignObject>
      ) : null}
    </g>
  );
}
