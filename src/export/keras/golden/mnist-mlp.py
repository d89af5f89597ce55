# MNIST MLP
#
# A TensorFlow 2 / Keras program exported from Neurograph. It builds the graph's model with the
# Keras functional API (each layer named after its node), compiles it with the graph's optimizer,
# loss and metrics, loads the same dataset and trains it by supervised training (model.fit) with
# the graph's batch size and epochs.
#
# It needs TensorFlow 2 (with Keras 2 or 3) and NumPy: pip install tensorflow numpy
#
# One process (CPU or one GPU):
#   python mnist_mlp.py
# Every GPU of this machine (MirroredStrategy):
#   python mnist_mlp.py --distribute mirrored
# Several machines (MultiWorkerMirroredStrategy): on each, set TF_CONFIG (see make_strategy)
#   python mnist_mlp.py --distribute multiworker
# Epochs, batch size, weights, saving the trained model:
#   python mnist_mlp.py --help
#
# Generated code: edit it freely, Neurograph does not read it back.

import argparse
import json
import os
import tempfile

import numpy as np
import tensorflow as tf

# tf.keras is Keras 2 up to TensorFlow 2.15 and Keras 3 from 2.16; this module runs on both.
keras = tf.keras
layers = keras.layers

GRAPH_NAME = "MNIST MLP"
SEED = 42
EPOCHS = 3
BATCH_SIZE = 32
VALIDATION_SPLIT = 0.2
# The trained weights' manifest, beside this file (None: start from fresh weights).
WEIGHTS = None


# -------------------------------------------------------------------------------------------------
# The model
# -------------------------------------------------------------------------------------------------

def build_model():
    """The graph, node by node: each Keras layer is named after its node."""
    in_ = keras.Input(shape=(784,), name="in")

    hidden = layers.Dense(128, activation="relu", name="hidden")(in_)
    drop = layers.Dropout(0.2, name="drop")(hidden)
    out = layers.Dense(10, activation="softmax", name="out")(drop)

    return keras.Model(inputs=in_, outputs=out, name="mnist_mlp")


# -------------------------------------------------------------------------------------------------
# Training: the graph's optimizer, loss and metrics
# -------------------------------------------------------------------------------------------------

def compile_model(model):
    """Compiles the model with the graph's optimizer, loss and metrics."""
    model.compile(
        optimizer=keras.optimizers.Adam(
            learning_rate=0.001, beta_1=0.9, beta_2=0.999, epsilon=1e-07
        ),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")],
    )
    return model


# -------------------------------------------------------------------------------------------------
# Data: MNIST digits (built-in image dataset "mnist")
# -------------------------------------------------------------------------------------------------

def load_mnist(size):
    """MNIST digits from keras.datasets (downloaded once): [n, 28, 28, 1], pixels in [0, 1].

    Note: Neurograph ships its own 8,000-image training subset of MNIST; this takes the first
    `size` images of Keras's 60,000, so the images differ (the task does not). Raise `size` to
    train on more.
    """
    (x, y), _ = keras.datasets.mnist.load_data()
    return x[:size, :, :, None].astype("float32") / 255.0, y[:size].astype("int64")


def load_data(args):
    """The samples as build_model() takes them, and the targets of the loss."""
    x, y = load_mnist(size=4000)
    x = x.reshape((-1, 784)).astype("float32")  # as Input "in" takes it
    y = y.astype("int64")  # class indices, as sparse categorical cross-entropy takes them
    return x, y


# -------------------------------------------------------------------------------------------------
# Running: batches, distribution, weights, saving
# -------------------------------------------------------------------------------------------------

def count_samples(arrays):
    """The number of samples in a structure of arrays (a tuple, or dicts keyed by name)."""
    return len(tf.nest.flatten(arrays)[0])


def take(arrays, rows):
    """The samples `rows` of every array in the structure."""
    return tf.nest.map_structure(lambda a: a[rows], arrays)


def split_validation(arrays, fraction, seed):
    """Holds out the last `fraction` of the samples after a seeded shuffle, as Neurograph does
    (at least one sample when the fraction is above 0, never all of them).
    """
    count = count_samples(arrays)
    held = int(np.floor(count * fraction))
    if fraction > 0 and held == 0 and count >= 2:
        held = 1
    held = min(held, count - 1)
    if held <= 0:
        return arrays, None
    order = np.random.default_rng(seed).permutation(count)
    train, validation = order[: count - held], order[count - held :]
    return take(arrays, train), take(arrays, validation)


def resolve_batch_size(batch_size, count):
    """Samples per batch: "full" is the whole training set (batch gradient descent), 1 is SGD."""
    size = count if str(batch_size) == "full" else int(batch_size)
    return max(1, min(size, count))


def make_dataset(arrays, batch_size, shuffle, seed):
    """A tf.data pipeline of batches of `arrays` (features, targets), in a new order each epoch.

    The batch size is the global batch: a distribution strategy splits it across replicas.
    """
    data = tf.data.Dataset.from_tensor_slices(arrays)
    if shuffle:
        data = data.shuffle(count_samples(arrays), seed=seed, reshuffle_each_iteration=True)
    # With several workers each one reads its share of every batch (no input files to shard).
    options = tf.data.Options()
    options.experimental_distribute.auto_shard_policy = tf.data.experimental.AutoShardPolicy.DATA
    return data.batch(batch_size).with_options(options).prefetch(tf.data.AUTOTUNE)


def make_strategy(kind):
    """The tf.distribute strategy of --distribute; build and compile the model in its scope().

    none         one process on the default device (a GPU when there is one).
    mirrored     one machine, every visible GPU: a copy of the model on each, gradients summed
                 across them after every batch (MirroredStrategy).
    multiworker  several machines (or processes), each running this same script with TF_CONFIG
                 naming the cluster and its own place in it (MultiWorkerMirroredStrategy), e.g.
                 TF_CONFIG='{"cluster": {"worker": ["host1:12345", "host2:12345"]},
                             "task": {"type": "worker", "index": 0}}'
                 on the first machine and index 1 on the second.

    The batch size stays the global batch, split across all replicas; raise it (and perhaps the
    learning rate) with --batch-size when more replicas should mean more samples per step.
    """
    if kind == "mirrored":
        return tf.distribute.MirroredStrategy()
    if kind == "multiworker":
        if "TF_CONFIG" not in os.environ:
            raise SystemExit("--distribute multiworker needs TF_CONFIG; see make_strategy().")
        return tf.distribute.MultiWorkerMirroredStrategy()
    return tf.distribute.get_strategy()


def load_weights(model, manifest_path):
    """Sets trained weights exported by Neurograph, layer by layer.

    The manifest (JSON) lists each layer's weights in Keras's order with their shapes and byte
    offsets into one raw file of little-endian float32 values, readable with NumPy alone.
    """
    with open(manifest_path, encoding="utf-8") as file:
        manifest = json.load(file)
    path = os.path.join(os.path.dirname(os.path.abspath(manifest_path)), manifest["file"])
    values = np.fromfile(path, dtype="<f4")
    for entry in manifest["layers"]:
        layer = model.get_layer(entry["layer"])
        arrays = []
        for weight in entry["weights"]:
            start = weight["offset"] // 4
            count = int(np.prod(weight["shape"], dtype=np.int64))
            arrays.append(values[start : start + count].reshape(weight["shape"]))
        expected = [tuple(int(d) for d in w.shape) for w in layer.weights]
        found = [tuple(a.shape) for a in arrays]
        if expected != found:
            raise ValueError(
                f"Layer {entry['layer']!r}: Keras expects weights of shapes {expected}, "
                f"the file has {found}."
            )
        layer.set_weights(arrays)


def save_model(model, path):
    """Saves the trained model (a path ending in .keras). Under MultiWorkerMirroredStrategy
    every worker must save; only the chief (or worker 0) writes to `path`, the others to a
    temporary directory.
    """
    config = json.loads(os.environ.get("TF_CONFIG", "{}"))
    task = config.get("task", {})
    if "chief" in config.get("cluster", {}):
        chief = task.get("type") == "chief"
    else:
        chief = task.get("index", 0) == 0
    if not chief:
        path = os.path.join(tempfile.mkdtemp(), os.path.basename(path))
    model.save(path)


def parse_args():
    parser = argparse.ArgumentParser(description=f"Trains {GRAPH_NAME!r} (from Neurograph).")
    parser.add_argument(
        "--distribute",
        choices=["none", "mirrored", "multiworker"],
        default="none",
        help="none: one device; mirrored: every GPU of this machine; "
        "multiworker: several machines, each with TF_CONFIG set (see make_strategy)",
    )
    parser.add_argument("--epochs", type=int, default=EPOCHS, help="passes over the data")
    parser.add_argument(
        "--batch-size", default=BATCH_SIZE, help='samples per batch, or "full" for all of them'
    )
    here = os.path.dirname(os.path.abspath(__file__))
    parser.add_argument(
        "--weights",
        default=None if WEIGHTS is None else os.path.join(here, WEIGHTS),
        help='trained weights: their JSON manifest ("" to start from fresh weights)',
    )
    parser.add_argument("--save", help="save the trained model there (e.g. model.keras)")
    return parser.parse_args()


def main():
    args = parse_args()
    # First of all: MultiWorkerMirroredStrategy must exist before any other TensorFlow op.
    strategy = make_strategy(args.distribute)
    keras.utils.set_random_seed(SEED)
    x, y = load_data(args)
    train, validation = split_validation((x, y), VALIDATION_SPLIT, SEED)
    batch_size = resolve_batch_size(args.batch_size, count_samples(train))
    with strategy.scope():
        model = build_model()
        if args.weights:
            load_weights(model, args.weights)
        compile_model(model)
    model.summary()
    train_data = make_dataset(train, batch_size, shuffle=True, seed=SEED)
    validation_data = None
    if validation is not None:
        validation_data = make_dataset(validation, batch_size, shuffle=False, seed=SEED)
    model.fit(train_data, validation_data=validation_data, epochs=args.epochs)
    if args.save:
        save_model(model, args.save)


if __name__ == "__main__":
    main()
