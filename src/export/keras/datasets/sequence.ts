/**
 * The generated sequence datasets in NumPy, as src/training/datasets/
 * sequence.ts defines them (same distributions, other random numbers).
 */

export const SEQUENCE_LOADERS: Readonly<Record<string, readonly string[]>> = {
  sine: [
    "def load_sine(size, steps, noise, seed):",
    '    """Windows of A sin(w t + phase) with noisy readings; the target is the next clean value."""',
    "    rng = np.random.default_rng(seed)",
    "    omega = rng.uniform(0.15, 0.6, (size, 1))  # radians per step: 10 to 40 steps per period",
    "    phase = rng.uniform(0.0, 2 * np.pi, (size, 1))",
    "    amplitude = rng.uniform(0.5, 1.0, (size, 1))",
    "    t = np.arange(steps)[None, :]",
    "    window = amplitude * np.sin(omega * t + phase) + noise * rng.standard_normal((size, steps))",
    "    x = np.clip(window, -1.5, 1.5)[:, :, None]",
    "    y = amplitude * np.sin(omega * steps + phase)",
    '    return x.astype("float32"), y.astype("float32")',
  ],
  firstSymbol: [
    "def load_first_symbol(size, length, symbols, seed):",
    '    """Silence, a one-hot symbol, then random distractor symbols; the label is the first symbol."""',
    "    rng = np.random.default_rng(seed)",
    '    x = np.zeros((size, length, symbols), dtype="float32")',
    "    labels = np.arange(size) % symbols",
    "    for i in range(size):",
    "        start = rng.integers(length - 1)  # at least one step after the symbol",
    "        x[i, start, labels[i]] = 1.0",
    "        x[i, np.arange(start + 1, length), rng.integers(symbols, size=length - start - 1)] = 1.0",
    "    return x, labels",
  ],
  reverseDigits: [
    "def load_reverse_digits(size, length, seed):",
    '    """Random digits as token ids 0-9, labelled with the digits reversed (one class per step)."""',
    "    rng = np.random.default_rng(seed)",
    "    digits = rng.integers(0, 10, (size, length))",
    '    return digits.astype("int32"), digits[:, ::-1].copy()',
  ],
  countFrom: [
    "def load_count_from(size, length, seed):",
    '    """A one-hot start digit, labelled start, start + 1, ... (mod 10) for `length` steps."""',
    "    rng = np.random.default_rng(seed)",
    "    start = rng.integers(0, 10, size)",
    '    x = np.eye(10, dtype="float32")[start]',
    "    y = (start[:, None] + np.arange(length)[None, :]) % 10",
    "    return x, y",
  ],
};
