/** Binary files (posters, photos, PDFs) of blind group A, rendered by lib/accuracy/make-assets.ts. */
import type { Asset } from "../make-assets";

export const ASSETS_A: Asset[] = [];
