import { describe, expect, it } from "vitest";
import { DEFAULT_NODE_SIZE, GROUP_HEADER, GROUP_PADDING, groupBox } from "./geometry";

describe("groupBox", () => {
  it("surrounds the members' boxes with padding and a header", () => {
    const box = groupBox([
      { position: { x: 0, y: 0 }, size: { width: 200, height: 80 } },
      { position: { x: 50, y: 150 }, size: { width: 200, height: 90 } },
    ]);
    expect(box).toEqual({
      x: -GROUP_PADDING,
      y: -GROUP_PADDING - GROUP_HEADER,
      width: 250 + 2 * GROUP_PADDING,
      height: 240 + 2 * GROUP_PADDING + GROUP_HEADER,
    });
  });

  it("assumes the default size for members not measured yet", () => {
    const box = groupBox([{ position: { x: 10, y: 20 }, size: { width: undefined } }]);
    expect(box.width).toBe(DEFAULT_NODE_SIZE.width + 2 * GROUP_PADDING);
    expect(box.height).toBe(DEFAULT_NODE_SIZE.height + 2 * GROUP_PADDING + GROUP_HEADER);
  });
});
