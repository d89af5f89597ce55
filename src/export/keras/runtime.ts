/**
 * The module's fixed helpers: the validation split, tf.data pipelines, the
 * batch size, distribution strategies, trained weights and saving. Plain
 * Python text; the script assembler picks the ones a recipe needs.
 */

export const SPLIT_VALIDATION: readonly string[] = [
  "def split_validation(arrays, fraction, seed):",
  '    """Holds out the last `fraction` of the samples after a seeded shuffle, as Neurograph does',
  "    (at least one sample when the fraction is above 0, never all of them).",
  '    """',
  "    count = count_samples(arrays)",
  "    held = int(np.floor(count * fraction))",
  "    if fraction > 0 and held == 0 and count >= 2:",
  "        held = 1",
  "    held = min(held, count - 1)",
  "    if held <= 0:",
  "        return arrays, None",
  "    order = np.random.default_rng(seed).permutation(count)",
  "    train, validation = order[: count - held], order[count - held :]",
  "    return take(arrays, train), take(arrays, validation)",
];

export const SAMPLE_HELPERS: readonly string[] = [
  "def count_samples(arrays):",
  '    """The number of samples in a structure of arrays (a tuple, or dicts keyed by name)."""',
  "    return len(tf.nest.flatten(arrays)[0])",
  "",
  "",
  "def take(arrays, rows):",
  '    """The samples `rows` of every array in the structure."""',
  "    return tf.nest.map_structure(lambda a: a[rows], arrays)",
];

export const RESOLVE_BATCH_SIZE: readonly string[] = [
  "def resolve_batch_size(batch_size, count):",
  '    """Samples per batch: "full" is the whole training set (batch gradient descent), 1 is SGD."""',
  '    size = count if str(batch_size) == "full" else int(batch_size)',
  "    return max(1, min(size, count))",
];

const SHARD_BY_DATA = [
  "    # With several workers each one reads its share of every batch (no input files to shard).",
  "    options = tf.data.Options()",
  "    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA",
];

export const MAKE_DATASET: readonly string[] = [
  "def make_dataset(arrays, batch_size, shuffle, seed):",
  '    """A tf.data pipeline of batches of `arrays` (features, targets), in a new order each epoch.',
  "",
  "    The batch size is the global batch: a distribution strategy splits it across replicas.",
  '    """',
  "    data = tf.data.Dataset.from_tensor_slices(arrays)",
  "    if shuffle:",
  "        data = data.shuffle(count_samples(arrays), seed=seed, reshuffle_each_iteration=True)",
  ...SHARD_BY_DATA,
  "    return data.batch(batch_size).with_options(options).prefetch(tf.data.AUTOTUNE)",
];

export const MAKE_REPEATED_DATASET: readonly string[] = [
  "def make_repeated_dataset(arrays, batch_size, seed):",
  '    """Endless full batches of `arrays`, reshuffled after every pass, so each step sees fresh',
  "    samples (as Neurograph's GAN draws them) and no step gets a short batch.",
  '    """',
  "    data = tf.data.Dataset.from_tensor_slices(arrays)",
  "    data = data.shuffle(count_samples(arrays), seed=seed, reshuffle_each_iteration=True)",
  "    data = data.repeat()",
  ...SHARD_BY_DATA,
  "    data = data.batch(batch_size, drop_remainder=True)",
  "    return data.with_options(options).prefetch(tf.data.AUTOTUNE)",
];

export const MAKE_STRATEGY: readonly string[] = [
  "def make_strategy(kind):",
  '    """The tf.distribute strategy of --distribute; build and compile the model in its scope().',
  "",
  "    none         one process on the default device (a GPU when there is one).",
  "    mirrored     one machine, every visible GPU: a copy of the model on each, gradients summed",
  "                 across them after every batch (MirroredStrategy).",
  "    multiworker  several machines (or processes), each running this same script with TF_CONFIG",
  "                 naming the cluster and its own place in it (MultiWorkerMirroredStrategy), e.g.",
  '                 TF_CONFIG=\'{"cluster": {"worker": ["host1:12345", "host2:12345"]},',
  '                             "task": {"type": "worker", "index": 0}}\'',
  "                 on the first machine and index 1 on the second.",
  "",
  "    The batch size stays the global batch, split across all replicas; raise it (and perhaps the",
  "    learning rate) with --batch-size when more replicas should mean more samples per step.",
  '    """',
  '    if kind == "mirrored":',
  "        return tf.distribute.MirroredStrategy()",
  '    if kind == "multiworker":',
  '        if "TF_CONFIG" not in os.environ:',
  '            raise SystemExit("--distribute multiworker needs TF_CONFIG; see make_strategy().")',
  "        return tf.distribute.MultiWorkerMirroredStrategy()",
  "    return tf.distribute.get_strategy()",
];

export const LOAD_WEIGHTS: readonly string[] = [
  "def load_weights(model, manifest_path):",
  '    """Sets trained weights exported by Neurograph, layer by layer.',
  "",
  "    The manifest (JSON) lists each layer's weights in Keras's order with their shapes and byte",
  "    offsets into one raw file of little-endian float32 values, readable with NumPy alone.",
  '    """',
  '    with open(manifest_path, encoding="utf-8") as file:',
  "        manifest = json.load(file)",
  '    path = os.path.join(os.path.dirname(os.path.abspath(manifest_path)), manifest["file"])',
  '    values = np.fromfile(path, dtype="<f4")',
  '    for entry in manifest["layers"]:',
  '        layer = model.get_layer(entry["layer"])',
  "        arrays = []",
  '        for weight in entry["weights"]:',
  '            start = weight["offset"] // 4',
  '            count = int(np.prod(weight["shape"], dtype=np.int64))',
  '            arrays.append(values[start : start + count].reshape(weight["shape"]))',
  "        expected = [tuple(int(d) for d in w.shape) for w in layer.weights]",
  "        found = [tuple(a.shape) for a in arrays]",
  "        if expected != found:",
  "            raise ValueError(",
  "                f\"Layer {entry['layer']!r}: Keras expects weights of shapes {expected}, \"",
  '                f"the file has {found}."',
  "            )",
  "        layer.set_weights(arrays)",
];

export const SAVE_MODEL: readonly string[] = [
  "def save_model(model, path):",
  '    """Saves the trained model (a path ending in .keras). Under MultiWorkerMirroredStrategy',
  "    every worker must save; only the chief (or worker 0) writes to `path`, the others to a",
  "    temporary directory.",
  '    """',
  '    config = json.loads(os.environ.get("TF_CONFIG", "{}"))',
  '    task = config.get("task", {})',
  '    if "chief" in config.get("cluster", {}):',
  '        chief = task.get("type") == "chief"',
  "    else:",
  '        chief = task.get("index", 0) == 0',
  "    if not chief:",
  "        path = os.path.join(tempfile.mkdtemp(), os.path.basename(path))",
  "    model.save(path)",
];
