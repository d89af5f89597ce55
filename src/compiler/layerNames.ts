/**
 * The tfjs layer name of every node — free of tfjs, so the Keras export (which
 * must not load tfjs) names its layers by the very same rule, and trained
 * weights find their layer by name in the browser, in model.json and in Python.
 */

/** What tfjs (and Keras) accept as a layer name. */
const TFJS_NAME = /^[A-Za-z0-9][-A-Za-z0-9._]*$/;

/** Node ids are user data; tfjs names must match TFJS_NAME and be unique: the id when valid, else `node_<index>`. */
export function tfjsLayerNames(ids: readonly string[]): Map<string, string> {
  const names = new Map<string, string>();
  const taken = new Set(ids.filter((id) => TFJS_NAME.test(id)));
  ids.forEach((id, i) => {
    if (TFJS_NAME.test(id)) {
      names.set(id, id);
      return;
    }
    let candidate = `node_${i}`;
    for (let k = 2; taken.has(candidate); k++) candidate = `node_${i}_${k}`;
    taken.add(candidate);
    names.set(id, candidate);
  });
  return names;
}
