// Evidence: uploaded screenshots are checked by their first bytes (a declared content type is
// only a claim), and the whole snapshot gets one SHA-256 that goes into the audit log, so a later
// reader can show the evidence is what was captured.
import { createHash } from "node:crypto";
import { canonicalJson } from "../../platform/audit.js";
import { HttpError } from "../../platform/errors.js";

/** Big enough for a phone screenshot; the limit keeps the database and a request's memory bounded. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
export const MAX_IMAGES = 5;

export interface Upload {
  filename: string;
  declaredType: string;
  content: Buffer;
}

export interface CheckedImage {
  filename: string;
  mediaType: string;
  size: number;
  sha256: string;
  content: Buffer;
}

export function sha256(data: string | Buffer): string {
  return createHash("sha256").update(data).digest("hex");
}

/** The image type by its signature, or null: PNG, JPEG, GIF and WebP are what screenshots come as. */
export function sniffImage(content: Buffer): string | null {
  if (
    content.length >= 8 &&
    content.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))
  )
    return "image/png";
  if (content.length >= 3 && content[0] === 0xff && content[1] === 0xd8 && content[2] === 0xff)
    return "image/jpeg";
  if (
    content.length >= 6 &&
    ["GIF87a", "GIF89a"].includes(content.subarray(0, 6).toString("latin1"))
  )
    return "image/gif";
  if (
    content.length >= 12 &&
    content.subarray(0, 4).toString("latin1") === "RIFF" &&
    content.subarray(8, 12).toString("latin1") === "WEBP"
  )
    return "image/webp";
  return null;
}

export function checkImages(uploads: Upload[]): CheckedImage[] {
  if (uploads.length > MAX_IMAGES)
    throw new HttpError(400, "too-many-files", `Attach at most ${MAX_IMAGES} screenshots.`);
  return uploads.map((upload) => {
    const name = upload.filename || "screenshot";
    if (upload.content.length === 0)
      throw new HttpError(400, "empty-file", `The file ${name} is empty.`);
    if (upload.content.length > MAX_IMAGE_BYTES) throw tooLarge(name);
    const mediaType = sniffImage(upload.content);
    if (!mediaType) {
      throw new HttpError(
        415,
        "not-an-image",
        `The file ${name} is not an image. Attach screenshots as PNG, JPEG, GIF or WebP.`,
      );
    }
    return {
      filename: name.slice(0, 200),
      mediaType,
      size: upload.content.length,
      sha256: sha256(upload.content),
      content: upload.content,
    };
  });
}

export function tooLarge(name?: string): HttpError {
  const mb = MAX_IMAGE_BYTES / (1024 * 1024);
  return new HttpError(
    413,
    "file-too-large",
    `${name ? `The file ${name}` : "A file"} is larger than the limit of ${mb} MB for a screenshot. Crop it or save it as JPEG.`,
  );
}

export interface Snapshot {
  text: string;
  url: string | null;
  platform: string;
  postedAt: string | null;
  capturedAt: string;
  images: string[];
}

/** One hash over the whole snapshot: the text, link, times and every image's own hash. */
export function snapshotHash(snapshot: Snapshot): string {
  return sha256(canonicalJson(snapshot));
}
