import { TRANSPARENT_NOTE, compositeOnWhite, decodeImageFile } from './imageUpload';

/** Smallest side we accept: below it no filter or registration has a neighbourhood to work with. */
export const MIN_UPLOAD_SIDE = 8;

export interface GrayUpload {
  data: Float32Array; // [size, size] luma in [0, 1]
  width: number; // the file's own size
  height: number;
  note: string; // what was done to it, fit to show the user
}

/**
 * Decodes a user's image into one grey square plane of `size` px: centre-cropped, and resized by
 * the browser's decoder (createImageBitmap with resizeWidth/Height, off the main thread) before
 * any filtering, so a 6000×6000 photo costs the same to filter as a sample. Throws an Error with a
 * message fit to show: not an image (or an SVG), too large a file, undecodable, or too small to
 * filter. Transparent pixels are composited on white, and the note says so.
 */
export async function grayUpload(file: File, size: number): Promise<GrayUpload> {
  const full = await decodeImageFile(file);
  const { width, height } = full;
  if (Math.min(width, height) < MIN_UPLOAD_SIDE) {
    full.close();
    throw new Error(`“${file.name}” is ${width}×${height} px: too small to filter (at least ${MIN_UPLOAD_SIDE}×${MIN_UPLOAD_SIDE} px).`);
  }
  const side = Math.min(width, height);
  let small: ImageBitmap;
  try {
    small = await createImageBitmap(full, (width - side) >> 1, (height - side) >> 1, side, side, {
      resizeWidth: size,
      resizeHeight: size,
      resizeQuality: 'high',
    });
  } finally {
    full.close();
  }
  const ctx = new OffscreenCanvas(size, size).getContext('2d')!;
  ctx.drawImage(small, 0, 0);
  small.close();
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const transparent = compositeOnWhite(rgba);
  const data = Float32Array.from({ length: size * size }, (_, i) => (0.299 * rgba[4 * i] + 0.587 * rgba[4 * i + 1] + 0.114 * rgba[4 * i + 2]) / 255);
  const crop = width === height ? '' : `centre-cropped to ${side}×${side}, `;
  const scaled = side === size ? 'used as is' : side > size ? `downscaled to ${size}×${size}` : `upscaled to ${size}×${size}`;
  return {
    data,
    width,
    height,
    note: `“${file.name}”: ${width}×${height} px, ${crop}${scaled}, in grey (Rec. 601 luma).${transparent ? ` ${TRANSPARENT_NOTE}` : ''}`,
  };
}
