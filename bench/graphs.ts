/** Generated graphs for benchmarks: large, realistic mixes of layer kinds. */
import type { GraphDocument } from "../src/graph";

export const BLOCK_WIDTH = 32;

/**
 * A residual MLP: input → (dense → batchNormalization → dropout → add(skip)) × blocks → dense.
 * 4 nodes per block; 250 blocks make a 1,002-node graph.
 */
export function residualMlp(blocks: number): GraphDocument {
  const nodes: GraphDocument["nodes"] = [
    { id: "in", type: "input", params: { shape: [BLOCK_WIDTH] }, position: { x: 0, y: 0 } },
  ];
  const edges: GraphDocument["edges"] = [];
  let previous = "in";
  const link = (source: string, target: string, targetHandle?: string) =>
    edges.push({
      id: `e${edges.length}`,
      source,
      target,
      ...(targetHandle ? { targetHandle } : {}),
    });
  for (let b = 0; b < blocks; b++) {
    const y = 100 * (4 * b + 1);
    nodes.push(
      {
        id: `dense${b}`,
        type: "dense",
        params: { units: BLOCK_WIDTH, activation: "relu" },
        position: { x: 0, y },
      },
      { id: `norm${b}`, type: "batchNormalization", params: {}, position: { x: 0, y: y + 100 } },
      { id: `drop${b}`, type: "dropout", params: { rate: 0.1 }, position: { x: 0, y: y + 200 } },
      { id: `skip${b}`, type: "add", params: {}, position: { x: 0, y: y + 300 } },
    );
    link(previous, `dense${b}`);
    link(`dense${b}`, `norm${b}`);
    link(`norm${b}`, `drop${b}`);
    link(previous, `skip${b}`, "in0");
    link(`drop${b}`, `skip${b}`, "in1");
    previous = `skip${b}`;
  }
  nodes.push({
    id: "out",
    type: "dense",
    params: { units: 10, activation: "softmax" },
    position: { x: 0, y: 100 * (4 * blocks + 1) },
  });
  link(previous, "out");
  return {
    format: "neurograph",
    version: 1,
    name: `residual MLP, ${nodes.length} nodes`,
    nodes,
    edges,
    groups: [],
    training: {},
  };
}
