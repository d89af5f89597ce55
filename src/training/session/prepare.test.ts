/** Which graphs `auto` races backends for: those with a convolution, where the fastest backend depends on the machine. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { GraphDocument } from "../../graph";
import { chainDocument } from "../../testing/documents";
import { worthRacing } from "./prepare";

const preset = (name: string) =>
  JSON.parse(readFileSync(`presets/${name}.json`, "utf8")) as GraphDocument;

describe("worthRacing", () => {
  it("races graphs with a convolution, 1-D, 2-D or transposed", () => {
    for (const type of ["conv1d", "conv2d", "conv2dTranspose"])
      expect(worthRacing(chainDocument([8, 8, 2], [[type, { filters: 2, kernelSize: 3 }]]))).toBe(
        true,
      );
    expect(worthRacing(preset("lenet-5"))).toBe(true);
  });

  it("does not race dense, recurrent, embedding or attention graphs: wasm wins those", () => {
    for (const name of ["mnist-mlp", "lstm-first-symbol", "transformer-classifier", "word2vec-kjv"])
      expect(worthRacing(preset(name))).toBe(false);
  });
});
