import type { Tensor } from '../../kernels/tensor';

/** Largest file we try to decode: bigger ones are refused with a message, not a frozen tab. */
export const MAX_UPLOAD_BYTES = 30 * 1024 * 1024;

/**
 * Decodes a user's image file into a [1,3,size,size] float tensor in [0,1], centre-cropped to a
 * square and resized by the browser. Throws an Error with a message fit to show the user.
 */
export async function imageFileToTensor(file: File, size: number): Promise<Tensor> {
  if (!file.type.startsWith('image/')) throw new Error(`“${file.name}” is not an image (type ${file.type || 'unknown'}).`);
  if (file.size > MAX_UPLOAD_BYTES) {
    throw new Error(`“${file.name}” is ${(file.size / 1048576).toFixed(0)} MB; the limit is ${MAX_UPLOAD_BYTES / 1048576} MB.`);
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new Error(`“${file.name}” could not be decoded as an image.`);
  }
  const side = Math.min(bitmap.width, bitmap.height);
  const canvas = new OffscreenCanvas(size, size);
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(bitmap, (bitmap.width - side) / 2, (bitmap.height - side) / 2, side, side, 0, 0, size, size);
  bitmap.close();
  const rgba = ctx.getImageData(0, 0, size, size).data;
  const plane = size * size;
  const data = new Float32Array(3 * plane);
  for (let i = 0; i < plane; i++) for (let c = 0; c < 3; c++) data[c * plane + i] = rgba[4 * i + c] / 255;
  return { data, shape: [1, 3, size, size] };
}
