/** An edge labelled with the shape of the tensor it carries. */
import { BaseEdge, EdgeLabelRenderer, type EdgeProps, getBezierPath } from "@xyflow/react";
import { memo } from "react";
import type { ShapeFlowEdge } from "./flowTypes";

function ShapeEdgeView(props: EdgeProps<ShapeFlowEdge>) {
  const [path, labelX, labelY] = getBezierPath(props);
  const shape = props.data?.shape ?? null;
  return (
    <>
      <BaseEdge
        id={props.id}
        path={path}
        className={props.data?.problem ? "edge-problem" : undefined}
        {...(props.markerEnd ? { markerEnd: props.markerEnd } : {})}
      />
      {shape ? (
        <EdgeLabelRenderer>
          <div
            className={`edge-shape${props.selected ? " selected" : ""}`}
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
            data-testid={`edge-shape-${props.id}`}
          >
            {shape}
          </div>
        </EdgeLabelRenderer>
      ) : null}
    </>
  );
}

export const ShapeEdge = memo(ShapeEdgeView);
