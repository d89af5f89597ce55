/** The docs generated from code, and where they live; a test checks they are current. */
import { graphDocumentJsonSchema } from "../../src/graph/document/jsonSchema";
import { curriculumMarkdown } from "./curriculumDoc";
import { diagnosticsMarkdown } from "./diagnosticsDoc";
import { layersMarkdown } from "./layersDoc";

export interface GeneratedDoc {
  readonly path: string;
  readonly render: () => string;
}

export const GENERATED_DOCS: readonly GeneratedDoc[] = [
  {
    path: "docs/graph-document.schema.json",
    render: () => `${JSON.stringify(graphDocumentJsonSchema(), null, 2)}\n`,
  },
  { path: "docs/diagnostics.md", render: diagnosticsMarkdown },
  { path: "docs/layers.md", render: layersMarkdown },
  { path: "docs/curriculum.md", render: curriculumMarkdown },
];
