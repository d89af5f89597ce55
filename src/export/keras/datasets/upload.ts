/** The user's own data: a CSV table, a folder of images, or (when the graph names no dataset) an .npz file. */

export const NATURAL_KEY: readonly string[] = [
  "def natural_key(text):",
  '    """Sort key that puts "2" before "10", as Neurograph orders class names."""',
  '    parts = re.split(r"(\\d+)", text)',
  '    return [(0, int(part), "") if part.isdigit() else (1, 0, part) for part in parts]',
];

export const CSV_LOADER: readonly string[] = [
  "def load_csv(path, label_column, task):",
  '    """A CSV table with a header row: one label column, every other column a numeric feature.',
  "",
  "    Features become z-scores column by column (a constant column is only centred); for",
  "    classification the labels become class indices over the sorted distinct values, as",
  "    Neurograph reads uploads.",
  '    """',
  '    with open(path, newline="", encoding="utf-8-sig") as file:',
  "        rows = [row for row in csv.reader(file) if any(cell.strip() for cell in row)]",
  "    header = [cell.strip() for cell in rows[0]]",
  "    label = header.index(label_column.strip())",
  "    body = rows[1:]",
  "    features = np.array(",
  "        [[float(cell) for j, cell in enumerate(row) if j != label] for row in body],",
  "        dtype=np.float64,",
  "    )",
  "    std = features.std(axis=0)",
  "    std[std == 0] = 1.0",
  '    x = ((features - features.mean(axis=0)) / std).astype("float32")',
  "    values = [row[label].strip() for row in body]",
  '    if task == "regression":',
  '        return x, np.array([float(value) for value in values], dtype="float32")[:, None]',
  "    classes = sorted(set(values), key=natural_key)",
  "    index = {name: i for i, name in enumerate(classes)}",
  '    return x, np.array([index[value] for value in values], dtype="int64")',
];

export const IMAGE_FOLDER_LOADER: readonly string[] = [
  "def load_image_folder(path, height, width, color):",
  '    """A folder with one sub-folder of images per class, resized to height x width, pixels in [0, 1].',
  "",
  "    Classes are the sub-folders in sorted order (Neurograph sorts them the same way, numbers",
  "    in numeric order). Grayscale images are converted with Keras's weights.",
  '    """',
  "    images = keras.utils.image_dataset_from_directory(",
  "        path,",
  '        labels="inferred",',
  '        label_mode="int",',
  '        color_mode="grayscale" if color == "grayscale" else "rgb",',
  "        image_size=(height, width),",
  "        shuffle=False,",
  "        batch_size=256,",
  "    )",
  "    batches = list(images.as_numpy_iterator())",
  '    x = np.concatenate([b[0] for b in batches]).astype("float32") / 255.0',
  '    return x, np.concatenate([b[1] for b in batches]).astype("int64")',
];

/** For a graph with several inputs or outputs: one array per Input and per output, by name. */
export const NPZ_ARRAYS_LOADER: readonly string[] = [
  "def load_npz_arrays(path):",
  '    """Your own samples: an .npz file of arrays named after the inputs and outputs."""',
  "    if path is None:",
  "        raise SystemExit(",
  '            "The graph names no dataset in Neurograph: pass --data FILE.npz with one array per "',
  '            "Input and per output, named after them."',
  "        )",
  "    with np.load(path) as data:",
  "        return {name: data[name] for name in data.files}",
];

export const NPZ_LOADER: readonly string[] = [
  "def load_npz(path):",
  '    """Your own samples: an .npz file with arrays x and y (e.g. np.savez(path, x=x, y=y))."""',
  "    if path is None:",
  "        raise SystemExit(",
  '            "The graph names no dataset in Neurograph: pass --data FILE.npz with arrays x and y."',
  "        )",
  "    with np.load(path) as data:",
  '        return data["x"], data["y"]',
];
