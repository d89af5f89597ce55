/**
 * The Python helpers the module may need, in the order they are written,
 * each with the helpers it uses; only those a graph needs are written.
 */
import { pyBlock } from "./block";
import {
  CONV,
  CONV_TRANSPOSE,
  GLOBAL_POOL,
  POOL,
  SAME_PADDING,
  STOCHASTIC_POOL,
  UP_SAMPLING,
} from "./convolution";
import {
  ATTENTION,
  BATCH_DOT,
  BATCH_NORM,
  HARD_SIGMOID,
  LAYER_NORM,
  POSITIONAL_ENCODING,
  SAMPLING,
} from "./layers";
import { RECURRENT } from "./recurrent";

const IDENTITY = pyBlock`
  def identity(x):
      """The linear activation."""
      return x
`;

const SOFTMAX = pyBlock`
  def softmax_last(x):
      """tfjs's softmax activation: over the last axis."""
      return torch.softmax(x, dim=-1)
`;

export const INIT_LIKE_TFJS = pyBlock`
  def init_like_tfjs(model):
      """tfjs's initialisers instead of PyTorch's: Glorot-uniform kernels and zero biases for Dense
      layers, convolutions and attention projections (PyTorch draws both Kaiming-uniform) and
      U(-0.05, 0.05) embeddings (PyTorch: N(0, 1)). Recurrent layers initialise themselves; trained
      weights loaded afterwards replace all of these.
      """
      for module in model.modules():
          if isinstance(module, (nn.Linear, nn.Conv1d, nn.Conv2d, nn.ConvTranspose2d)):
              nn.init.xavier_uniform_(module.weight)
              if module.bias is not None:
                  nn.init.zeros_(module.bias)
          elif isinstance(module, nn.Embedding):
              nn.init.uniform_(module.weight, -0.05, 0.05)
      return model
`;

interface Helper {
  readonly source: readonly string[];
  readonly uses: readonly string[];
}

/** In writing order: a helper comes after those it uses. */
const HELPERS: readonly (readonly [string, Helper])[] = [
  ["identity", { source: IDENTITY, uses: [] }],
  ["softmax_last", { source: SOFTMAX, uses: [] }],
  ["tfjs_hard_sigmoid", { source: HARD_SIGMOID, uses: [] }],
  ["same_padding", { source: SAME_PADDING, uses: [] }],
  ["Conv2d", { source: CONV, uses: ["same_padding"] }],
  ["Conv1d", { source: [], uses: ["Conv2d"] }],
  ["ConvTranspose2d", { source: CONV_TRANSPOSE, uses: ["same_padding"] }],
  ["Pool", { source: POOL, uses: ["same_padding"] }],
  ["StochasticPooling2D", { source: STOCHASTIC_POOL, uses: ["same_padding"] }],
  ["global_pool", { source: GLOBAL_POOL, uses: [] }],
  ["up_sample_2d", { source: UP_SAMPLING, uses: [] }],
  ["BatchNorm", { source: BATCH_NORM, uses: [] }],
  ["LayerNorm", { source: LAYER_NORM, uses: [] }],
  ["Recurrent", { source: RECURRENT, uses: ["tfjs_hard_sigmoid"] }],
  ["Bidirectional", { source: [], uses: ["Recurrent"] }],
  ["MultiHeadAttention", { source: ATTENTION, uses: [] }],
  ["PositionalEncoding", { source: POSITIONAL_ENCODING, uses: [] }],
  ["Sampling", { source: SAMPLING, uses: [] }],
  ["batch_dot", { source: BATCH_DOT, uses: [] }],
];

/** The source blocks of the needed helpers and of everything they use, in writing order. */
export function helperBlocks(needs: ReadonlySet<string>): (readonly string[])[] {
  const byName = new Map(HELPERS);
  const wanted = new Set<string>();
  const visit = (name: string) => {
    if (wanted.has(name)) return;
    wanted.add(name);
    for (const used of byName.get(name)?.uses ?? []) visit(used);
  };
  for (const name of needs) visit(name);
  return HELPERS.filter(([name, h]) => wanted.has(name) && h.source.length > 0).map(
    ([, h]) => h.source,
  );
}
