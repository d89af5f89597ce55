/**
 * Convolution, pooling and up-sampling on channels-last tensors, as Python.
 *
 * The module keeps every tensor in TensorFlow.js's layout ([batch, steps,
 * channels], [batch, height, width, channels]) and permutes to PyTorch's
 * channels-first layout only inside these layers. That costs two permutes
 * per layer, but every other layer (Flatten, Reshape, Concatenate's axis,
 * Dense on feature maps, normalisation axes) then computes exactly what tfjs
 * computes, in the same element order, and the data loaders feed the module
 * what Neurograph feeds its model.
 */
import { pyBlock } from "./block";

export const SAME_PADDING = pyBlock`
  def tf_same_padding(size, kernel, stride, dilation=1):
      """TensorFlow's 'same' padding of one axis as (before, after): the odd pixel goes after.

      PyTorch's own padding="same" pads the same way but only for stride 1, so it is spelled out.
      """
      effective = (kernel - 1) * dilation + 1
      out = -(-size // stride)
      total = max((out - 1) * stride + effective - size, 0)
      return total // 2, total - total // 2


  def pad_same(x, kernels, strides, dilations, value=0.0):
      """Pads the spatial axes of a channels-first tensor as TensorFlow's 'same' padding does."""
      pads = []
      for size, kernel, stride, dilation in reversed(
          list(zip(x.shape[2:], kernels, strides, dilations))
      ):
          pads.extend(tf_same_padding(size, kernel, stride, dilation))
      return F.pad(x, pads, value=value)


  def channels_first(x):
      return x.movedim(-1, 1)


  def channels_last(x):
      return x.movedim(1, -1)
`;

export const CONV = pyBlock`
  class Conv1d(nn.Conv1d):
      """nn.Conv1d on [batch, steps, channels] tensors, with TensorFlow's padding."""

      def __init__(self, *args, tf_padding="valid", **kwargs):
          super().__init__(*args, **kwargs)
          self.tf_padding = tf_padding

      def forward(self, x):
          x = channels_first(x)
          if self.tf_padding == "same":
              x = pad_same(x, self.kernel_size, self.stride, self.dilation)
          return channels_last(super().forward(x))


  class Conv2d(nn.Conv2d):
      """nn.Conv2d on [batch, height, width, channels] tensors, with TensorFlow's padding.

      The weight is PyTorch's [out, in, kh, kw] (tfjs's kernel is [kh, kw, in, out]).
      """

      def __init__(self, *args, tf_padding="valid", **kwargs):
          super().__init__(*args, **kwargs)
          self.tf_padding = tf_padding

      def forward(self, x):
          x = channels_first(x)
          if self.tf_padding == "same":
              x = pad_same(x, self.kernel_size, self.stride, self.dilation)
          return channels_last(super().forward(x))
`;

export const CONV_TRANSPOSE = pyBlock`
  class ConvTranspose2d(nn.ConvTranspose2d):
      """nn.ConvTranspose2d on channels-last tensors with TensorFlow's output size and padding.

      TensorFlow's transposed convolution is the gradient of a forward convolution whose output
      has this layer's input size: 'valid' gives in * stride + max(kernel - stride, 0) pixels,
      'same' gives in * stride, cropping the full result by the forward 'same' padding (the odd
      pixel after). So the full transposed convolution is computed without padding, cropped or
      extended with zeros, and the bias added last (TensorFlow adds it to every output pixel).
      The weight is PyTorch's [in, out, kh, kw] (tfjs's kernel is [kh, kw, out, in]).
      """

      def __init__(self, *args, tf_padding="valid", **kwargs):
          super().__init__(*args, **kwargs)
          self.tf_padding = tf_padding

      def forward(self, x):
          x = channels_first(x)
          full = F.conv_transpose2d(x, self.weight, None, self.stride)
          pads = []
          for size, full_size, kernel, stride in reversed(
              list(zip(x.shape[2:], full.shape[2:], self.kernel_size, self.stride))
          ):
              if self.tf_padding == "same":
                  target = size * stride
                  before = max(kernel - stride, 0) // 2
              else:
                  target = size * stride + max(kernel - stride, 0)
                  before = 0
              # Negative padding crops; positive padding adds the zero rows TensorFlow has.
              pads.extend([-before, target - full_size + before])
          y = F.pad(full, pads)
          if self.bias is not None:
              y = y + self.bias[None, :, None, None]
          return channels_last(y)
`;

export const POOL = pyBlock`
  class Pool(nn.Module):
      """Max or average pooling (1-D or 2-D) of channels-last tensors, as TensorFlow pools.

      With 'same' padding TensorFlow's max ignores the padding and its average divides by the
      number of real values in each window, so max pads with -inf and the average is the sum of
      the zero-padded window over the count of real values.
      """

      def __init__(self, kind, pool_size, strides, padding):
          super().__init__()
          self.kind = kind
          self.pool_size = tuple(pool_size)
          self.strides = tuple(strides)
          self.padding = padding

      def forward(self, x):
          x = channels_first(x)
          two_d = len(self.pool_size) == 2
          max_pool = F.max_pool2d if two_d else F.max_pool1d
          avg_pool = F.avg_pool2d if two_d else F.avg_pool1d
          ones = (1,) * len(self.pool_size)
          if self.kind == "max":
              if self.padding == "same":
                  x = pad_same(x, self.pool_size, self.strides, ones, value=-math.inf)
              return channels_last(max_pool(x, self.pool_size, self.strides))
          if self.padding != "same":
              return channels_last(avg_pool(x, self.pool_size, self.strides))
          count = pad_same(torch.ones_like(x[:, :1]), self.pool_size, self.strides, ones)
          x = pad_same(x, self.pool_size, self.strides, ones)
          total = avg_pool(x, self.pool_size, self.strides)
          return channels_last(total / avg_pool(count, self.pool_size, self.strides))
`;

export const STOCHASTIC_POOL = pyBlock`
  class StochasticPooling2D(nn.Module):
      """Stochastic pooling (Zeiler & Fergus, 2013) of channels-last tensors, as Neurograph's.

      While training each window outputs one of its activations, drawn with probability
      a_i / sum(a); at inference it outputs the expectation sum(a_i^2) / sum(a). Negative inputs
      count as zero, 'same' padding adds zeros (which count as zero too).
      """

      def __init__(self, pool_size, strides, padding):
          super().__init__()
          self.pool_size = tuple(pool_size)
          self.strides = tuple(strides)
          self.padding = padding

      def forward(self, x):
          batch, height, width, channels = x.shape
          x = channels_first(x)
          if self.padding == "same":
              x = pad_same(x, self.pool_size, self.strides, (1, 1))
          out_h = (x.shape[2] - self.pool_size[0]) // self.strides[0] + 1
          out_w = (x.shape[3] - self.pool_size[1]) // self.strides[1] + 1
          windows = F.unfold(x, self.pool_size, stride=self.strides)
          # [batch, channels * kh * kw, out_h * out_w] -> [batch, channels, kh * kw, out_h * out_w]
          a = torch.relu(windows.view(batch, channels, -1, out_h * out_w))
          total = a.sum(dim=2, keepdim=True)
          if self.training:
              # Element k is drawn when cumsum_{k-1} <= u * total < cumsum_k, u ~ U[0, 1).
              cumulative = a.cumsum(dim=2)
              threshold = torch.rand_like(total) * total
              drawn = (cumulative > threshold) & (cumulative - a <= threshold)
              y = (a * drawn.to(a.dtype)).sum(dim=2)
          else:
              y = (a * a).sum(dim=2) / total.clamp_min(1e-12).squeeze(2)
          return y.view(batch, channels, out_h, out_w).permute(0, 2, 3, 1)
`;

export const GLOBAL_POOL = pyBlock`
  def global_pool(x, kind):
      """Global max or average pooling over every axis between the batch and the channels."""
      axes = tuple(range(1, x.dim() - 1))
      return x.amax(dim=axes) if kind == "max" else x.mean(dim=axes)
`;

export const UP_SAMPLING = pyBlock`
  def up_sample_2d(x, size, interpolation):
      """UpSampling2D of a channels-last tensor, as tfjs computes it.

      'nearest' repeats rows and columns. 'bilinear' is tf.image.resizeBilinear with
      alignCorners=false and halfPixelCenters=false (TensorFlow 1's legacy sampling: output pixel
      i reads input position i * in / out), which differs from F.interpolate's half-pixel
      sampling, so it is spelled out.
      """
      if interpolation == "nearest":
          return x.repeat_interleave(size[0], dim=1).repeat_interleave(size[1], dim=2)
      for axis, factor in ((1, size[0]), (2, size[1])):
          length = x.shape[axis]
          position = torch.arange(length * factor, dtype=x.dtype, device=x.device) / factor
          low = position.floor().long().clamp(max=length - 1)
          high = (low + 1).clamp(max=length - 1)
          shape = [1] * x.dim()
          shape[axis] = -1
          fraction = (position - low.to(x.dtype)).view(shape)
          x = x.index_select(axis, low) * (1 - fraction) + x.index_select(axis, high) * fraction
      return x
`;
