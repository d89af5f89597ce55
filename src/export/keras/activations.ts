/**
 * Activation names: Neurograph uses tfjs's identifiers. Most are Keras's own
 * strings; three are written out as small functions, because Keras has no
 * such string (relu6, mish in Keras 2) or a different function under the
 * same name (Keras 3's hard_sigmoid is x/6 + 0.5, tfjs's is 0.2x + 0.5).
 */
import { pyStr } from "./python";

/** Helper functions the module may need, by name, with their Python source. */
export const ACTIVATION_HELPERS: Readonly<Record<string, readonly string[]>> = {
  tfjs_hard_sigmoid: [
    '@keras.utils.register_keras_serializable(package="neurograph")',
    "def tfjs_hard_sigmoid(x):",
    '    """clip(0.2 * x + 0.5, 0, 1): the hard sigmoid of TensorFlow.js and Keras 2.',
    "",
    "    Keras 3 redefined its own hard_sigmoid as x / 6 + 0.5, so the function is spelled out.",
    '    """',
    "    return tf.clip_by_value(0.2 * x + 0.5, 0.0, 1.0)",
  ],
  tfjs_relu6: [
    '@keras.utils.register_keras_serializable(package="neurograph")',
    "def tfjs_relu6(x):",
    '    """min(max(x, 0), 6), as TensorFlow.js\'s "relu6" (not an activation string in Keras 2)."""',
    "    return tf.nn.relu6(x)",
  ],
  tfjs_mish: [
    '@keras.utils.register_keras_serializable(package="neurograph")',
    "def tfjs_mish(x):",
    '    """x * tanh(softplus(x)), as TensorFlow.js\'s "mish" (not an activation string in Keras 2)."""',
    "    return x * tf.math.tanh(tf.math.softplus(x))",
  ],
};

/** tfjs name → Keras activation string (same function in Keras 2 and 3). */
const KERAS_STRINGS: Readonly<Record<string, string>> = {
  linear: "linear",
  relu: "relu",
  elu: "elu",
  selu: "selu",
  gelu: "gelu",
  sigmoid: "sigmoid",
  tanh: "tanh",
  softmax: "softmax",
  softplus: "softplus",
  softsign: "softsign",
  swish: "swish",
};

const HELPER_OF: Readonly<Record<string, string>> = {
  hardSigmoid: "tfjs_hard_sigmoid",
  relu6: "tfjs_relu6",
  mish: "tfjs_mish",
};

/** Every activation name the export knows (the graph's list, leakyRelu aside: it is a layer). */
export const KNOWN_ACTIVATIONS: readonly string[] = [
  ...Object.keys(KERAS_STRINGS),
  ...Object.keys(HELPER_OF),
];

/**
 * The Python expression for an activation, recording in `needs` the helper
 * function it refers to. Throws for a name the graph layer would have
 * refused (validation runs first).
 */
export function activationExpression(name: string, needs: Set<string>): string {
  const keras = KERAS_STRINGS[name];
  if (keras !== undefined) return pyStr(keras);
  const helper = HELPER_OF[name];
  if (helper === undefined) throw new Error(`unknown activation ${name}`);
  needs.add(helper);
  return helper;
}
