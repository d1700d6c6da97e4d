/**
 * Object colours of the shapes world, as linear RGB in [0, 1]. Chosen to stay far apart from
 * each other and from the (greyish) backgrounds so a colour name in a caption is unambiguous.
 */
export const COLOURS = [
  { name: 'red', rgb: [0.9, 0.15, 0.15] },
  { name: 'green', rgb: [0.15, 0.75, 0.25] },
  { name: 'blue', rgb: [0.15, 0.3, 0.95] },
  { name: 'yellow', rgb: [0.95, 0.85, 0.1] },
  { name: 'purple', rgb: [0.6, 0.2, 0.8] },
] as const;

export type ColourName = (typeof COLOURS)[number]['name'];
