/**
 * Activation names (tfjs's identifiers) as PyTorch functions. Where PyTorch
 * has a function of the same name that computes something else, the module
 * spells tfjs's out: hardSigmoid (tfjs: clip(0.2x + 0.5, 0, 1); torch's
 * hardsigmoid is x/6 + 0.5). tfjs's "gelu" is the exact erf form, which is
 * F.gelu's default (not approximate="tanh").
 */
const FUNCTIONS: Readonly<Record<string, string>> = {
  linear: "identity",
  relu: "torch.relu",
  relu6: "F.relu6",
  elu: "F.elu",
  selu: "F.selu",
  gelu: "F.gelu",
  sigmoid: "torch.sigmoid",
  hardSigmoid: "tfjs_hard_sigmoid",
  tanh: "torch.tanh",
  softmax: "softmax_last",
  softplus: "F.softplus",
  softsign: "F.softsign",
  swish: "F.silu",
  mish: "F.mish",
};

/** Helpers of the generated module that an activation needs. */
const HELPERS: Readonly<Record<string, string>> = {
  linear: "identity",
  hardSigmoid: "tfjs_hard_sigmoid",
  softmax: "softmax_last",
};

/** The Python function for an activation (to pass as an argument), recording its helper. */
export function activationFunction(name: string, needs: Set<string>): string {
  const fn = FUNCTIONS[name];
  if (fn === undefined) throw new Error(`unknown activation ${name}`);
  const helper = HELPERS[name];
  if (helper) needs.add(helper);
  return fn;
}

/** `x` through an activation, as a Python expression (linear leaves it alone). */
export function activationCall(name: string, x: string, needs: Set<string>): string {
  if (name === "linear") return x;
  return `${activationFunction(name, needs)}(${x})`;
}
