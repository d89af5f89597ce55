/**
 * Assembles the Python file: header, imports, constants, helpers, the
 * model, the training setup, the data and the running code, with banner
 * comments between the sections.
 */
import type { OptimizerSetup, TrainingSetup } from "../../graph";
import { comment, commentText, pyFloat, pyInt, pyStr } from "../keras/python";
import { type ModelCode, regularizerConstant } from "./model";
import type { TrainingPlan } from "./plan";
import { helperBlocks, INIT_LIKE_TFJS } from "./python/helpers";
import { ALL_SUM, BATCHES, LOOP, TRAIN_MAIN } from "./python/running";
import {
  DISTRIBUTED,
  LOAD_WEIGHTS,
  LOSS_FUNCTIONS,
  METRICS,
  RECONSTRUCTION_LOSSES,
  SPLIT_VALIDATION,
  TFJS_RMSPROP,
} from "./python/training";

export interface ScriptInput {
  readonly graphName: string;
  readonly moduleName: string;
  readonly setup: TrainingSetup;
  readonly needs: ReadonlySet<string>;
  readonly model: ModelCode;
  readonly plan: TrainingPlan;
  readonly weightsManifest: string | null;
}

function banner(title: string): string[] {
  return ["", "", `# ${"-".repeat(97)}`, `# ${title}`, `# ${"-".repeat(97)}`, ""];
}

function joinBlocks(blocks: readonly (readonly string[])[]): string[] {
  return blocks.flatMap((block, i) => (i === 0 ? [...block] : ["", "", ...block]));
}

function header(input: ScriptInput): string[] {
  const file = `${input.moduleName}.py`;
  const data = input.plan.source?.call.includes("args.data") ? " --data PATH" : "";
  const trains = input.plan.trains;
  return [
    `# ${commentText(input.graphName)}`,
    "#",
    ...comment(
      `A PyTorch program exported from Neurograph: ${input.model.className}, an nn.Module whose forward() follows the graph node by node (each submodule named after its node)${input.weightsManifest ? ", with the trained weights exported beside it" : ""}${trains ? ", and a training script with the graph's optimizer, loss, batch size and epochs on the same dataset, which runs as one process or under torchrun with DistributedDataParallel." : ". The graph's recipe is not trained by this script (see main)."}`,
    ),
    "#",
    "# It needs PyTorch and NumPy (torchvision for MNIST): pip install -r requirements.txt",
    ...(trains
      ? [
          "#",
          "# One process (CPU or one GPU):",
          `#   python ${file}${data}`,
          "# Every GPU of this machine (one process per GPU, NCCL):",
          "#   torchrun --nproc_per_node=gpu \\",
          `#       ${file}${data}`,
          "# Several machines: on each, with the same --master_addr (machine 0) and its own --node_rank:",
          "#   torchrun --nnodes=2 --node_rank=0 --nproc_per_node=gpu \\",
          "#       --master_addr=HOST --master_port=29500 \\",
          `#       ${file}${data}`,
          "# Without torchrun, start each process with RANK, WORLD_SIZE, LOCAL_RANK, MASTER_ADDR and",
          "# MASTER_PORT set (the variables torchrun sets); CPU processes talk through gloo.",
          "# Epochs, batch size, weights, saving the trained weights:",
          `#   python ${file} --help`,
        ]
      : []),
    "#",
    "# In Python (inference, fine-tuning):",
    `#   from ${input.moduleName} import build_model, load_weights`,
    "#",
    "# Generated code: edit it freely, Neurograph does not read it back.",
  ];
}

function imports(input: ScriptInput): string[] {
  const standard = new Set(["argparse", "json", "math", "os", "sys"]);
  for (const name of input.plan.source?.imports ?? []) standard.add(name);
  return [
    ...[...standard].sort().map((name) => `import ${name}`),
    "",
    "import numpy as np",
    "import torch",
    "import torch.distributed as dist",
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "from torch.nn.parallel import DistributedDataParallel",
    "from torch.utils.data import DataLoader, DistributedSampler, TensorDataset",
  ];
}

function constants(input: ScriptInput): string[] {
  const { setup, plan } = input;
  const batch = setup.batchSize === "full" ? pyStr("full") : pyInt(setup.batchSize);
  return [
    `GRAPH_NAME = ${pyStr(input.graphName)}`,
    `SEED = ${pyInt(setup.seed)}`,
    `EPOCHS = ${pyInt(setup.epochs)}`,
    `BATCH_SIZE = ${batch}${setup.batchSize === "full" ? "  # the whole training set per batch" : ""}`,
    `VALIDATION_SPLIT = ${pyFloat(setup.validationSplit)}`,
    "# tfjs's epsilon: where its losses clip probabilities.",
    "EPSILON = 1e-7",
    "# The trained weights' manifest, beside this file (None: start from fresh weights).",
    `WEIGHTS = ${input.weightsManifest ? pyStr(input.weightsManifest) : "None"}`,
    `INPUT_COUNT = ${pyInt(input.model.inputs.length)}`,
    ...(plan.trains
      ? [
          "# Per output: how its targets are encoded, and the threshold of a one-unit accuracy.",
          `TARGETS = [${plan.targets.map(pyStr).join(", ")}]`,
          `THRESHOLDS = [${plan.thresholds.map(pyFloat).join(", ")}]`,
          "# (output, metric) pairs reported after each epoch.",
          `METRICS = [${plan.metrics.map(([i, m]) => `(${i}, ${pyStr(m)})`).join(", ")}]`,
        ]
      : []),
    ...regularizerConstant(input.model.regularizers),
  ];
}

/** make_optimizer(): the setup's optimizer with its settings, in PyTorch's terms. */
export function optimizerLines(setup: OptimizerSetup): string[] {
  const lr = pyFloat(setup.learningRate);
  const body = (notes: readonly string[], call: string) => [
    "def make_optimizer(parameters):",
    '    """The graph\'s optimizer, with its settings."""',
    ...notes.flatMap((n) => comment(n, "    ")),
    `    return ${call}`,
  ];
  switch (setup.type) {
    case "sgd":
      return setup.momentum > 0
        ? body(
            [
              "tfjs's momentum optimizer (accumulator = momentum * accumulator + g; w -= lr * accumulator) is PyTorch's SGD with momentum (no dampening, not Nesterov).",
            ],
            `torch.optim.SGD(parameters, lr=${lr}, momentum=${pyFloat(setup.momentum)})`,
          )
        : body([], `torch.optim.SGD(parameters, lr=${lr})`);
    case "adam":
      return body(
        [
          "tfjs's Adam adds eps to the square root of the bias-corrected second moment, as PyTorch does, so eps carries over unchanged.",
        ],
        `torch.optim.Adam(parameters, lr=${lr}, betas=(${pyFloat(setup.beta1)}, ${pyFloat(setup.beta2)}), eps=${pyFloat(setup.epsilon)})`,
      );
    case "rmsprop":
      return body(
        [
          "tfjs's RMSProp (no momentum, not centred, as Neurograph runs it): eps inside the square root, rho the decay; see TfjsRMSprop.",
        ],
        `TfjsRMSprop(parameters, lr=${lr}, rho=${pyFloat(setup.rho)}, eps=${pyFloat(setup.epsilon)})`,
      );
    case "adagrad":
      return body(
        [
          "tfjs starts Adagrad's accumulators at 0.1 and adds its epsilon (1e-7) inside the square root; PyTorch adds eps outside. With accumulators of at least 0.1 the two differ by less than 1e-6 relative.",
        ],
        `torch.optim.Adagrad(parameters, lr=${lr}, initial_accumulator_value=0.1, eps=1e-7)`,
      );
  }
}

function trainingBlocks(input: ScriptInput): (readonly string[])[] {
  const { plan, setup } = input;
  const blocks: (readonly string[])[] = [];
  const wanted = new Set(plan.outputLosses);
  if (wanted.has("sparse_categorical_crossentropy")) wanted.add("categorical_crossentropy");
  for (const [name, source] of Object.entries(LOSS_FUNCTIONS))
    if (wanted.has(name)) blocks.push(source);
  if (plan.reconstruction) blocks.push(RECONSTRUCTION_LOSSES[plan.reconstruction]!);
  blocks.push([
    "# The loss of each output, in forward()'s order of outputs.",
    `OUTPUT_LOSSES = [${plan.outputLosses.join(", ")}]`,
  ]);
  blocks.push(METRICS);
  if (setup.optimizer.type === "rmsprop") blocks.push(TFJS_RMSPROP);
  blocks.push(optimizerLines(setup.optimizer));
  return blocks;
}

function parseArgs(input: ScriptInput): string[] {
  const data = input.plan.source?.call.includes("args.data");
  return [
    "def parse_args():",
    '    parser = argparse.ArgumentParser(description=f"Trains {GRAPH_NAME!r} (from Neurograph).")',
    '    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the data")',
    "    parser.add_argument(",
    '        "--batch-size", default=BATCH_SIZE, help=\'samples per batch, or "full" for all of them\'',
    "    )",
    "    here = os.path.dirname(os.path.abspath(__file__))",
    "    parser.add_argument(",
    '        "--weights",',
    "        default=None if WEIGHTS is None else os.path.join(here, WEIGHTS),",
    "        help='trained weights: their JSON manifest (\"\" to start from fresh weights)',",
    "    )",
    ...(data ? ['    parser.add_argument("--data", help="the data file (see load_data)")'] : []),
    '    parser.add_argument("--save", help="save the trained state dict there (e.g. model.pt)")',
    "    return parser.parse_args()",
  ];
}

function stopMain(reason: string): string[] {
  return [
    "def main():",
    "    raise SystemExit(",
    ...comment(reason, "        ")
      .map((l) => l.replace(/^(\s*)# /, "$1"))
      .map((l) => `        ${pyStr(`${l.trim()} `)}`),
    '        "The module (build_model) and its weights (load_weights) are ready for inference and "',
    '        "fine-tuning."',
    "    )",
  ];
}

export function assembleScript(input: ScriptInput): string {
  const { plan } = input;
  const helpers = helperBlocks(input.needs);
  const buildModel = [
    "def build_model():",
    '    """A fresh model, initialised as tfjs initialises the graph\'s layers."""',
    `    return init_like_tfjs(${input.model.className}())`,
  ];
  const lines = [
    ...header(input),
    "",
    ...imports(input),
    "",
    ...constants(input),
    ...(helpers.length > 0
      ? [...banner("Layers and functions as TensorFlow.js computes them"), ...joinBlocks(helpers)]
      : []),
    ...banner("The model"),
    ...joinBlocks([input.model.lines, INIT_LIKE_TFJS, buildModel]),
    ...(plan.trains
      ? [
          ...banner("Training: the graph's loss, metrics and optimizer"),
          ...joinBlocks(trainingBlocks(input)),
          ...banner(`Data: ${commentText(plan.source!.title)}`),
          ...joinBlocks([...plan.source!.definitions, plan.loadData]),
          ...banner("Running: one process or DistributedDataParallel, weights, the loop"),
          ...joinBlocks([
            SPLIT_VALIDATION,
            BATCHES,
            DISTRIBUTED,
            ALL_SUM,
            LOAD_WEIGHTS,
            LOOP,
            parseArgs(input),
            TRAIN_MAIN,
            ['if __name__ == "__main__":', "    main()"],
          ]),
        ]
      : [
          ...banner("Running"),
          ...joinBlocks([
            LOAD_WEIGHTS,
            stopMain(plan.stopReason),
            ['if __name__ == "__main__":', "    main()"],
          ]),
        ]),
  ];
  return `${lines.join("\n")}\n`;
}
