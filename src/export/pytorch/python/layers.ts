/** Attention, normalisation, Neurograph's own layers and small functions, as Python. */
import { pyBlock } from "./block";

export const ATTENTION = pyBlock`
  class MultiHeadAttention(nn.Module):
      """Keras's (and Neurograph's) multi-head attention, written out.

      Not nn.MultiheadAttention: that one ties every head's size to embed_dim / num_heads and its
      output size to the query's, while Keras's key_dim, value_dim and output size are free. The
      projections are nn.Linear layers holding Keras's per-head kernels [features, heads, dim]
      flattened to [heads * dim, features] (head-major, as Keras reshapes them); the scores are
      q k^T / sqrt(key_dim), a causal mask adds -1e9 above the diagonal, as Keras does.
      """

      def __init__(
          self,
          query_features,
          key_features,
          value_features,
          num_heads,
          key_dim,
          value_dim,
          output_features,
          dropout=0.0,
          bias=True,
          causal=False,
      ):
          super().__init__()
          self.num_heads = num_heads
          self.key_dim = key_dim
          self.value_dim = value_dim
          self.causal = causal
          self.query = nn.Linear(query_features, num_heads * key_dim, bias=bias)
          self.key = nn.Linear(key_features, num_heads * key_dim, bias=bias)
          self.value = nn.Linear(value_features, num_heads * value_dim, bias=bias)
          self.attention_output = nn.Linear(num_heads * value_dim, output_features, bias=bias)
          self.dropout = nn.Dropout(dropout)

      def heads(self, x, dim):
          """[batch, steps, heads * dim] -> [batch, heads, steps, dim]."""
          return x.view(x.shape[0], x.shape[1], self.num_heads, dim).transpose(1, 2)

      def forward(self, query, value=None, key=None):
          value = query if value is None else value
          key = value if key is None else key
          q = self.heads(self.query(query), self.key_dim) * (1.0 / math.sqrt(self.key_dim))
          k = self.heads(self.key(key), self.key_dim)
          v = self.heads(self.value(value), self.value_dim)
          scores = q @ k.transpose(-1, -2)
          if self.causal:
              allowed = torch.ones(scores.shape[-2:], device=scores.device).tril()
              scores = scores + (1.0 - allowed) * -1e9
          attention = self.dropout(torch.softmax(scores, dim=-1))
          context = (attention @ v).transpose(1, 2)
          return self.attention_output(context.reshape(context.shape[0], context.shape[1], -1))
`;

export const BATCH_NORM = pyBlock`
  class BatchNorm(nn.modules.batchnorm._BatchNorm):
      """Batch normalisation over any axis (tfjs normalises the last one by default).

      At inference, (x - running_mean) / sqrt(running_var + eps) * weight + bias, as tfjs. Two
      conventions differ: PyTorch's momentum is 1 - tfjs's (running = (1 - m) * running + m *
      batch), and PyTorch updates running_var with the unbiased batch variance where tfjs uses
      the biased one (a factor n / (n - 1) in training only). Without tfjs's gamma (scale=False)
      or beta (center=False), the weight stays 1 or the bias 0, untrained.
      """

      def __init__(self, num_features, axis=-1, eps=1e-3, momentum=0.01, scale=True, center=True):
          super().__init__(num_features, eps=eps, momentum=momentum, affine=scale or center)
          self.axis = axis
          if self.affine:
              self.weight.requires_grad_(scale)
              self.bias.requires_grad_(center)

      def _check_input_dim(self, x):
          pass

      def forward(self, x):
          return super().forward(x.movedim(self.axis, 1)).movedim(1, self.axis)
`;

export const LAYER_NORM = pyBlock`
  class LayerNorm(nn.LayerNorm):
      """Layer normalisation over one axis (tfjs's default: the last), as tfjs computes it.

      Without tfjs's gamma (scale=False) or beta (center=False), the weight stays 1 or the bias
      0, untrained.
      """

      def __init__(self, num_features, axis=-1, eps=1e-3, scale=True, center=True):
          super().__init__(num_features, eps=eps, elementwise_affine=scale or center)
          self.axis = axis
          if self.elementwise_affine:
              self.weight.requires_grad_(scale)
              self.bias.requires_grad_(center)

      def forward(self, x):
          return super().forward(x.movedim(self.axis, -1)).movedim(-1, self.axis)
`;

export const POSITIONAL_ENCODING = pyBlock`
  class PositionalEncoding(nn.Module):
      """Adds the sinusoids of "Attention Is All You Need" to a [batch, steps, features] input.

      PE(pos, 2i) = sin(pos / L^(2i/d)) and PE(pos, 2i+1) = cos(pos / L^(2i/d)), with L the
      longest wavelength; the table is computed in float64 and rounded to float32, as Neurograph
      computes it. No weights.
      """

      def __init__(self, max_wavelength=10000.0):
          super().__init__()
          self.max_wavelength = max_wavelength

      def forward(self, x):
          steps, features = x.shape[1], x.shape[2]
          index = np.arange(features)
          # Both members of a sin/cos pair share the exponent 2i/d.
          rates = 1.0 / np.power(self.max_wavelength, (index - index % 2) / features)
          angles = np.arange(steps)[:, None] * rates[None, :]
          table = np.where(index % 2 == 0, np.sin(angles), np.cos(angles)).astype("float32")
          return x + torch.from_numpy(table).to(device=x.device, dtype=x.dtype)
`;

export const SAMPLING = pyBlock`
  class Sampling(nn.Module):
      """The VAE's reparameterisation: z = mean + exp(log_var / 2) * eps, eps ~ N(0, I), while
      training (keeping kl_weight * KL(N(mean, exp(log_var)) || N(0, I)), averaged over the batch,
      in self.kl for the loss); the mean at inference.
      """

      def __init__(self, kl_weight=1.0):
          super().__init__()
          self.kl_weight = kl_weight
          self.kl = None

      def forward(self, mean, log_var):
          if not self.training:
              self.kl = None
              return mean
          axes = tuple(range(1, mean.dim()))
          kl = -0.5 * (1.0 + log_var - mean.square() - log_var.exp()).sum(dim=axes)
          self.kl = self.kl_weight * kl.mean()
          return mean + torch.exp(0.5 * log_var) * torch.randn_like(mean)
`;

export const BATCH_DOT = pyBlock`
  def batch_dot(a, b, axes, normalize=False):
      """Keras's Dot layer: per sample, the dot product of a and b along axes (a's, b's),
      after L2-normalising both along them when normalize (cosine similarity; tfjs floors the
      squared norm at 1e-7).
      """
      if normalize:
          a = a / a.square().sum(dim=axes[0], keepdim=True).clamp_min(1e-7).sqrt()
          b = b / b.square().sum(dim=axes[1], keepdim=True).clamp_min(1e-7).sqrt()
      a = a.movedim(axes[0], -1)
      b = b.movedim(axes[1], 1)
      batch, size = a.shape[0], a.shape[-1]
      out = torch.matmul(a.reshape(batch, -1, size), b.reshape(batch, size, -1))
      out = out.reshape(batch, *a.shape[1:-1], *b.shape[2:])
      return out.unsqueeze(1) if out.dim() == 1 else out
`;

export const HARD_SIGMOID = pyBlock`
  def tfjs_hard_sigmoid(x):
      """clip(0.2 * x + 0.5, 0, 1), tfjs's hard sigmoid (F.hardsigmoid is x / 6 + 0.5)."""
      return (0.2 * x + 0.5).clamp(0.0, 1.0)
`;
