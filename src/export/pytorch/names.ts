/**
 * Names in the generated module. Each node becomes a submodule attribute
 * (`self.hidden`) and a local variable in forward() of the same name: a
 * Python identifier close to the node id that shadows nothing the module
 * uses and is not one of nn.Module's own attributes (`self.training`,
 * `self.train`, `self.forward`…). The weights' keys are these attributes.
 */

import { pythonIdentifier } from "../keras/names";
import { PYTHON_KEYWORDS } from "../keras/python";

export const RESERVED: ReadonlySet<string> = new Set([
  // Modules, classes and helpers of the generated file.
  "torch",
  "nn",
  "F",
  "np",
  "dist",
  "math",
  "json",
  "os",
  "sys",
  "argparse",
  "random",
  "model",
  "inputs",
  "outputs",
  "identity",
  "softmax_last",
  "tfjs_hard_sigmoid",
  "tf_same_padding",
  "pad_same",
  "channels_first",
  "channels_last",
  "global_pool",
  "up_sample_2d",
  "batch_dot",
  "Conv1d",
  "Conv2d",
  "ConvTranspose2d",
  "Pool",
  "StochasticPooling2D",
  "BatchNorm",
  "LayerNorm",
  "Recurrent",
  "Bidirectional",
  "MultiHeadAttention",
  "PositionalEncoding",
  "Sampling",
  // nn.Module's own attributes and methods.
  "training",
  "train",
  "eval",
  "forward",
  "to",
  "cpu",
  "cuda",
  "float",
  "double",
  "half",
  "bfloat16",
  "type",
  "apply",
  "parameters",
  "named_parameters",
  "buffers",
  "named_buffers",
  "children",
  "named_children",
  "modules",
  "named_modules",
  "state_dict",
  "load_state_dict",
  "zero_grad",
  "requires_grad_",
  "register_buffer",
  "register_parameter",
  "register_module",
  "add_module",
  "get_submodule",
  "get_parameter",
  "get_buffer",
  "extra_repr",
  "share_memory",
  "dump_patches",
  "call_super_init",
  // Builtins a reader would not want shadowed.
  "id",
  "input",
  "len",
  "list",
  "dict",
  "set",
  "str",
  "int",
  "bool",
  "print",
  "range",
  "min",
  "max",
  "sum",
  "abs",
  "object",
  "super",
  "self",
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

function isUsable(name: string): boolean {
  // A leading underscore would collide with nn.Module's private attributes (_parameters, …).
  return (
    IDENTIFIER.test(name) &&
    !name.startsWith("_") &&
    !PYTHON_KEYWORDS.has(name) &&
    !RESERVED.has(name)
  );
}

/** A unique attribute (and forward() variable) name for every node, in document order. */
export function torchNames(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set(ids.filter(isUsable));
  for (const id of ids) {
    if (isUsable(id)) {
      names.set(id, id);
      continue;
    }
    let base = pythonIdentifier(id);
    if (!isUsable(base)) base = `${base.replace(/^_+/, "")}_`;
    if (!isUsable(base)) base = `node_${base}`;
    let candidate = base;
    for (let k = 2; taken.has(candidate); k++) candidate = `${base}_${k}`;
    taken.add(candidate);
    names.set(id, candidate);
  }
  return names;
}
