/**
 * The share link, shown as well as copied: the clipboard may be refused
 * (no permission, an insecure origin), and the link must still be reachable.
 */
import { useEffect, useRef, useState } from "react";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { Dialog } from "../../layout/Dialog";
import { filesText } from "../filesText";
import { CloseButton } from "./CloseButton";

export const SHARE_DIALOG = "files.share";
/** Beyond this, chat apps and mail programs start cutting links. */
const LONG_LINK = 8_000;

export interface ShareDialogProps {
  readonly url: string;
}

export function ShareDialog({
  props,
  close,
}: {
  readonly props: Readonly<Record<string, unknown>>;
  readonly close: () => void;
}) {
  const { url } = props as unknown as ShareDialogProps;
  const text = useText(filesText);
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<"idle" | "copied" | "failed">("idle");

  const copy = async () => {
    field.current?.select();
    if (field.current) field.current.scrollLeft = 0;
    try {
      await navigator.clipboard.writeText(url);
      setStatus("copied");
    } catch {
      setStatus("failed");
    }
  };

  // Copy at once: the user asked for it with the command that opened this dialog.
  // biome-ignore lint/correctness/useExhaustiveDependencies: once, when the dialog opens
  useEffect(() => {
    void copy();
  }, []);

  return (
    <Dialog title={text.shareTitle} onClose={close} actions={<CloseButton close={close} />}>
      <p className="muted files-intro">{text.shareIntro}</p>
      <div className="files-share">
        <input
          ref={field}
          className="files-share-url"
          aria-label={text.shareLink}
          value={url}
          readOnly
          onFocus={(e) => {
            e.currentTarget.select();
            // Selecting scrolls to the end; the start (this site's address) is what people recognise.
            e.currentTarget.scrollLeft = 0;
          }}
        />
        <button type="button" className="button primary" onClick={() => void copy()}>
          {text.copy}
        </button>
      </div>
      <p className={`files-share-status ${status}`} role="status">
        {status === "copied" ? text.copied : status === "failed" ? text.copyFailed : ""}
      </p>
      {url.length > LONG_LINK ? (
        <p className="muted">{format(text.longLink, { count: url.length.toLocaleString() })}</p>
      ) : null}
    </Dialog>
  );
}
