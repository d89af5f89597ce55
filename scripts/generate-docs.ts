/** `npm run docs`: regenerates the reference docs that are derived from code. */
import { writeFileSync } from "node:fs";
import { GENERATED_DOCS } from "./docs/generated";

for (const doc of GENERATED_DOCS) {
  writeFileSync(new URL(`../${doc.path}`, import.meta.url), doc.render());
  console.log(`wrote ${doc.path}`);
}
