/**
 * The line drawn while connecting. Over a port that cannot take the
 * connection it turns red, and the reason shows in a banner at the top of the
 * canvas (a portal, so it is never clipped by the viewport).
 */
import { type ConnectionLineComponentProps, getBezierPath } from "@xyflow/react";
import { createPortal } from "react-dom";
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
  const overlay = typeof document === "undefined" ? null : document.querySelector(".canvas");
  return (
    <g className={`connection-line${refused ? " refused" : ""}`}>
      <path d={path} fill="none" />
      {refused && overlay
        ? createPortal(
            <div className="connection-refusal" role="alert">
              <strong>{text.refused}</strong> {reason[locale]}
            </div>,
            overlay,
          )
        : null}
    </g>
  );
}
