/**
 * Every problem Neurograph can find in a document, as data. Codes are stable:
 * they are documented in docs/diagnostics.md (generated from this table) and
 * tools may match on them. Never renumber; retire a code by leaving it here.
 */
import type { Fix } from "./fixes/types";
import type { I18nText } from "./i18n";

export type Severity = "error" | "warning";

export interface DiagnosticCodeInfo {
  readonly severity: Severity;
  readonly title: string;
  readonly explanation: string;
}

export const DIAGNOSTIC_CODES = {
  NG101: {
    severity: "error",
    title: "Not JSON",
    explanation: "The text could not be parsed as JSON. The message gives the line and column.",
  },
  NG102: {
    severity: "error",
    title: "Not a Neurograph document",
    explanation:
      'The JSON is not a graph document: it must be an object with `"format": "neurograph"`, a `version`, and `nodes` and `edges` arrays.',
  },
  NG103: {
    severity: "error",
    title: "Unsupported version",
    explanation:
      "The document's `version` is newer than this Neurograph understands, or is not a version that ever existed.",
  },
  NG104: {
    severity: "error",
    title: "Malformed entry",
    explanation:
      "A node, edge or group has a field of the wrong type (for example a position that is not a number).",
  },
  NG201: {
    severity: "error",
    title: "Duplicate id",
    explanation: "Two nodes, two edges or two groups share an id; ids must be unique.",
  },
  NG202: {
    severity: "error",
    title: "Edge to a missing node",
    explanation: "An edge names a source or target node that is not in the document.",
  },
  NG203: {
    severity: "error",
    title: "Unknown layer kind",
    explanation: "A node's `type` is not a layer kind Neurograph knows.",
  },
  NG204: {
    severity: "error",
    title: "Cycle",
    explanation:
      "The graph contains a cycle. Feed-forward graphs must be acyclic; use a recurrent layer for recurrence.",
  },
  NG205: {
    severity: "error",
    title: "Unconnected input",
    explanation: "A layer other than an Input has no incoming edge.",
  },
  NG206: {
    severity: "error",
    title: "Wrong number of inputs",
    explanation: "A layer receives more or fewer incoming edges than it accepts.",
  },
  NG207: {
    severity: "error",
    title: "Unknown port",
    explanation: "An edge targets a port (`targetHandle`) the layer does not have.",
  },
  NG208: {
    severity: "error",
    title: "No input node",
    explanation: "The graph has no Input node, so it has nothing to feed data into.",
  },
  NG209: {
    severity: "error",
    title: "Port used twice",
    explanation: "Two edges go into the same port of a layer.",
  },
  NG210: {
    severity: "warning",
    title: "Unknown group",
    explanation: "A node names a group that the document does not define.",
  },
  NG211: {
    severity: "warning",
    title: "Unused input",
    explanation:
      "An Input node feeds no layer, so it is also a model output and its data is never used.",
  },
  NG301: {
    severity: "error",
    title: "Parameter of the wrong type",
    explanation:
      "A parameter has a value of the wrong type (for example text where a number belongs).",
  },
  NG302: {
    severity: "error",
    title: "Parameter out of range",
    explanation:
      "A parameter's value is outside the range the layer accepts (negative units, dropout rate ≥ 1, …).",
  },
  NG303: {
    severity: "error",
    title: "Missing parameter",
    explanation: "A parameter the layer cannot do without (it has no default) is missing.",
  },
  NG304: {
    severity: "warning",
    title: "Unknown parameter",
    explanation: "A parameter the layer kind does not have; it is kept in the file but ignored.",
  },
  NG401: {
    severity: "error",
    title: "Rank mismatch",
    explanation:
      "A layer receives a tensor with the wrong number of dimensions (for example a convolution fed a flat vector).",
  },
  NG402: {
    severity: "error",
    title: "Merge mismatch",
    explanation:
      "The tensors joined by Add, Multiply, Concatenate, Dot or Sampling have incompatible shapes.",
  },
  NG403: {
    severity: "error",
    title: "Reshape size mismatch",
    explanation: "Reshape's target shape holds a different number of elements than its input.",
  },
  NG404: {
    severity: "error",
    title: "Window larger than input",
    explanation:
      "A kernel or pooling window is larger than its input under 'valid' padding, leaving no output.",
  },
  NG405: {
    severity: "error",
    title: "Dimension must be known",
    explanation:
      "A layer needs a dimension that is only known at run time (for example Flatten or Dense on a variable length).",
  },
  NG406: {
    severity: "error",
    title: "Incompatible dimensions",
    explanation:
      "Two inputs of a layer disagree on a dimension they must share (for example attention keys and values of different lengths).",
  },
  NG407: {
    severity: "warning",
    title: "Unexpected data type",
    explanation:
      "A layer receives a data type it does not expect (for example an Embedding fed float32 instead of integer token ids).",
  },
  NG408: {
    severity: "warning",
    title: "Dense on an image",
    explanation:
      "A Dense layer receives a 4-D image tensor and acts on its last axis only, giving one output per pixel. Usually a Flatten (or global pooling) is missing before it.",
  },
  NG409: {
    severity: "warning",
    title: "Cannot be trained in the browser",
    explanation:
      "TensorFlow.js (4.22) can build and run this layer but fails in its training step: it has no gradient for dilated convolutions, and batch or layer normalisation with `center` or `scale` turned off crashes. The graph still compiles, predicts and exports; change the setting to train it in the browser.",
  },
  NG501: {
    severity: "error",
    title: "Weights exceed the memory budget",
    explanation:
      "The graph's weights would need more memory than the budget (1 GiB of float32 by default). Nothing has been allocated.",
  },
  NG502: {
    severity: "error",
    title: "Tensor too large",
    explanation:
      "A single sample's tensor at this layer would have more elements than a browser can allocate.",
  },
  NG601: {
    severity: "error",
    title: "Input does not fit the dataset",
    explanation:
      "The Input's shape holds a different number of values than one sample of the dataset named in the training section (for example [100] for 28×28 MNIST images). Any shape with the same number of values fits: [784] takes MNIST as well as [28, 28, 1]. The fix sets the Input's shape.",
  },
  NG602: {
    severity: "error",
    title: "Output does not fit the dataset",
    explanation:
      "The graph's output cannot be compared with the dataset's labels: fewer units than classes, a regression output of the wrong size, or the wrong rank (one prediction per sample for classification, one per step for tagging). The fix sets the last layer's units when that is enough.",
  },
  NG603: {
    severity: "warning",
    title: "More outputs than classes",
    explanation:
      "The last layer has more units than the dataset has classes. Training works, but the extra outputs are never right and slow learning down. The fix sets the units to the number of classes.",
  },
  NG604: {
    severity: "warning",
    title: "Input data type does not fit the dataset",
    explanation:
      "Text datasets give whole-number token ids, which an int32 Input passes to an Embedding; other datasets give real numbers, which an int32 Input would cut to whole numbers. The fix sets the Input's dtype.",
  },
  NG605: {
    severity: "error",
    title: "Task or loss does not fit the dataset",
    explanation:
      "The training setup's task differs from the dataset's (classification or regression), or a classification loss (cross-entropy, hinge) is used for regression. Change the task or the loss in the training form.",
  },
  NG606: {
    severity: "error",
    title: "Unknown dataset",
    explanation:
      "The training section names a dataset id Neurograph does not have. See docs/datasets.md for the list.",
  },
  NG607: {
    severity: "warning",
    title: "Invalid training setting",
    explanation:
      "A field of the training section has a value that is not allowed (for example a negative learning rate); its default is used instead until it is corrected.",
  },
  NG608: {
    severity: "warning",
    title: "Embedding smaller than the vocabulary",
    explanation:
      "An Embedding fed by the Input has fewer rows (inputDim) than the dataset has token ids, so the larger ids have no vector. The fix sets inputDim to the vocabulary size.",
  },
  NG701: {
    severity: "error",
    title: "Recipe part missing",
    explanation:
      "The training recipe finds its networks through group roles: a GAN needs a Generator and a Discriminator group, a WGAN a Generator and a Critic, an autoencoder or VAE an Encoder and a Decoder. Select the nodes of each part and use Group selection… to give them their role.",
  },
  NG702: {
    severity: "error",
    title: "No noise input",
    explanation:
      "A generator turns random noise into samples: one of its Inputs must have the role noise, so the recipe feeds it z ~ N(0, I). The fix gives the generator's Input that role.",
  },
  NG703: {
    severity: "error",
    title: "A part needs exactly one output",
    explanation:
      "The recipe must know which node is the generator's sample, the discriminator's verdict or the autoencoder's reconstruction: that part must end in exactly one node that nothing else in it consumes.",
  },
  NG704: {
    severity: "error",
    title: "Generated samples do not fit the discriminator",
    explanation:
      "The discriminator's data Input receives real samples and the generator's samples alike, so its shape must equal the generator output's shape. The fix sets the Input's shape.",
  },
  NG705: {
    severity: "error",
    title: "The verdict must be one value per sample",
    explanation:
      "A discriminator says how real each sample looks, and a critic scores it: its output must have shape [1]. End it with a Dense layer of 1 unit.",
  },
  NG706: {
    severity: "warning",
    title: "The critic's score is squashed",
    explanation:
      "A WGAN critic estimates the Wasserstein distance with an unbounded score; a sigmoid or tanh on its output bounds it and stalls learning. The fix makes the last activation linear.",
  },
  NG707: {
    severity: "error",
    title: "Conditional GAN without a label input",
    explanation:
      "A conditional GAN feeds the class to both networks: an Input with the role label must reach the generator's output and the discriminator's verdict.",
  },
  NG708: {
    severity: "error",
    title: "Label input does not fit the classes",
    explanation:
      "The label Input holds the class as a one-hot vector, so its shape must be [number of classes] of the dataset. The fix sets the shape.",
  },
  NG709: {
    severity: "error",
    title: "Reconstruction does not fit the input",
    explanation:
      "An autoencoder learns to give back its input: the output must hold as many values as the data Input (any shape with the same count is reshaped). Set the last layer's units (or shape) to match.",
  },
  NG710: {
    severity: "error",
    title: "VAE without a Sampling node",
    explanation:
      "A variational autoencoder's encoder gives a mean and a log-variance, and a Sampling node draws z = μ + σ·ε from them (the reparameterisation trick) and adds the KL term. Put a Sampling node between the encoder and the decoder.",
  },
  NG711: {
    severity: "error",
    title: "The encoder must hand the decoder one code",
    explanation:
      "The recipe shows the code (the latent space) and decodes points you click: exactly one node of the Encoder group must feed the Decoder.",
  },
  NG712: {
    severity: "error",
    title: "word2vec needs an Embedding",
    explanation:
      "word2vec learns one vector per word: the graph must feed an int32 Input of word ids into an Embedding, whose rows become the word vectors.",
  },
  NG713: {
    severity: "error",
    title: "Dataset does not fit the recipe",
    explanation:
      "Each recipe needs a kind of data: word2vec a text corpus; a conditional GAN and adversarial training a labelled classification dataset; GANs and autoencoders real-valued samples. Choose another dataset or recipe in the training form.",
  },
  NG901: {
    severity: "error",
    title: "Internal error during shape inference",
    explanation: "A bug in Neurograph, not in your graph. Please report it with the document.",
  },
  NG902: {
    severity: "error",
    title: "Compilation failed",
    explanation:
      "TensorFlow.js rejected a layer that validation accepted. This is a bug in Neurograph; please report it with the document.",
  },
} as const satisfies Record<string, DiagnosticCodeInfo>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The node at fault, when there is one. */
  readonly nodeId?: string;
  readonly edgeId?: string;
  /** English text: what was expected, what was found, what to do. */
  readonly message: string;
  /** The same in 简体中文. */
  readonly messageZh: string;
  /** A machine-readable repair the editor can apply as one undo step. */
  readonly fix?: Fix;
}

export interface DiagnosticInit {
  readonly nodeId?: string;
  readonly edgeId?: string;
  readonly fix?: Fix;
}

export function diagnostic(
  code: DiagnosticCode,
  text: I18nText,
  init: DiagnosticInit = {},
): Diagnostic {
  return {
    code,
    severity: DIAGNOSTIC_CODES[code].severity,
    ...(init.nodeId !== undefined ? { nodeId: init.nodeId } : {}),
    ...(init.edgeId !== undefined ? { edgeId: init.edgeId } : {}),
    message: text.en,
    messageZh: text.zh,
    ...(init.fix !== undefined ? { fix: init.fix } : {}),
  };
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === "error");
}
