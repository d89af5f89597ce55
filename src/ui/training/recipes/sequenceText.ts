/** Strings of the sequence lab (gradients per time step) and the attention maps. */
import { defineCatalog } from "../../i18n/catalog";

export const sequenceText = defineCatalog(
  {
    sequencePanel: "Sequence lab",
    timeGradients: "Gradient per time step ‖∂L/∂xₜ‖ (log scale)",
    timeGradientsHint:
      "How strongly the loss reacts to each input step, averaged over {count} validation samples. Where the line sinks by decades towards the early steps, gradients vanish. Curves of earlier runs stay, so SimpleRNN, LSTM and GRU can be compared.",
    measure: "Measure gradients",
    timeStep: "Time step t",
    attentionPanel: "Attention maps",
    attentionHint:
      "Each head's attention weights for one validation sample: row = query token, column = key token, brighter = more attention. Each row sums to 1.",
    refresh: "Refresh",
    headOf: "{node}, head {head}",
    headMap: "Attention of {node}, head {head}: queries × keys",
  },
  {
    sequencePanel: "序列实验",
    timeGradients: "每个时间步的梯度 ‖∂L/∂xₜ‖（对数坐标）",
    timeGradientsHint:
      "损失对每个输入时间步的敏感程度，取 {count} 个验证样本的平均值。曲线越往前面的时间步下降几个数量级，就说明梯度在消失。之前训练的曲线会保留，便于比较 SimpleRNN、LSTM 和 GRU。",
    measure: "测量梯度",
    timeStep: "时间步 t",
    attentionPanel: "注意力图",
    attentionHint:
      "一个验证样本在每个注意力头上的权重：行 = 查询词元，列 = 键词元，越亮表示注意力越大。每一行之和为 1。",
    refresh: "刷新",
    headOf: "{node}，第 {head} 个头",
    headMap: "{node} 第 {head} 个头的注意力：查询 × 键",
  },
);
