# A transformer classifies reviews
#
# A TensorFlow 2 / Keras program exported from Neurograph. It builds the graph's model with the
# Keras functional API (each layer named after its node), compiles it with the graph's optimizer,
# loss and metrics, loads the same dataset and trains it by supervised training (model.fit) with
# the graph's batch size and epochs.
#
# It needs TensorFlow 2 (with Keras 2 or 3) and NumPy: pip install tensorflow numpy
#
# One process (CPU or one GPU):
#   python a_transformer_classifies_reviews.py
# Every GPU of this machine (MirroredStrategy):
#   python a_transformer_classifies_reviews.py --distribute mirrored
# Several machines (MultiWorkerMirroredStrategy): on each, set TF_CONFIG (see make_strategy)
#   python a_transformer_classifies_reviews.py --distribute multiworker
# Epochs, batch size, weights, saving the trained model:
#   python a_transformer_classifies_reviews.py --help
#
# Generated code: edit it freely, Neurograph does not read it back.

import argparse
import json
import os
import random
import tempfile

import numpy as np
import tensorflow as tf

# tf.keras is Keras 2 up to TensorFlow 2.15 and Keras 3 from 2.16; this module runs on both.
keras = tf.keras
layers = keras.layers

GRAPH_NAME = "A transformer classifies reviews"
SEED = 42
EPOCHS = 6
BATCH_SIZE = 16
VALIDATION_SPLIT = 0.2
# The trained weights' manifest, beside this file (None: start from fresh weights).
WEIGHTS = None


# -------------------------------------------------------------------------------------------------
# Neurograph's functions and layers, as Keras code
# -------------------------------------------------------------------------------------------------

@keras.utils.register_keras_serializable(package="neurograph")
class PositionalEncoding(layers.Layer):
    """Adds the sinusoids of "Attention Is All You Need" to a [batch, steps, features] input.

    PE(pos, 2i) = sin(pos / L^(2i/d)) and PE(pos, 2i+1) = cos(pos / L^(2i/d)), with L the
    longest wavelength and d the number of features. No weights.
    """

    def __init__(self, max_wavelength=10000.0, **kwargs):
        super().__init__(**kwargs)
        self.max_wavelength = max_wavelength

    def call(self, inputs):
        features = inputs.shape[-1]
        index = np.arange(features)
        # Both members of a sin/cos pair share the exponent 2i/d.
        rates = 1.0 / np.power(self.max_wavelength, (index - index % 2) / features)
        positions = tf.cast(tf.range(tf.shape(inputs)[1]), self.compute_dtype)[:, None]
        angles = positions * tf.constant(rates[None, :], dtype=self.compute_dtype)
        table = tf.where(tf.constant(index % 2 == 0)[None, :], tf.sin(angles), tf.cos(angles))
        return inputs + table

    def get_config(self):
        return {**super().get_config(), "max_wavelength": self.max_wavelength}


# -------------------------------------------------------------------------------------------------
# The model
# -------------------------------------------------------------------------------------------------

def build_model():
    """The graph, node by node: each Keras layer is named after its node."""
    tokens = keras.Input(shape=(12,), dtype="int32", name="tokens")

    # Token + position embedding
    embed = layers.Embedding(47, 32, name="embed")(tokens)
    pos = PositionalEncoding(name="pos")(embed)

    # Transformer block
    attention = layers.MultiHeadAttention(num_heads=2, key_dim=32, name="attention")(pos, pos)
    drop1 = layers.Dropout(0.1, name="drop1")(attention)
    res1 = layers.Add(name="res1")([pos, drop1])
    norm1 = layers.LayerNormalization(epsilon=0.000001, name="norm1")(res1)
    ffn1 = layers.Dense(32, activation="relu", name="ffn1")(norm1)
    ffn2 = layers.Dense(32, name="ffn2")(ffn1)
    drop2 = layers.Dropout(0.1, name="drop2")(ffn2)
    res2 = layers.Add(name="res2")([norm1, drop2])
    norm2 = layers.LayerNormalization(epsilon=0.000001, name="norm2")(res2)

    pool = layers.GlobalAveragePooling1D(name="pool")(norm2)
    drop3 = layers.Dropout(0.1, name="drop3")(pool)
    hidden = layers.Dense(20, activation="relu", name="hidden")(drop3)
    drop4 = layers.Dropout(0.1, name="drop4")(hidden)
    out = layers.Dense(2, activation="softmax", name="out")(drop4)

    return keras.Model(inputs=tokens, outputs=out, name="a_transformer_classifies_reviews")


# -------------------------------------------------------------------------------------------------
# Training: the graph's optimizer, loss and metrics
# -------------------------------------------------------------------------------------------------

def compile_model(model):
    """Compiles the model with the graph's optimizer, loss and metrics."""
    model.compile(
        optimizer=keras.optimizers.Adam(
            learning_rate=0.002, beta_1=0.9, beta_2=0.999, epsilon=1e-07
        ),
        loss=keras.losses.SparseCategoricalCrossentropy(),
        metrics=[keras.metrics.SparseCategoricalAccuracy(name="accuracy")],
    )
    return model


# -------------------------------------------------------------------------------------------------
# Data: Sentiment of short reviews (built-in text dataset "sentiment")
# -------------------------------------------------------------------------------------------------

SENTIMENT_SUBJECTS = ["movie", "film", "plot", "acting", "ending", "music", "story"]
SENTIMENT_LINKS = ["was", "is", "felt", "seemed"]
SENTIMENT_INTENSIFIERS = ["really", "very", "so", "quite"]
SENTIMENT_POSITIVE = ["good", "great", "wonderful", "fun", "brilliant", "beautiful", "funny"]
SENTIMENT_NEGATIVE = ["bad", "boring", "awful", "terrible", "dull", "slow", "weak"]
SENTIMENT_LIKED = ["loved", "liked", "enjoyed"]
SENTIMENT_DISLIKED = ["hated", "disliked"]
SENTIMENT_VOCABULARY = ["<pad>", "<unk>"] + list(dict.fromkeys(
    ["the", "this", "i", "did", "not", "like", "enjoy", "but", "and", "at", "all"]
    + SENTIMENT_SUBJECTS
    + SENTIMENT_LINKS
    + SENTIMENT_INTENSIFIERS
    + SENTIMENT_POSITIVE
    + SENTIMENT_NEGATIVE
    + SENTIMENT_LIKED
    + SENTIMENT_DISLIKED
))


def load_sentiment(size, seed):
    """Short generated reviews, labelled 0 (negative) or 1 (positive); negation flips the polarity.

    Token ids: 0 pads, 1 is an unknown word, then SENTIMENT_VOCABULARY in order.
    """
    rng = random.Random(seed)

    def verdict():  # the plot was (not) (very) good (at all)
        positive_word = rng.random() < 0.5
        negated = rng.random() < 0.35
        words = [rng.choice(["the", "this"]), rng.choice(SENTIMENT_SUBJECTS)]
        words.append(rng.choice(SENTIMENT_LINKS))
        if negated:
            words.append("not")
        if rng.random() < 0.4:
            words.append(rng.choice(SENTIMENT_INTENSIFIERS))
        words.append(rng.choice(SENTIMENT_POSITIVE if positive_word else SENTIMENT_NEGATIVE))
        if negated and rng.random() < 0.3:
            words += ["at", "all"]
        return words, positive_word != negated

    def opinion():  # i (really) loved the music / i did not enjoy the film
        negated = rng.random() < 0.35
        thing = [rng.choice(["the", "this"]), rng.choice(SENTIMENT_SUBJECTS)]
        if negated:
            return ["i", "did", "not", "like" if rng.random() < 0.5 else "enjoy"] + thing, False
        positive = rng.random() < 0.5
        words = ["i", "really"] if rng.random() < 0.4 else ["i"]
        words.append(rng.choice(SENTIMENT_LIKED if positive else SENTIMENT_DISLIKED))
        return words + thing, positive

    def sentence():
        roll = rng.random()
        if roll < 0.45:
            return verdict()
        if roll < 0.75:
            return opinion()
        # Two clauses: with "but" the second decides (they disagree), with "and" both agree.
        while True:
            first, first_positive = verdict()
            second, second_positive = verdict()
            joiner = "but" if rng.random() < 0.6 else "and"
            if len(first) + 1 + len(second) > 12:
                continue
            if (joiner == "but") == (first_positive == second_positive):
                continue
            return first + [joiner] + second, second_positive

    ids = {word: i for i, word in enumerate(SENTIMENT_VOCABULARY)}
    x = np.zeros((size, 12), dtype="int32")
    y = np.zeros(size, dtype="int64")
    for i in range(size):
        wanted = i % 2 == 1  # balanced classes
        words, positive = sentence()
        while positive != wanted:
            words, positive = sentence()
        tokens = [ids.get(word, 1) for word in words[:12]]
        x[i, : len(tokens)] = tokens
        y[i] = int(positive)
    return x, y


def load_data(args):
    """The samples as build_model() takes them, and the targets of the loss."""
    x, y = load_sentiment(size=1000, seed=SEED)
    x = x.reshape((-1, 12)).astype("int32")  # as Input "tokens" takes it
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
