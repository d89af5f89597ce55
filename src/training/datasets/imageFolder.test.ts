import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { classifyFiles, decodeImages, readZip } from "./imageFolder";
import { loadDataset } from "./index";
import { NO_ASSETS } from "./testing";

const bytes = (...values: number[]) => Uint8Array.from(values);

describe("image folders", () => {
  it("classes images by their parent folder and skips everything else", () => {
    const result = classifyFiles([
      { path: "flowers/rose/1.png", bytes: bytes(1) },
      { path: "flowers/rose/2.JPG", bytes: bytes(2) },
      { path: "flowers/tulip/a.jpeg", bytes: bytes(3) },
      { path: "flowers/tulip/notes.txt", bytes: bytes(4) },
      { path: "__MACOSX/flowers/rose/._1.png", bytes: bytes(5) },
      { path: "flowers/.DS_Store", bytes: bytes(6) },
      { path: "flowers\\tulip\\b.png", bytes: bytes(7) },
    ]);
    if (!result.ok) throw new Error(result.message.en);
    expect(result.classNames).toEqual(["rose", "tulip"]);
    expect(result.images.map((i) => [i.className, new Uint8Array(i.bytes)[0]])).toEqual([
      ["rose", 1],
      ["rose", 2],
      ["tulip", 3],
      ["tulip", 7],
    ]);
  });

  it("explains loose images, a single class and no images", () => {
    const loose = classifyFiles([
      { path: "a/1.png", bytes: bytes(1) },
      { path: "2.png", bytes: bytes(2) },
    ]);
    expect(!loose.ok && loose.message.en).toContain("2.png is not inside a class folder");
    const one = classifyFiles([{ path: "cats/1.png", bytes: bytes(1) }]);
    expect(!one.ok && one.message.en).toContain("at least two class folders");
    const none = classifyFiles([{ path: "cats/readme.md", bytes: bytes(1) }]);
    expect(!none.ok && none.message.zh).toBe("没有找到 PNG 或 JPEG 图像。");
  });

  it("reads zip archives with fflate and reports a broken one", () => {
    const zip = zipSync({ "set/a/1.png": bytes(9, 9), "set/b/": {}, "set/b/2.png": bytes(8) });
    const read = readZip(zip);
    if (!read.ok) throw new Error(read.message.en);
    expect(read.files.map((f) => f.path).sort()).toEqual(["set/a/1.png", "set/b/2.png"]);
    const classified = classifyFiles(read.files);
    expect(classified.ok && classified.classNames).toEqual(["a", "b"]);
    const broken = readZip(bytes(1, 2, 3, 4));
    expect(!broken.ok && broken.message.en).toContain("not a readable zip archive");
  });

  it("says clearly that Node (the CLI) cannot decode images", async () => {
    const images = [{ className: "a", bytes: new ArrayBuffer(4) }];
    const result = await decodeImages(images, ["a"], [28, 28], true);
    expect(!result.ok && result.message.en).toContain("not supported in the CLI");
    await expect(
      loadDataset(
        { kind: "imageFolder", name: "x.zip", images, size: [28, 28], grayscale: true },
        NO_ASSETS,
      ),
    ).rejects.toThrow("not supported in the CLI");
  });
});
