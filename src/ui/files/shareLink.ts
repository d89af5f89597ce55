/**
 * Share links: the whole document, compressed with lz-string, in the URL's
 * hash (`#g=…`). The hash never reaches a server, so a shared graph stays
 * between the people who pass the link around.
 */
import { compressToEncodedURIComponent, decompressFromEncodedURIComponent } from "lz-string";
import type { GraphDocument } from "../../graph";
import {
  checkValue,
  damagedLink,
  MAX_DOCUMENT_BYTES,
  refused,
  tooLarge,
  type Verdict,
} from "./incoming";

export const SHARE_PREFIX = "#g=";

export function shareHash(document: GraphDocument): string {
  return SHARE_PREFIX + compressToEncodedURIComponent(JSON.stringify(document));
}

/** The link to the app (at its current address, query kept) that opens this document. */
export function shareUrl(appUrl: string, document: GraphDocument): string {
  const url = new URL(appUrl);
  url.hash = "";
  return `${url.href.replace(/#$/, "")}${shareHash(document)}`;
}

export function isShareHash(hash: string): boolean {
  return hash.startsWith(SHARE_PREFIX);
}

/** The verdict on a `#g=…` hash. */
export function readShareHash(hash: string): Verdict {
  let payload = hash.slice(SHARE_PREFIX.length);
  // Some apps percent-encode characters of links they pass on ($ → %24).
  if (payload.includes("%")) {
    try {
      payload = decodeURIComponent(payload);
    } catch {
      return refused(damagedLink());
    }
  }
  // lz-string can expand its input a great deal; refuse absurd links before decompressing them.
  if (payload.length > MAX_DOCUMENT_BYTES) return refused(tooLarge(payload.length));
  let text: string | null;
  try {
    text = decompressFromEncodedURIComponent(payload);
  } catch {
    text = null;
  }
  if (!text) return refused(damagedLink());
  if (text.length > MAX_DOCUMENT_BYTES) return refused(tooLarge(text.length));
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    // We only ever put JSON in links: text that is not JSON means the link was cut or altered.
    return refused(damagedLink());
  }
  return checkValue(raw);
}
