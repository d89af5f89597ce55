/**
 * `npm run layout-presets`: lays every preset out with the editor's own
 * automatic layout (ELK, top to bottom), so presets open tidy and their
 * gallery thumbnails read well. Node sizes are the canvas defaults.
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import ELK from "elkjs/lib/elk.bundled.js";
import { inferShapes, loadDocument, moveNodes, serializeDocument } from "../src/graph";
import { documentPositions, fromElkGraph, toElkGraph } from "../src/ui/autoLayout/elkGraph";
import { layoutInput } from "../src/ui/autoLayout/layoutInput";

const SIZE = { width: 200, height: 96 };
const elk = new ELK();
const folder = new URL("../presets/", import.meta.url);

for (const file of readdirSync(folder).filter((f) => f.endsWith(".json"))) {
  const url = new URL(file, folder);
  const document = loadDocument(JSON.parse(readFileSync(url, "utf8"))).document;
  if (!document) throw new Error(`${file} does not load`);
  const input = layoutInput(
    document,
    inferShapes(document),
    () => SIZE,
    () => undefined,
  );
  const { graph, ids } = toElkGraph(input);
  const result = await elk.layout(graph);
  const positions = documentPositions(document, input, fromElkGraph(result, ids));
  writeFileSync(url, serializeDocument(moveNodes(document, positions)));
  console.log(`laid out ${file}`);
}
