/** The training script's fixed parts: losses, metrics, optimizers, distribution, weights. */
import { pyBlock } from "./block";

/** Loss functions on the model's outputs (probabilities where tfjs's losses take probabilities). */
export const LOSS_FUNCTIONS: Readonly<Record<string, readonly string[]>> = {
  mean_squared_error: pyBlock`
    def mean_squared_error(output, target):
        return (output - target).square().mean()
  `,
  mean_absolute_error: pyBlock`
    def mean_absolute_error(output, target):
        return (output - target).abs().mean()
  `,
  binary_crossentropy: pyBlock`
    def binary_crossentropy(output, target):
        """On probabilities, clipped to [eps, 1 - eps] as tfjs clips them (eps = 1e-7)."""
        p = output.clamp(EPSILON, 1.0 - EPSILON)
        return -(target * p.log() + (1.0 - target) * (1.0 - p).log()).mean()
  `,
  categorical_crossentropy: pyBlock`
    def categorical_crossentropy(output, target):
        """On probabilities (a softmax output), renormalised and clipped as tfjs does."""
        p = (output / output.sum(dim=-1, keepdim=True)).clamp(EPSILON, 1.0 - EPSILON)
        return -(target * p.log()).sum(dim=-1).mean()
  `,
  sparse_categorical_crossentropy: pyBlock`
    def sparse_categorical_crossentropy(output, target):
        """Categorical cross-entropy against class indices (per sample or per step)."""
        one_hot = F.one_hot(target.long(), output.shape[-1]).to(output.dtype)
        return categorical_crossentropy(output, one_hot)
  `,
  hinge: pyBlock`
    def hinge(output, target):
        """Labels 0/1 become -1/+1, as tfjs's and Keras's hinge loss turn them."""
        if ((target == 0) | (target == 1)).all():
            target = 2.0 * target - 1.0
        return torch.relu(1.0 - target * output).mean()
  `,
};

/** The reconstruction losses of the autoencoder recipes: summed over each sample, averaged over the batch. */
export const RECONSTRUCTION_LOSSES: Readonly<Record<string, readonly string[]>> = {
  binaryCrossentropy: pyBlock`
    def reconstruction_loss(output, target):
        """Binary cross-entropy summed over each sample's features, as Neurograph's autoencoder
        recipe: the negative log-likelihood of a Bernoulli decoder, on the KL's scale.
        """
        p = output.clamp(EPSILON, 1.0 - EPSILON)
        terms = -(target * p.log() + (1.0 - target) * (1.0 - p).log())
        return terms.reshape(terms.shape[0], -1).sum(dim=1).mean()
  `,
  meanSquaredError: pyBlock`
    def reconstruction_loss(output, target):
        """Squared error summed over each sample's features, as Neurograph's autoencoder recipe."""
        terms = (output - target).square()
        return terms.reshape(terms.shape[0], -1).sum(dim=1).mean()
  `,
  meanAbsoluteError: pyBlock`
    def reconstruction_loss(output, target):
        """Absolute error summed over each sample's features, as Neurograph's autoencoder recipe."""
        terms = (output - target).abs()
        return terms.reshape(terms.shape[0], -1).sum(dim=1).mean()
  `,
};

export const TFJS_RMSPROP = pyBlock`
  class TfjsRMSprop(torch.optim.Optimizer):
      """RMSProp as tfjs runs it: ms = rho * ms + (1 - rho) * g^2; w -= lr * g / sqrt(ms + eps).

      torch.optim.RMSprop puts eps outside the square root (g / (sqrt(ms) + eps)) and calls rho
      alpha; with tfjs's small eps (1e-7) the two differ most in the first steps, so tfjs's
      rule is written out.
      """

      def __init__(self, params, lr, rho=0.9, eps=1e-7):
          super().__init__(params, {"lr": lr, "rho": rho, "eps": eps})

      @torch.no_grad()
      def step(self, closure=None):
          for group in self.param_groups:
              for p in group["params"]:
                  if p.grad is None:
                      continue
                  state = self.state[p]
                  if not state:
                      state["mean_square"] = torch.zeros_like(p)
                  ms = state["mean_square"]
                  ms.mul_(group["rho"]).addcmul_(p.grad, p.grad, value=1 - group["rho"])
                  p.addcdiv_(p.grad, (ms + group["eps"]).sqrt(), value=-group["lr"])
`;

export const METRICS = pyBlock`
  def metric_terms(name, output, target, kind, threshold):
      """(sum, count) of a metric over a batch, so that processes can add theirs up."""
      if name == "accuracy":
          if kind == "class_indices":
              hits = output.argmax(dim=-1) == target
          elif kind == "one_hot":
              hits = output.argmax(dim=-1) == target.argmax(dim=-1)
          else:
              hits = (output > threshold).to(target.dtype) == target
          return hits.sum().double(), hits.numel()
      difference = output - target.reshape(output.shape)
      terms = difference.abs() if name == "mean_absolute_error" else difference.square()
      return terms.sum().double(), terms.numel()
`;

export const SPLIT_VALIDATION = pyBlock`
  def split_validation(arrays, fraction, seed):
      """Holds out the last fraction of the samples after a seeded shuffle, as Neurograph does
      (at least one sample when the fraction is above 0, never all of them).
      """
      count = len(arrays[0])
      held = int(np.floor(count * fraction))
      if fraction > 0 and held == 0 and count >= 2:
          held = 1
      held = min(held, count - 1)
      if held <= 0:
          return arrays, None
      order = np.random.default_rng(seed).permutation(count)
      train, validation = order[: count - held], order[count - held :]
      return [a[train] for a in arrays], [a[validation] for a in arrays]
`;

export const DISTRIBUTED = pyBlock`
  def setup_distributed():
      """One process, or one of WORLD_SIZE processes started by torchrun (or by hand).

      torchrun sets RANK (this process among all), WORLD_SIZE (how many), LOCAL_RANK (its GPU on
      this machine), MASTER_ADDR and MASTER_PORT (where rank 0 listens); init_process_group reads
      the last two. Processes talk through NCCL between GPUs and gloo on CPUs.
      Returns (rank, world_size, device).
      """
      world_size = int(os.environ.get("WORLD_SIZE", "1"))
      rank = int(os.environ.get("RANK", "0"))
      local_rank = int(os.environ.get("LOCAL_RANK", "0"))
      if torch.cuda.is_available():
          device = torch.device("cuda", local_rank % torch.cuda.device_count())
          torch.cuda.set_device(device)
      else:
          device = torch.device("cpu")
      if world_size > 1:
          backend = "nccl" if device.type == "cuda" else "gloo"
          dist.init_process_group(backend=backend, rank=rank, world_size=world_size)
      return rank, world_size, device
`;

export const LOAD_WEIGHTS = pyBlock`
  def load_weights(model, manifest_path):
      """Loads trained weights exported by Neurograph, already in this module's layout.

      The manifest (JSON) lists each state-dict entry with its shape and byte offset into one
      raw file of little-endian float32 values, readable with NumPy alone.
      """
      with open(manifest_path, encoding="utf-8") as file:
          manifest = json.load(file)
      path = os.path.join(os.path.dirname(os.path.abspath(manifest_path)), manifest["file"])
      values = np.fromfile(path, dtype="<f4")
      state = {}
      for entry in manifest["tensors"]:
          start = entry["offset"] // 4
          count = int(np.prod(entry["shape"], dtype=np.int64))
          array = values[start : start + count].reshape(entry["shape"])
          state[entry["key"]] = torch.from_numpy(array.copy())
      missing, unexpected = model.load_state_dict(state, strict=False)
      # A batch count and the recurrent layers' zero second bias are not tfjs weights.
      missing = [k for k in missing if not k.endswith(("num_batches_tracked", "bias_hh_l0"))]
      if unexpected:
          raise ValueError(f"The weights file has entries this model lacks: {unexpected}")
      if missing:
          print(f"No trained weights for {missing}: they start from fresh values.", file=sys.stderr)
`;
