/**
 * Finds a recipe's parts (parts.ts) in a graph through group roles and input
 * roles, and says what is missing when the graph does not fit its recipe —
 * ordinary diagnostics (NG701–NG713), so the canvas, the CLI and the training
 * engine all see the same problems. Pure: runs inside inferShapes.
 */
import type { NodeAnalysis } from "../../analyze";
import { type Diagnostic, diagnostic } from "../../diagnostics";
import type { GraphDocument, GroupDoc } from "../../document/schema";
import { type I18nText, t } from "../../i18n";
import { quote } from "../../text";
import type { DatasetShapes } from "../datasetSpec";
import type { RecipeName } from "./options";
import type {
  AutoencoderParts,
  DiscriminatorPart,
  GanParts,
  GeneratorPart,
  RecipeParts,
  Word2vecParts,
} from "./parts";

/** What findRecipeParts needs of the analysis (inferShapes calls it before the analysis is complete). */
export interface PartsAnalysis {
  readonly nodes: ReadonlyMap<string, NodeAnalysis>;
  readonly order: readonly string[];
  readonly outputs: readonly string[];
}

/** The dataset as the recipe sees it (null when unknown or not yet loaded). */
export interface RecipeDataset {
  readonly id: string;
  readonly family: string;
  readonly shapes: DatasetShapes | null;
}

export interface FoundParts {
  /** Null when the graph does not fit its recipe (the diagnostics say why). */
  readonly parts: RecipeParts | null;
  readonly diagnostics: readonly Diagnostic[];
}

const ROLE_NAMES: Readonly<Record<string, I18nText>> = {
  generator: t("Generator", "生成器"),
  discriminator: t("Discriminator", "判别器"),
  critic: t("Critic", "评论家（Critic）"),
  encoder: t("Encoder", "编码器"),
  decoder: t("Decoder", "解码器"),
};

const RECIPE_NAMES: Readonly<Record<RecipeName, I18nText>> = {
  supervised: t("supervised training", "监督训练"),
  autoencoder: t("the autoencoder recipe", "自编码器训练方案"),
  vae: t("the VAE recipe", "VAE 训练方案"),
  gan: t("the GAN recipe", "GAN 训练方案"),
  wgan: t("the WGAN recipe", "WGAN 训练方案"),
  cgan: t("the conditional GAN recipe", "条件 GAN 训练方案"),
  word2vec: t("the word2vec recipe", "word2vec 训练方案"),
  adversarial: t("adversarial training", "对抗训练"),
};

const SQUASHING = new Set(["sigmoid", "tanh", "softmax", "hardSigmoid", "softsign"]);

class Finder {
  readonly diagnostics: Diagnostic[] = [];
  private readonly consumers = new Map<string, string[]>();

  constructor(
    readonly document: GraphDocument,
    readonly analysis: PartsAnalysis,
    readonly recipe: RecipeName,
  ) {
    for (const node of analysis.nodes.values())
      for (const { edge } of node.inputs) {
        const list = this.consumers.get(edge.source) ?? [];
        list.push(node.id);
        this.consumers.set(edge.source, list);
      }
  }

  consumersOf(id: string): readonly string[] {
    return this.consumers.get(id) ?? [];
  }

  report(d: Diagnostic): null {
    this.diagnostics.push(d);
    return null;
  }

  node(id: string): NodeAnalysis | undefined {
    return this.analysis.nodes.get(id);
  }

  inputRole(id: string): string {
    const role = this.node(id)?.params?.role;
    return typeof role === "string" ? role : "data";
  }

  group(roles: readonly string[]): GroupDoc | undefined {
    return this.document.groups.find((g) => g.role !== undefined && roles.includes(g.role));
  }

  /** The group with one of `roles`, or a NG701 naming the first role. */
  requireGroup(roles: readonly string[]): GroupDoc | null {
    const found = this.group(roles);
    if (found) return found;
    const role = ROLE_NAMES[roles[0]!]!;
    const recipe = RECIPE_NAMES[this.recipe];
    return this.report(
      diagnostic(
        "NG701",
        t(
          `${capital(recipe.en)} needs a group with the role ${role.en}. Select its nodes and use Group selection… to make one.`,
          `${recipe.zh}需要一个角色为“${role.zh}”的分组。请选中其节点，用“分组所选…”创建。`,
        ),
      ),
    );
  }

  membersOf(group: GroupDoc): string[] {
    return this.analysis.order.filter((id) => this.node(id)?.node.group === group.id);
  }

  /** Members that no other member consumes. */
  endsOf(members: readonly string[]): string[] {
    const inside = new Set(members);
    return members.filter((id) => !(this.consumers.get(id) ?? []).some((c) => inside.has(c)));
  }

  /** Every node upstream of `id`, itself included. */
  ancestors(id: string): Set<string> {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      for (const { edge } of this.node(next)?.inputs ?? []) stack.push(edge.source);
    }
    return seen;
  }

  /** Every node downstream of `id`, itself included, in topological order. */
  descendants(id: string): string[] {
    const seen = new Set<string>();
    const stack = [id];
    while (stack.length > 0) {
      const next = stack.pop()!;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(this.consumers.get(next) ?? []));
    }
    return this.analysis.order.filter((n) => seen.has(n));
  }

  /** The one end of a part, or NG703. */
  oneEnd(members: readonly string[], part: I18nText): string | null {
    const ends = this.endsOf(members);
    if (ends.length === 1) return ends[0]!;
    const listed = ends.map(quote).join(", ");
    return this.report(
      diagnostic(
        "NG703",
        ends.length === 0
          ? t(`The ${part.en} has no nodes.`, `${part.zh}没有节点。`)
          : t(
              `The ${part.en} ends in ${ends.length} nodes (${listed}); it must end in exactly one.`,
              `${part.zh}以 ${ends.length} 个节点结束（${listed}）；它必须恰好以一个节点结束。`,
            ),
        ends[0] !== undefined ? { nodeId: ends[0] } : {},
      ),
    );
  }

  /** The activation a node's output passes through last (its own, or an Activation node's). */
  lastActivation(id: string): string {
    const node = this.node(id);
    const activation = node?.params?.activation;
    return typeof activation === "string" ? activation : "linear";
  }

  sampleShape(id: string): readonly (number | null)[] | null {
    return this.node(id)?.outputShape?.slice(1) ?? null;
  }
}

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const list = (dims: readonly (number | null)[]) =>
  `[${dims.map((d) => (d === null ? "?" : d)).join(", ")}]`;
const count = (dims: readonly (number | null)[]) =>
  dims.every((d) => d !== null) ? (dims as number[]).reduce((a, b) => a * b, 1) : null;

function findGenerator(f: Finder): GeneratorPart | null {
  const group = f.requireGroup(["generator"]);
  if (!group) return null;
  const nodes = f.membersOf(group);
  const output = f.oneEnd(nodes, t("generator", "生成器"));
  if (!output) return null;
  const upstream = [...f.ancestors(output)].filter((id) => f.node(id)?.type === "input");
  const noise = upstream.find((id) => f.inputRole(id) === "noise");
  if (noise) return { nodes, noise, output };
  const candidate = upstream.find((id) => f.inputRole(id) === "data" && nodes.includes(id));
  return f.report(
    diagnostic(
      "NG702",
      t(
        `The generator has no Input with the role noise, so the recipe cannot feed it random vectors z.${candidate ? ` Give ${quote(candidate)} the role noise.` : " Add an Input with the role noise to the generator."}`,
        `生成器没有角色为 noise 的输入，训练方案无法向它输入随机向量 z。${candidate ? `请把 ${quote(candidate)} 的角色设为 noise。` : "请给生成器添加一个角色为 noise 的输入。"}`,
      ),
      candidate
        ? {
            nodeId: candidate,
            fix: { kind: "setParam", nodeId: candidate, param: "role", value: "noise" },
          }
        : { nodeId: output },
    ),
  );
}

function findDiscriminator(f: Finder, roles: readonly string[]): DiscriminatorPart | null {
  const group = f.requireGroup(roles);
  if (!group) return null;
  const nodes = f.membersOf(group);
  const name = ROLE_NAMES[group.role ?? roles[0]!] ?? ROLE_NAMES.discriminator!;
  const lower = t(name.en.toLowerCase(), name.zh);
  const output = f.oneEnd(nodes, lower);
  if (!output) return null;
  const upstream = [...f.ancestors(output)].filter((id) => f.node(id)?.type === "input");
  const data = upstream.filter((id) => f.inputRole(id) === "data");
  if (data.length !== 1)
    return f.report(
      diagnostic(
        "NG703",
        t(
          `The ${lower.en} needs exactly one Input with the role data for real and generated samples; it has ${data.length}.`,
          `${lower.zh}需要恰好一个角色为 data 的输入，用于接收真实样本和生成样本；现在有 ${data.length} 个。`,
        ),
        { nodeId: data[0] ?? output },
      ),
    );
  const verdict = f.sampleShape(output);
  if (!verdict || count(verdict) !== 1)
    return f.report(
      diagnostic(
        "NG705",
        t(
          `The ${lower.en}'s output ${quote(output)} has shape ${list(verdict ?? [])}; it must give one value per sample, shape [1]. End it with a Dense layer of 1 unit.`,
          `${lower.zh}的输出 ${quote(output)} 形状为 ${list(verdict ?? [])}；它必须为每个样本给出一个值，即形状 [1]。请以 1 个单元的 Dense 层结尾。`,
        ),
        { nodeId: output },
      ),
    );
  return {
    nodes,
    data: data[0]!,
    output,
    outputIsProbability: f.lastActivation(output) === "sigmoid",
  };
}

function findGan(f: Finder, recipe: "gan" | "wgan" | "cgan", dataset: RecipeDataset | null) {
  const generator = findGenerator(f);
  const discriminator = findDiscriminator(
    f,
    recipe === "wgan" ? ["critic", "discriminator"] : ["discriminator", "critic"],
  );
  if (!generator || !discriminator) return null;
  const fake = f.sampleShape(generator.output);
  const real = f.sampleShape(discriminator.data);
  if (fake && real && list(fake) !== list(real))
    return f.report(
      diagnostic(
        "NG704",
        t(
          `The generator makes samples of shape ${list(fake)}, but the discriminator's Input ${quote(discriminator.data)} takes ${list(real)}. Set its shape to ${list(fake)}.`,
          `生成器生成的样本形状为 ${list(fake)}，但判别器的输入 ${quote(discriminator.data)} 接收 ${list(real)}。请把它的形状设为 ${list(fake)}。`,
        ),
        {
          nodeId: discriminator.data,
          fix: { kind: "setParam", nodeId: discriminator.data, param: "shape", value: fake },
        },
      ),
    );
  if (recipe === "wgan" && SQUASHING.has(f.lastActivation(discriminator.output)))
    f.report(
      diagnostic(
        "NG706",
        t(
          `The critic's output ${quote(discriminator.output)} ends in ${f.lastActivation(discriminator.output)}, which bounds the score a WGAN critic needs unbounded. Make the activation linear.`,
          `评论家的输出 ${quote(discriminator.output)} 使用 ${f.lastActivation(discriminator.output)} 激活，这会限制 WGAN 评论家需要的无界分数。请把激活设为 linear。`,
        ),
        {
          nodeId: discriminator.output,
          fix: {
            kind: "setParam",
            nodeId: discriminator.output,
            param: "activation",
            value: "linear",
          },
        },
      ),
    );
  const parts: GanParts = { recipe, generator, discriminator };
  if (recipe !== "cgan") return parts;
  const label = findLabel(f, generator, discriminator, dataset);
  return label ? { ...parts, label } : null;
}

function findLabel(
  f: Finder,
  generator: GeneratorPart,
  discriminator: DiscriminatorPart,
  dataset: RecipeDataset | null,
): string | null {
  const feedsG = f.ancestors(generator.output);
  const feedsD = f.ancestors(discriminator.output);
  const labels = [...feedsG].filter(
    (id) => f.node(id)?.type === "input" && f.inputRole(id) === "label" && feedsD.has(id),
  );
  if (labels.length !== 1)
    return f.report(
      diagnostic(
        "NG707",
        t(
          `A conditional GAN needs one Input with the role label that feeds both the generator (ending in ${quote(generator.output)}) and the discriminator (ending in ${quote(discriminator.output)}), for example concatenated with the noise and with the image.`,
          `条件 GAN 需要一个角色为 label 的输入，同时输入生成器（以 ${quote(generator.output)} 结尾）和判别器（以 ${quote(discriminator.output)} 结尾），例如分别与噪声、与图像拼接。`,
        ),
        { nodeId: generator.output },
      ),
    );
  const label = labels[0]!;
  const classes = dataset?.shapes?.numClasses;
  const shape = f.sampleShape(label);
  if (classes !== undefined && shape && list(shape) !== list([classes]))
    return f.report(
      diagnostic(
        "NG708",
        t(
          `The label Input ${quote(label)} has shape ${list(shape)}, but dataset ${quote(dataset!.id)} has ${classes} classes, given as a one-hot vector of shape [${classes}]. Set its shape to [${classes}].`,
          `标签输入 ${quote(label)} 的形状为 ${list(shape)}，但数据集 ${quote(dataset!.id)} 有 ${classes} 个类别，以形状 [${classes}] 的独热向量给出。请把它的形状设为 [${classes}]。`,
        ),
        {
          nodeId: label,
          fix: { kind: "setParam", nodeId: label, param: "shape", value: [classes] },
        },
      ),
    );
  return label;
}

function findAutoencoder(f: Finder, recipe: "autoencoder" | "vae"): AutoencoderParts | null {
  const inputs = [...f.analysis.nodes.values()].filter(
    (n) => n.type === "input" && f.inputRole(n.id) === "data",
  );
  const output = f.analysis.outputs.length === 1 ? f.analysis.outputs[0]! : null;
  if (inputs.length !== 1 || !output)
    return f.report(
      diagnostic(
        "NG703",
        t(
          `An autoencoder has one data Input and one output (the reconstruction); this graph has ${inputs.length} data Inputs and ${f.analysis.outputs.length} outputs.`,
          `自编码器只有一个数据输入和一个输出（重建结果）；此图有 ${inputs.length} 个数据输入和 ${f.analysis.outputs.length} 个输出。`,
        ),
      ),
    );
  const input = inputs[0]!.id;
  const inCount = count(f.sampleShape(input) ?? []);
  const outShape = f.sampleShape(output) ?? [];
  if (inCount !== null && count(outShape) !== inCount)
    f.report(
      diagnostic(
        "NG709",
        t(
          `The reconstruction ${quote(output)} has shape ${list(outShape)} (${count(outShape) ?? "?"} values), but the Input ${quote(input)} holds ${inCount} values per sample. Make the last layer give ${inCount} values.`,
          `重建输出 ${quote(output)} 的形状为 ${list(outShape)}（${count(outShape) ?? "?"} 个值），但输入 ${quote(input)} 每个样本有 ${inCount} 个值。请让最后一层输出 ${inCount} 个值。`,
        ),
        { nodeId: output },
      ),
    );
  const encoder = f.requireGroup(["encoder"]);
  const decoder = f.requireGroup(["decoder"]);
  if (!encoder || !decoder) return null;
  if (recipe === "vae") return findVae(f, input, output);
  const encoderNodes = new Set(f.membersOf(encoder));
  const decoderNodes = new Set(f.membersOf(decoder));
  const handing = [...encoderNodes].filter((id) =>
    f.consumersOf(id).some((consumer) => decoderNodes.has(consumer)),
  );
  if (handing.length !== 1)
    return f.report(
      diagnostic(
        "NG711",
        t(
          `Exactly one node of the encoder must feed the decoder (the code); ${handing.length === 0 ? "none does" : `${handing.map(quote).join(", ")} do`}.`,
          `编码器中必须恰好有一个节点输入解码器（即编码）；${handing.length === 0 ? "现在没有" : `现在有 ${handing.map(quote).join("、")}`}。`,
        ),
        handing[0] !== undefined ? { nodeId: handing[0] } : {},
      ),
    );
  const latent = handing[0]!;
  return { recipe, input, output, latent, decoder: f.descendants(latent).slice(1) };
}

function findVae(f: Finder, input: string, output: string): AutoencoderParts | null {
  const sampling = f.analysis.order.filter((id) => f.node(id)?.type === "sampling");
  if (sampling.length !== 1)
    return f.report(
      diagnostic(
        "NG710",
        sampling.length === 0
          ? t(
              "A VAE needs a Sampling node that draws the code z from the encoder's mean and log-variance; this graph has none.",
              "VAE 需要一个 Sampling 节点，根据编码器给出的均值和对数方差抽取编码 z；此图没有。",
            )
          : t(
              `A VAE has one Sampling node; this graph has ${sampling.length}.`,
              `VAE 只有一个 Sampling 节点；此图有 ${sampling.length} 个。`,
            ),
        sampling[1] !== undefined ? { nodeId: sampling[1] } : {},
      ),
    );
  const latent = sampling[0]!;
  const [mean, logVar] = (f.node(latent)?.inputs ?? []).map((a) => a.edge.source);
  if (mean === undefined || logVar === undefined) return null; // reported by port checks
  return {
    recipe: "vae",
    input,
    output,
    latent,
    decoder: f.descendants(latent).slice(1),
    mean,
    logVar,
  };
}

function findWord2vec(f: Finder): Word2vecParts | null {
  for (const id of f.analysis.order) {
    const node = f.node(id);
    if (node?.type !== "embedding") continue;
    const source = node.inputs[0]?.edge.source;
    if (source !== undefined && f.node(source)?.type === "input")
      return { recipe: "word2vec", input: source, embedding: id };
  }
  return f.report(
    diagnostic(
      "NG712",
      t(
        "word2vec trains word vectors: feed an int32 Input of word ids (shape [1]) into an Embedding, whose outputDim is the vector size.",
        "word2vec 训练词向量：把 int32 的词编号输入（形状 [1]）连接到嵌入层（Embedding），其 outputDim 即向量维度。",
      ),
    ),
  );
}

/** Whether the recipe can learn from this kind of data; a NG713 when it cannot. */
function checkDatasetKind(f: Finder, dataset: RecipeDataset | null): void {
  if (!dataset?.shapes) return;
  const { shapes, family, id } = dataset;
  const corpus = family === "corpus";
  const recipe = f.recipe;
  const name = quote(id);
  const why = (en: string, zh: string) =>
    f.report(
      diagnostic(
        "NG713",
        t(
          `${capital(RECIPE_NAMES[recipe].en)} cannot train on dataset ${name}: ${en}`,
          `${RECIPE_NAMES[recipe].zh}无法使用数据集 ${name} 训练：${zh}`,
        ),
      ),
    );
  if (recipe === "word2vec" && !corpus)
    why(
      "it needs a text corpus (King James Bible or the planted corpus).",
      "它需要文本语料（钦定版圣经或植入关系语料）。",
    );
  else if (recipe !== "word2vec" && corpus)
    why(
      "a corpus is a stream of words for word2vec, not samples with labels.",
      "语料是供 word2vec 使用的词流，不是带标签的样本。",
    );
  else if (recipe !== "word2vec" && recipe !== "supervised" && shapes.integerFeatures)
    why(
      "its samples are token ids; this recipe needs real-valued samples (images or points).",
      "它的样本是词元编号；此方案需要实数样本（图像或点）。",
    );
  else if (
    (recipe === "cgan" || recipe === "adversarial") &&
    (shapes.task !== "classification" || shapes.perStep)
  )
    why("it needs one class label per sample.", "它需要每个样本一个类别标签。");
}

/**
 * The parts of `recipe` in the graph, or the diagnostics that say why it does
 * not fit. `dataset` refines the checks (label size, kind of data) when known.
 */
export function findRecipeParts(
  document: GraphDocument,
  analysis: PartsAnalysis,
  recipe: RecipeName,
  dataset: RecipeDataset | null = null,
): FoundParts {
  const f = new Finder(document, analysis, recipe);
  checkDatasetKind(f, dataset);
  const parts = partsOf(f, recipe, dataset);
  const blocked = f.diagnostics.some((d) => d.severity === "error");
  return { parts: blocked ? null : parts, diagnostics: f.diagnostics };
}

function partsOf(f: Finder, recipe: RecipeName, dataset: RecipeDataset | null): RecipeParts | null {
  switch (recipe) {
    case "supervised":
    case "adversarial":
      return { recipe };
    case "gan":
    case "wgan":
    case "cgan":
      return findGan(f, recipe, dataset);
    case "autoencoder":
    case "vae":
      return findAutoencoder(f, recipe);
    case "word2vec":
      return findWord2vec(f);
  }
}
