/**
 * Where a group's box goes: around its members' measured boxes, with room
 * for the header above them. Shared by the canvas (drawing) and the
 * automatic layout (ELK's padding), so the two agree on the box.
 */
import type { Position } from "../../graph";

export const GROUP_PADDING = 12;
export const GROUP_HEADER = 28;
/** A layer's size before the canvas has measured it. */
export const DEFAULT_NODE_SIZE = { width: 200, height: 100 } as const;

export interface Size {
  readonly width?: number | undefined;
  readonly height?: number | undefined;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Member {
  readonly position: Position;
  readonly size?: Size | undefined;
}

/** The group's box around `members` (which must not be empty). */
export function groupBox(members: readonly Member[]): Box {
  let left = Number.POSITIVE_INFINITY;
  let top = Number.POSITIVE_INFINITY;
  let right = Number.NEGATIVE_INFINITY;
  let bottom = Number.NEGATIVE_INFINITY;
  for (const { position, size } of members) {
    left = Math.min(left, position.x);
    top = Math.min(top, position.y);
    right = Math.max(right, position.x + (size?.width ?? DEFAULT_NODE_SIZE.width));
    bottom = Math.max(bottom, position.y + (size?.height ?? DEFAULT_NODE_SIZE.height));
  }
  const x = left - GROUP_PADDING;
  const y = top - GROUP_PADDING - GROUP_HEADER;
  return { x, y, width: right + GROUP_PADDING - x, height: bottom + GROUP_PADDING - y };
}

/** Where a collapsed group's card goes: at its members' top-left corner, where the block was. */
export function cardPosition(members: readonly Member[]): Position {
  return {
    x: Math.min(...members.map((m) => m.position.x)),
    y: Math.min(...members.map((m) => m.position.y)),
  };
}
