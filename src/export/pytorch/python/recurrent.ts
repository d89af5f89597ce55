/** SimpleRNN, LSTM, GRU and Bidirectional, computed step by step as TensorFlow.js computes them. */
import { pyBlock } from "./block";

export const RECURRENT = pyBlock`
  class Recurrent(nn.Module):
      """A SimpleRNN, LSTM or GRU layer ([batch, steps, features] in), exactly as TensorFlow.js's.

      The weights have torch.nn.RNN/LSTM/GRU's names, shapes and gate order (weight_ih_l0
      [gates * units, features], weight_hh_l0 [gates * units, units]; LSTM gates i, f, g, o, GRU
      gates r, z, n), but the layer is not nn.LSTM/nn.GRU, because:
      - tfjs's gates default to the hard sigmoid clip(0.2 x + 0.5, 0, 1), not the sigmoid;
      - tfjs's GRU applies the reset gate before the recurrent product,
        n = tanh(W_in x + b_n + W_hn (r * h)) (Keras's reset_after=False), while PyTorch's computes
        tanh(W_in x + b_in + r * (W_hn h + b_hn)); the two give different results.
      tfjs has one bias per layer: it is bias_ih_l0; bias_hh_l0 is a zero buffer (not trained, so
      the training matches tfjs's), kept so that an LSTM with sigmoid gates and tanh loads into
      nn.LSTM(batch_first=True) unchanged. go_backwards reads the steps last to first and, as in
      tfjs, returns the sequence in the order it was read.
      """

      GATES = {"rnn": 1, "lstm": 4, "gru": 3}

      def __init__(
          self,
          cell,
          input_size,
          units,
          activation=torch.tanh,
          gate_activation=None,
          bias=True,
          return_sequences=False,
          go_backwards=False,
          dropout=0.0,
          recurrent_dropout=0.0,
          unit_forget_bias=True,
      ):
          super().__init__()
          gates = self.GATES[cell]
          self.cell = cell
          self.units = units
          self.activation = activation
          self.gate_activation = gate_activation or tfjs_hard_sigmoid
          self.return_sequences = return_sequences
          self.go_backwards = go_backwards
          self.dropout = dropout
          self.recurrent_dropout = recurrent_dropout
          self.weight_ih_l0 = nn.Parameter(torch.empty(gates * units, input_size))
          self.weight_hh_l0 = nn.Parameter(torch.empty(gates * units, units))
          if bias:
              self.bias_ih_l0 = nn.Parameter(torch.zeros(gates * units))
              self.register_buffer("bias_hh_l0", torch.zeros(gates * units))
          else:
              self.register_parameter("bias_ih_l0", None)
              self.register_buffer("bias_hh_l0", None)
          # tfjs's initialisers: Glorot-uniform kernel, orthogonal recurrent kernel, zero bias
          # (1 for the LSTM's forget gate with unit_forget_bias).
          nn.init.xavier_uniform_(self.weight_ih_l0)
          nn.init.orthogonal_(self.weight_hh_l0)
          if bias and cell == "lstm" and unit_forget_bias:
              with torch.no_grad():
                  self.bias_ih_l0[units : 2 * units] = 1.0

      def forward(self, x):
          if self.go_backwards:
              x = x.flip(1)
          batch, steps, _ = x.shape
          if self.training and self.dropout > 0:
              # One mask per sequence, the same at every step, as Keras and tfjs draw it.
              x = x * F.dropout(x.new_ones(batch, 1, x.shape[2]), self.dropout)
          projected = F.linear(x, self.weight_ih_l0, self.bias_ih_l0)
          h = x.new_zeros(batch, self.units)
          c = x.new_zeros(batch, self.units)
          mask = None
          if self.training and self.recurrent_dropout > 0:
              mask = F.dropout(x.new_ones(batch, self.units), self.recurrent_dropout)
          w_hh, b_hh = self.weight_hh_l0, self.bias_hh_l0
          outputs = []
          for t in range(steps):
              step = projected[:, t]
              h_in = h if mask is None else h * mask
              if self.cell == "gru":
                  w_r, w_z, w_n = w_hh.chunk(3, 0)
                  x_r, x_z, x_n = step.chunk(3, 1)
                  if b_hh is not None:
                      b_r, b_z, b_n = b_hh.chunk(3, 0)
                      x_r, x_z, x_n = x_r + b_r, x_z + b_z, x_n + b_n
                  r = self.gate_activation(x_r + h_in @ w_r.T)
                  z = self.gate_activation(x_z + h_in @ w_z.T)
                  n = self.activation(x_n + (r * h_in) @ w_n.T)
                  h = z * h + (1 - z) * n
              else:
                  pre = F.linear(h_in, w_hh, b_hh) + step
                  if self.cell == "rnn":
                      h = self.activation(pre)
                  else:
                      i, f, g, o = pre.chunk(4, 1)
                      c = self.gate_activation(f) * c + self.gate_activation(i) * self.activation(g)
                      h = self.gate_activation(o) * self.activation(c)
              outputs.append(h)
          return torch.stack(outputs, 1) if self.return_sequences else h


  class Bidirectional(nn.Module):
      """tfjs's Bidirectional: a forward and a backward layer, the backward output put back in
      time order (for sequences), then merged ('concat', 'sum', 'mul' or 'ave').
      """

      def __init__(self, forward_layer, backward_layer, merge_mode="concat"):
          super().__init__()
          self.forward_layer = forward_layer
          self.backward_layer = backward_layer
          self.merge_mode = merge_mode

      def forward(self, x):
          y = self.forward_layer(x)
          y_reverse = self.backward_layer(x)
          if self.forward_layer.return_sequences:
              y_reverse = y_reverse.flip(1)
          if self.merge_mode == "concat":
              return torch.cat([y, y_reverse], dim=-1)
          if self.merge_mode == "sum":
              return y + y_reverse
          if self.merge_mode == "mul":
              return y * y_reverse
          return 0.5 * (y + y_reverse)
`;
