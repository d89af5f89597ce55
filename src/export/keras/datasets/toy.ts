/**
 * The 2-D toys in NumPy: the same distributions as src/training/datasets/
 * toy.ts (same shapes, classes, noise and clipping to [-1.5, 1.5]), drawn
 * from NumPy's generator, so the points differ from Neurograph's but the task
 * does not. Sample i has class i mod classes, as there.
 */

export const TOY_POINTS: readonly string[] = [
  "def toy_points(x, y, noise, rng):",
  '    """(x, y) pairs plus Gaussian noise, clipped to [-1.5, 1.5] as Neurograph\'s 2-D toys are."""',
  "    points = np.stack([x, y], axis=1) + noise * rng.standard_normal((len(x), 2))",
  '    return np.clip(points, -1.5, 1.5).astype("float32")',
];

export const TOY_LOADERS: Readonly<Record<string, readonly string[]>> = {
  xor: [
    "def load_xor(size, noise, seed):",
    '    """XOR: class 0 when x and y have the same sign, class 1 when their signs differ."""',
    "    rng = np.random.default_rng(seed)",
    "    labels = np.arange(size) % 2",
    "    # A margin around the axes: a point on an axis has no well-defined class.",
    "    x = rng.uniform(0.05, 1.0, size) * rng.choice([-1.0, 1.0], size)",
    "    y = rng.uniform(0.05, 1.0, size) * np.sign(x) * np.where(labels == 0, 1.0, -1.0)",
    "    return toy_points(x, y, noise, rng), labels",
  ],
  circles: [
    "def load_circles(size, noise, seed):",
    '    """Two circles: a disc of radius 0.5 (class 0) inside a ring from 0.7 to 1 (class 1)."""',
    "    rng = np.random.default_rng(seed)",
    "    labels = np.arange(size) % 2",
    "    # sqrt makes the disc uniform in area rather than crowded at its centre.",
    "    inner = 0.5 * np.sqrt(rng.random(size))",
    "    radius = np.where(labels == 0, inner, rng.uniform(0.7, 1.0, size))",
    "    angle = rng.uniform(0.0, 2 * np.pi, size)",
    "    return toy_points(radius * np.cos(angle), radius * np.sin(angle), noise, rng), labels",
  ],
  spirals: [
    "def load_spirals(size, noise, seed):",
    '    """Two interleaved spirals of one and a half turns each, one per class."""',
    "    rng = np.random.default_rng(seed)",
    "    labels = np.arange(size) % 2",
    "    t = rng.random(size)",
    "    radius = 0.05 + 0.95 * t",
    "    angle = 3 * np.pi * t + labels * np.pi",
    "    return toy_points(radius * np.cos(angle), radius * np.sin(angle), noise, rng), labels",
  ],
  blobs: [
    "def load_blobs(size, noise, classes, spread, seed):",
    '    """Gaussian blobs, one per class, evenly spaced on a circle of radius 0.65."""',
    "    rng = np.random.default_rng(seed)",
    "    labels = np.arange(size) % classes",
    "    angle = 2 * np.pi * labels / classes + np.pi / 4",
    "    x = 0.65 * np.cos(angle) + spread * rng.standard_normal(size)",
    "    y = 0.65 * np.sin(angle) + spread * rng.standard_normal(size)",
    "    return toy_points(x, y, noise, rng), labels",
  ],
  gaussianRing: [
    "def load_gaussian_ring(size, modes, radius, std, seed):",
    '    """A ring of Gaussians: sample i comes from mode i mod modes (its label); not clipped."""',
    "    rng = np.random.default_rng(seed)",
    "    labels = np.arange(size) % modes",
    "    angle = 2 * np.pi * labels / modes",
    "    centres = radius * np.stack([np.cos(angle), np.sin(angle)], axis=1)",
    "    points = centres + std * rng.standard_normal((size, 2))",
    '    return points.astype("float32"), labels',
  ],
  regression: [
    "def load_regression(size, noise, seed):",
    '    """A noisy curve: y = 0.8 sin(pi x) + 0.2 x + noise for x in [-1, 1].',
    "",
    '    y is clipped to [-1.5, 1.5]."""',
    "    rng = np.random.default_rng(seed)",
    "    x = rng.uniform(-1.0, 1.0, size)",
    "    y = 0.8 * np.sin(np.pi * x) + 0.2 * x + noise * rng.standard_normal(size)",
    '    return x[:, None].astype("float32"), np.clip(y, -1.5, 1.5)[:, None].astype("float32")',
  ],
};
