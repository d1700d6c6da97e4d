/** The U-Net blocks whose activations the feature graph (exportFeatures.ts) outputs; a module of its own so the page's eager demo metadata does not pull in the exporter. */
export const UNET_FEATURE_TAPS = ['enc1_b', 'enc2_b', 'enc3_b', 'mid_b', 'dec3_b', 'dec2_b', 'dec1_b'] as const;
