/**
 * Point-in-shape tests for the shapes world. Coordinates are continuous pixel coordinates:
 * x to the right, y down, pixel (i, j) covers [i, i+1) × [j, j+1) and its centre is (i+0.5, j+0.5).
 * Pure arithmetic, no canvas, so a scene rasterises to the same bytes in Node and every browser.
 */

export const SHAPES = ['circle', 'square', 'triangle'] as const;
export type ShapeKind = (typeof SHAPES)[number];

/** One object of a scene. `size` is the radius of the equal-area circle, in pixels. */
export interface SceneObject {
  shape: ShapeKind;
  colour: number; // index into COLOURS
  cx: number;
  cy: number;
  size: number;
  rotation: number; // radians, counter-clockwise on screen
  sizeClass: 'small' | 'medium' | 'large';
}

// Equal area with the circle of radius `size`, so "size" means the same amount of ink for every shape.
const SQUARE_HALF = Math.sqrt(Math.PI) / 2; // half-side of a square of area π
const TRIANGLE_R = Math.sqrt((4 * Math.PI) / (3 * Math.sqrt(3))); // circumradius of an equilateral triangle of area π

/** Radius of a circle around the centre that contains the whole shape (for placement). */
export function boundingRadius(shape: ShapeKind, size: number): number {
  if (shape === 'circle') return size;
  if (shape === 'square') return SQUARE_HALF * Math.SQRT2 * size;
  return TRIANGLE_R * size;
}

/** A compiled inside-test for one object: `(x, y) => boolean`. */
export function insideTest(o: SceneObject): (x: number, y: number) => boolean {
  const { cx, cy, size } = o;
  if (o.shape === 'circle') {
    const r2 = size * size;
    return (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r2;
  }
  // Screen y points down, so a counter-clockwise turn on screen is (c, -s; s, c) applied to (x, -y).
  const c = Math.cos(o.rotation);
  const s = Math.sin(o.rotation);
  if (o.shape === 'square') {
    const h = SQUARE_HALF * size;
    return (x, y) => {
      const dx = x - cx;
      const dy = y - cy;
      return Math.abs(c * dx - s * dy) <= h && Math.abs(s * dx + c * dy) <= h;
    };
  }
  // Triangle: apex up at rotation 0, centroid at the centre; inside = left of all three edges.
  const R = TRIANGLE_R * size;
  const vx: number[] = [];
  const vy: number[] = [];
  for (let k = 0; k < 3; k++) {
    const a = -Math.PI / 2 - o.rotation + (k * 2 * Math.PI) / 3;
    vx.push(cx + R * Math.cos(a));
    vy.push(cy + R * Math.sin(a));
  }
  return (x, y) => {
    for (let k = 0; k < 3; k++) {
      const j = (k + 1) % 3;
      const cross = (vx[j] - vx[k]) * (y - vy[k]) - (vy[j] - vy[k]) * (x - vx[k]);
      if (cross < 0) return false;
    }
    return true;
  };
}
