/** Binary files (posters, photos, PDFs) of blind group B, rendered by lib/accuracy/make-assets.ts. */
import type { Asset } from "../make-assets";

export const ASSETS_B: Asset[] = [];
