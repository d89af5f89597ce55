/**
 * Names in the generated module. Node ids are user data; they become:
 * - Keras layer names: the node id itself when Keras (and tfjs) accept it —
 *   the same rule and the same fallback (`node_3`) as the compiler's tfjs
 *   layer names, so a layer is called the same in the browser, in model.json
 *   and in Python, and trained weights find their layer by name;
 * - Python variable names: valid identifiers that shadow nothing the module
 *   uses (`in` → `in_`, `tf` → `tf_`, `hidden-1` → `hidden_1`), unique.
 */
import { tfjsLayerNames } from "../../compiler/layerNames";
import { PYTHON_KEYWORDS } from "./python";

/** Keras layer name of every node, in document order: the compiler's tfjs names (the id when valid, else `node_<index>`). */
export const kerasLayerNames = tfjsLayerNames;

/**
 * Names the generated module binds at its top level or inside build_model;
 * a node variable with one of these names would shadow them.
 */
export const RESERVED_IDENTIFIERS: ReadonlySet<string> = new Set([
  // Modules and helpers of the generated file.
  "tf",
  "np",
  "keras",
  "layers",
  "argparse",
  "json",
  "os",
  "sys",
  "math",
  "model",
  "inputs",
  "outputs",
  "generator",
  "discriminator",
  "tfjs_hard_sigmoid",
  "tfjs_relu6",
  "tfjs_mish",
  "PositionalEncoding",
  "Sampling",
  "StochasticPooling2D",
  // Builtins a reader would not want shadowed.
  "id",
  "input",
  "type",
  "len",
  "list",
  "dict",
  "set",
  "str",
  "int",
  "float",
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
  return IDENTIFIER.test(name) && !PYTHON_KEYWORDS.has(name) && !RESERVED_IDENTIFIERS.has(name);
}

/** A Python identifier close to `text`: invalid characters become "_", a leading digit gets "n_". */
export function pythonIdentifier(text: string): string {
  let name = text.normalize("NFKD").replace(/[^A-Za-z0-9_]+/g, "_");
  name = name.replace(/^_+|_+$/g, "") || "node";
  if (/^[0-9]/.test(name)) name = `n_${name}`;
  return isUsable(name) ? name : `${name}_`;
}

/** A unique Python variable for every node's output tensor, in document order. */
export function pythonVariableNames(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  // Ids that are already good identifiers keep their name; the others make way.
  const taken = new Set(ids.filter(isUsable));
  for (const id of ids) {
    if (isUsable(id)) {
      names.set(id, id);
      continue;
    }
    const base = pythonIdentifier(id);
    let candidate = base;
    for (let k = 2; taken.has(candidate); k++) candidate = `${base}_${k}`;
    taken.add(candidate);
    names.set(id, candidate);
  }
  return names;
}

/** The module's file name stem from the graph's name: "MNIST MLP" → "mnist_mlp". */
export function moduleName(graphName: string): string {
  const stem = graphName
    .normalize("NFKD")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "_")
    .replace(/^_+|_+$/g, "")
    .slice(0, 60)
    .replace(/_+$/, "");
  if (!stem) return "neurograph_model";
  return /^[0-9]/.test(stem) ? `model_${stem}` : stem;
}
