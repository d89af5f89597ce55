/** A button that opens the file picker (the input itself stays hidden but labelled). */
import { useRef } from "react";

interface Props {
  readonly label: string;
  readonly accept?: string;
  readonly directory?: boolean;
  readonly testId?: string;
  readonly onFiles: (files: File[]) => void;
}

export function FilePicker({ label, accept, directory, testId, onFiles }: Props) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" className="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label={label}
        data-testid={testId}
        accept={accept}
        multiple={directory}
        {...(directory ? { webkitdirectory: "" } : {})}
        onChange={(event) => {
          const files = [...(event.target.files ?? [])];
          event.target.value = "";
          if (files.length > 0) onFiles(files);
        }}
      />
    </>
  );
}
