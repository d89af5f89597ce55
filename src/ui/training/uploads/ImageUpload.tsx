/**
 * Images of the user's own, from a folder or a zip with one sub-folder per
 * class. The images are decoded (and resized) by the worker; here we only
 * group them by class, write the classes into the dataset options so the
 * graph's output can be checked against them, and show a few.
 */
import { useEffect, useMemo, useState } from "react";
import type { TrainingSetup } from "../../../graph/training/setup";
import { useText } from "../../i18n/catalog";
import { format } from "../../i18n/messages";
import { useEditorStore } from "../../store/editorStore";
import { setSetupValue } from "../setup/setupPaths";
import { setupText } from "../setup/setupText";
import { currentGraphId } from "../trainingActions";
import { keepUpload, useUploadStore } from "../uploads";
import { FilePicker } from "./FilePicker";
import { classCounts, imagesFromFiles } from "./imageFiles";

const THUMBNAILS = 12;

export function ImageUpload(_props: { readonly setup: TrainingSetup }) {
  const text = useText(setupText);
  const images = useUploadStore((s) => s.images);
  const [empty, setEmpty] = useState(false);
  const counts = useMemo(() => (images ? classCounts(images.images) : []), [images]);

  const onFiles = async (files: File[]) => {
    const found = await imagesFromFiles(files);
    setEmpty(found.length === 0);
    if (found.length === 0) return;
    const first = files[0]!;
    const name = first.webkitRelativePath ? first.webkitRelativePath.split("/")[0]! : first.name;
    await keepUpload(currentGraphId(), { kind: "imageFolder", name, images: found });
    const classes = classCounts(found).map(([c]) => c);
    useEditorStore.getState().edit((d) => {
      let next = setSetupValue(d, "dataset.options.fileName", name);
      next = setSetupValue(next, "dataset.options.numClasses", classes.length);
      return setSetupValue(next, "dataset.options.classNames", classes);
    });
  };

  return (
    <div className="upload">
      <div className="upload-buttons">
        <FilePicker label={text.chooseFolder} directory testId="image-folder" onFiles={onFiles} />
        <FilePicker
          label={text.chooseZip}
          accept=".zip,application/zip"
          testId="image-zip"
          onFiles={onFiles}
        />
      </div>
      {empty ? (
        <p className="setup-error-box" role="alert">
          {text.noImages}
        </p>
      ) : null}
      {images ? (
        <>
          <p className="setup-note">
            {format(text.imagesLoaded, {
              name: images.name,
              count: images.images.length,
              classes: counts.length,
            })}
          </p>
          <p className="setup-note muted">{counts.map(([c, n]) => `${c} (${n})`).join(" · ")}</p>
          <Thumbnails images={images.images} />
        </>
      ) : null}
    </div>
  );
}

function Thumbnails({
  images,
}: {
  readonly images: readonly { readonly className: string; readonly bytes: ArrayBuffer }[];
}) {
  const [urls, setUrls] = useState<{ url: string; className: string }[]>([]);
  useEffect(() => {
    const step = Math.max(1, Math.floor(images.length / THUMBNAILS));
    const picked = images.filter((_, i) => i % step === 0).slice(0, THUMBNAILS);
    const made = picked.map((image) => ({
      url: URL.createObjectURL(new Blob([image.bytes])),
      className: image.className,
    }));
    setUrls(made);
    return () => {
      for (const m of made) URL.revokeObjectURL(m.url);
    };
  }, [images]);
  return (
    <div className="sample-grid">
      {urls.map((u) => (
        <img key={u.url} src={u.url} alt={u.className} title={u.className} width={40} height={40} />
      ))}
    </div>
  );
}
