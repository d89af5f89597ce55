/** Node types the grouping feature adds to the canvas: a group box, or a collapsed block. */
import type { NodeTypes } from "@xyflow/react";
import { GroupNode } from "./GroupNode";

export const groupNodeTypes: NodeTypes = { group: GroupNode };
