/**
 * Models used as layers of another model (a GAN's generator and
 * discriminator, a pretrained block) are inlined: their layers join the outer
 * graph, one copy per call of the nested model, and references to the nested
 * model's outputs are redirected to the inner layers that compute them.
 */
import { t } from "../../graph";
import { quote } from "../../graph/text";
import type { LayerCall, TensorRef } from "./tensors";
import { isModelClass, type KerasGraph, type KerasLayer, readModel } from "./topology";

interface Inlined {
  readonly graph: KerasGraph;
  /** Outer name of each inner layer. */
  readonly rename: ReadonlyMap<string, string>;
  /** Position of each inner input layer in the nested model's inputs. */
  readonly inputIndex: ReadonlyMap<string, number>;
  readonly calls: readonly LayerCall[];
  /**
   * Index of the nested model's first call: tfjs and Keras number a built
   * model's own construction as its node 0, so calls from outside start at 1.
   */
  readonly offset: number;
}

const MAX_DEPTH = 8;

function allRefs(graph: KerasGraph): TensorRef[] {
  return [
    ...graph.layers.flatMap((l) => l.calls.flatMap((c) => [...c.args, ...Object.values(c.named)])),
    ...graph.outputs,
  ];
}

function callArgs(call: LayerCall): TensorRef[] {
  return [...call.args, ...Object.values(call.named)];
}

export function inlineNestedModels(graph: KerasGraph, depth = 0): KerasGraph {
  if (!graph.layers.some((l) => isModelClass(l.className) && l.calls.length > 0)) return graph;
  const skipped = [...graph.skipped];
  const taken = new Set(graph.layers.map((l) => l.name));
  const inlined = new Map<string, Inlined>();
  const refs = allRefs(graph);
  for (const layer of graph.layers) {
    if (!isModelClass(layer.className) || layer.calls.length === 0) continue;
    const read =
      depth < MAX_DEPTH
        ? readModel({ class_name: layer.className, config: layer.config }, graph.kerasVersion)
        : null;
    if (!read?.ok) {
      skipped.push({
        where: quote(layer.name),
        reason: t(
          `is a nested ${layer.className} that could not be read${read ? `: ${read.reason.en}` : " (nested too deeply)."}`,
          `是无法读取的嵌套 ${layer.className}${read ? `：${read.reason.zh}` : "（嵌套过深）。"}`,
        ),
      });
      continue;
    }
    const inner = inlineNestedModels(read.graph, depth + 1);
    skipped.push(
      ...inner.skipped.map((s) => ({ ...s, where: `${quote(layer.name)} › ${s.where}` })),
    );
    const rename = new Map<string, string>();
    for (const l of inner.layers) {
      if (l.className === "InputLayer") continue;
      let name = taken.has(l.name) ? `${layer.name}_${l.name}` : l.name;
      for (let k = 2; taken.has(name); k++) name = `${layer.name}_${l.name}_${k}`;
      taken.add(name);
      rename.set(l.name, name);
    }
    const highest = Math.max(-1, ...refs.filter((r) => r.layer === layer.name).map((r) => r.node));
    inlined.set(layer.name, {
      graph: inner,
      rename,
      inputIndex: new Map(inner.inputs.map((r, i) => [r.layer, i])),
      calls: layer.calls,
      offset: highest >= layer.calls.length ? 1 : 0,
    });
  }
  if (inlined.size === 0) return { ...graph, skipped };

  /** A reference in the outer graph, followed through nested models to the layer that computes it. */
  const resolve = (start: TensorRef): TensorRef | null => {
    let ref = start;
    for (let hops = 0; hops < 64; hops++) {
      const nested = inlined.get(ref.layer);
      if (!nested) return ref;
      const call = ref.node - nested.offset;
      const out = nested.graph.outputs[ref.tensor];
      if (!out || call < 0 || call >= nested.calls.length) return null;
      const input = nested.inputIndex.get(out.layer);
      if (input !== undefined) {
        const passed = callArgs(nested.calls[call]!)[input];
        if (!passed) return null;
        ref = passed;
        continue;
      }
      const source = nested.graph.layers.find((l) => l.name === out.layer);
      ref = {
        layer: nested.rename.get(out.layer) ?? out.layer,
        node: call * Math.max(1, source?.calls.length ?? 1) + out.node,
        tensor: out.tensor,
      };
    }
    return null;
  };
  const resolveCall = (call: LayerCall): LayerCall => {
    const fix = (r: TensorRef) => resolve(r) ?? { ...r, layer: `${r.layer} (unresolved)` };
    return {
      args: call.args.map(fix),
      named: Object.fromEntries(Object.entries(call.named).map(([k, r]) => [k, fix(r)])),
      options: call.options,
    };
  };

  const layers: KerasLayer[] = [];
  const weightPrefixes = new Map(graph.weightPrefixes);
  for (const layer of graph.layers) {
    const nested = inlined.get(layer.name);
    if (!nested) {
      layers.push({ ...layer, calls: layer.calls.map(resolveCall) });
      continue;
    }
    for (const [prefix, target] of nested.graph.weightPrefixes)
      weightPrefixes.set(`${layer.name}/${prefix}`, nested.rename.get(target) ?? target);
    for (const inner of nested.graph.layers) {
      const name = nested.rename.get(inner.name);
      if (name === undefined) continue;
      weightPrefixes.set(`${layer.name}/${inner.name}`, name);
      // One copy of the inner layer's calls per call of the nested model.
      const calls = nested.calls.flatMap((outer) =>
        inner.calls.map((call) => {
          const swap = (r: TensorRef): TensorRef => {
            const input = nested.inputIndex.get(r.layer);
            if (input !== undefined) return callArgs(outer)[input] ?? r;
            const source = nested.graph.layers.find((l) => l.name === r.layer);
            const k = nested.calls.indexOf(outer);
            return {
              layer: nested.rename.get(r.layer) ?? r.layer,
              node: k * Math.max(1, source?.calls.length ?? 1) + r.node,
              tensor: r.tensor,
            };
          };
          return resolveCall({
            args: call.args.map(swap),
            named: Object.fromEntries(Object.entries(call.named).map(([k, r]) => [k, swap(r)])),
            options: call.options,
          });
        }),
      );
      layers.push({ ...inner, name, calls });
    }
  }
  const outputs = graph.outputs.map((r) => resolve(r) ?? r);
  return { ...graph, layers, outputs, skipped, weightPrefixes };
}
