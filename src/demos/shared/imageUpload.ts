import type { Tensor } from '../../kernels/tensor';

/** Largest file we try to decode: bigger ones are refused with a message, not a frozen tab. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;
/** Said whenever an upload had see-through pixels: the demos' images have no alpha channel. */
export const TRANSPARENT_NOTE = 'Its transparent pixels were composited on white.';

/**
 * Checks and decodes a user's image file. SVG is refused in plain words: a vector image has no
 * pixel size of its own, and rasterising it is not worth a script-capable document in the page.
 * Throws an Error with a message fit to show the user.
 */
export async function decodeImageFile(file: File): Promise<ImageBitmap> {
  if (file.type === 'image/svg+xml' || /\.svgz?$/i.test(file.name)) throw new Error(`“${file.name}”: SVG is not supported; use PNG, JPEG or WebP.`);
  if (!file.type.startsWith('image/')) throw new Error(`“${file.name}” is not an image (type ${file.type || 'unknown'}).`);
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new Error(`“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB.`);
  }
  try {
    return await createImageBitmap(file);
  } catch {
    throw new Error(`“${file.name}” could not be decoded as an image.`);
  }
}

/**
 * Composites straight-alpha RGBA pixels onto white in place (alpha becomes 255), as a browser
 * shows a transparent PNG on a white page; returns whether any pixel was not opaque. Without it
 * a transparent pixel reads as black (its RGB is 0 once premultiplied and decoded).
 */
export function compositeOnWhite(rgba: Uint8ClampedArray): boolean {
  let transparent = false;
  for (let i = 0; i < rgba.length; i += 4) {
    const a = rgba[i + 3];
    if (a === 255) continue;
    transparent = true;
    for (let c = 0; c < 3; c++) rgba[i + c] = (rgba[i + c] * a + 255 * (255 - a)) / 255;
    rgba[i + 3] = 255;
  }
  return transparent;
}

export interface ImageUpload {
  image: Tensor; // [1, 3, size, size] in [0, 1]
  note: string; // what was done to it, fit to show the user
}

/**
 * Decodes a user's image file into a [1,3,size,size] float tensor in [0,1], centre-cropped to a
 * square, resized by the browser and composited on white. Throws an Error fit to show the user.
 */
export async function imageFileToTensor(file: File, size: number): Promise<ImageUpload> {
  const bitmap = await decodeImageFile(file);
  const { width, height } = bitmap;
  const side = Math.min(width, height);
  const ctx = new OffscreenCanvas(size, size).getContext('2d')!;
  ctx.drawImage(bitmap, (width - side) / 2, (height - side) / 2, side, side, 0, 0, size, size);
  bitmap.close();
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const transparent = compositeOnWhite(rgba);
  const plane = size * size;
  const data = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) for (let c = 0; c < 3; c++) data[c * plane + i] = rgba[4 * i + c] / 255;
  const crop = width === height ? '' : `centre-cropped to ${side}×${side}, `;
  const note = `“${file.name}”: ${width}×${height} px, ${crop}resized to ${size}×${size}.${transparent ? ` ${TRANSPARENT_NOTE}` : ''}`;
  return { image: { data, shape: [1, 3, size, size] }, note };
}
