/** The curriculum's topics, in teaching order: the gallery groups presets under these headings. */
import type { I18nText } from "../i18n";

export const CURRICULUM_TOPICS: readonly I18nText[] = [
  { en: "The perceptron", zh: "感知机" },
  { en: "The multilayer perceptron", zh: "多层感知机" },
  { en: "Softmax and cross-entropy", zh: "Softmax 与交叉熵" },
  { en: "Regression and mean squared error", zh: "回归与均方误差" },
  { en: "Gradient descent: batch, stochastic, mini-batch", zh: "梯度下降：批量、随机、小批量" },
  { en: "Convolutional networks (LeNet)", zh: "卷积神经网络（LeNet）" },
  { en: "AlexNet and ablation", zh: "AlexNet 与消融实验" },
  { en: "Pooling", zh: "池化" },
  { en: "Regularisation", zh: "正则化" },
  { en: "Recurrent networks", zh: "循环神经网络" },
  { en: "RNN, LSTM and GRU", zh: "RNN、LSTM 与 GRU" },
  { en: "Attention", zh: "注意力机制" },
  { en: "Autoencoders and VAEs", zh: "自编码器与 VAE" },
  { en: "GANs", zh: "生成对抗网络" },
  { en: "Adversarial examples", zh: "对抗样本" },
  { en: "Word2vec", zh: "Word2vec 词向量" },
];

export function topicTitle(topic: number): I18nText | undefined {
  return CURRICULUM_TOPICS[topic - 1];
}
