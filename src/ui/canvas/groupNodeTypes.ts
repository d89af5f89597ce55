/** Node types the grouping feature adds to the canvas (none until it lands). */
import type { NodeTypes } from "@xyflow/react";

export const groupNodeTypes: NodeTypes = {};
