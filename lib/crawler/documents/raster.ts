/**
 * Images as pixels (sharp/libvips): what a file really is (a WebP named .png, a corrupt file, a
 * decompression bomb), its size, whether it looks like text at all (a cheap pre-pass that lets
 * photos of people and events skip OCR), the pixels tesseract gets, and the page images of a
 * scanned PDF.
 */
import sharp, { type Metadata } from "sharp";
import { extractImages, getDocumentProxy } from "unpdf";
import { CrawlError } from "../errors";

/** Raster formats OCR reads. SVG is never rasterised here (script, entity and size bombs). */
const READABLE_FORMATS = new Set(["jpeg", "png", "webp", "gif", "tiff", "avif", "heif"]);
/** Text markup at the start of a file (after a BOM and white space): SVG, XML or HTML, not a raster image. */
const MARKUP_START = /^(?:\xEF\xBB\xBF)?\s*</;
/** A 50-megapixel image is a scan of a poster at most; beyond that it is a bomb or an archive. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** Posters, infographics and scanned pages are at least this on their short side; icons and thumbnails are not. */
export const POSTER_MIN_SIDE = 300;
/** Tesseract reads poster text best around this width; larger only costs time. */
const OCR_MAX_SIDE = 2_000;
/** Narrower images are enlarged first: small text reads better; at 800 px posters read best as they are. */
const OCR_MIN_WIDTH = 600;
/** Side of the thumbnail the text-likeness pre-pass measures. */
const PROBE_SIDE = 320;

export type ImageInfo = { format: string; width: number; height: number };

/** Reads the header: format and size, refusing what OCR must not decode. */
export async function inspectImage(data: Buffer): Promise<ImageInfo> {
  // Markup (SVG, or an HTML error page served as an image) never reaches libvips: reading even
  // its header means parsing the whole XML with librsvg, entity and size bombs included.
  if (MARKUP_START.test(data.subarray(0, 512).toString("latin1"))) throw new CrawlError("unsupported_content", "Berkas SVG/XML/HTML, bukan gambar raster: tidak dibaca OCR");
  let meta: Metadata;
  try {
    meta = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "none" }).metadata();
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    // libvips refuses a header declaring more than MAX_INPUT_PIXELS before we see its size.
    if (/pixel limit/i.test(message)) throw new CrawlError("too_large", `Gambar melebihi ${MAX_INPUT_PIXELS / 1_000_000} megapiksel: terlalu besar untuk dibaca`);
    throw new CrawlError("unsupported_content", `Gambar tidak dapat dibaca (${message})`.slice(0, 200));
  }
  const format = meta.format ?? "unknown";
  if (!READABLE_FORMATS.has(format)) throw new CrawlError("unsupported_content", `Format gambar ${format} tidak dibaca OCR`);
  const width = meta.width ?? 0;
  const height = meta.height ?? 0;
  if (width * height > MAX_INPUT_PIXELS) throw new CrawlError("too_large", `Gambar ${width}x${height} piksel terlalu besar untuk dibaca`);
  return { format, width, height };
}

export type TextLikeness = {
  /** Share of pixels in the two most common grey levels: posters have flat backgrounds. */
  flatShare: number;
  /** Share of neighbouring pixel pairs with a sharp contrast step: letters are made of them. */
  edgeShare: number;
  /** A photo (people, events, landscapes) with nothing that looks like printed text. */
  photo: boolean;
};

/**
 * Photos of people and events are smooth (gradients, skin, sky) with few sharp steps and no
 * flat background; posters, infographics and photographed notices have both. Only images that
 * clearly lack both are skipped: a wrongly skipped poster would hide an item, a wrongly read
 * photo only costs a second of OCR.
 */
/**
 * Measured on 320 px thumbnails: posters and infographics (40 of the bench site, 13 fixtures)
 * have an edge share of 0.018-0.11 and a flat share of 0.5-0.9; photos of people, vehicles and
 * events 0.0005-0.0037 and 0.21-0.42; a blurred phone photo of a notice whose text no reader can
 * make out 0.006. The thresholds sit between, closer to the photos.
 */
export const PHOTO_MAX_FLAT_SHARE = 0.5;
export const PHOTO_MAX_EDGE_SHARE = 0.008;

export async function textLikeness(data: Buffer): Promise<TextLikeness> {
  const { data: px, info } = await sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "none" })
    .flatten({ background: "#ffffff" })
    .grayscale()
    .resize(PROBE_SIDE, PROBE_SIDE, { fit: "inside", withoutEnlargement: true })
    .raw()
    .toBuffer({ resolveWithObject: true });
  const bins = new Array<number>(32).fill(0);
  for (const v of px) bins[v >> 3]++;
  const sorted = [...bins].sort((a, b) => b - a);
  const flatShare = (sorted[0] + sorted[1]) / Math.max(1, px.length);
  let edges = 0;
  let pairs = 0;
  for (let y = 0; y < info.height; y++) {
    const row = y * info.width;
    for (let x = 1; x < info.width; x++) {
      pairs++;
      if (Math.abs(px[row + x] - px[row + x - 1]) > 70) edges++;
    }
  }
  const edgeShare = edges / Math.max(1, pairs);
  return { flatShare, edgeShare, photo: flatShare < PHOTO_MAX_FLAT_SHARE && edgeShare < PHOTO_MAX_EDGE_SHARE };
}

/** Grey PNG sized for tesseract: small text enlarged, huge scans reduced. */
export async function forOcr(data: Buffer, info: ImageInfo): Promise<Buffer> {
  let img = sharp(data, { limitInputPixels: MAX_INPUT_PIXELS, failOn: "none" }).flatten({ background: "#ffffff" }).grayscale();
  const long = Math.max(info.width, info.height);
  if (long > OCR_MAX_SIDE) img = img.resize(OCR_MAX_SIDE, OCR_MAX_SIDE, { fit: "inside" });
  else if (info.width < OCR_MIN_WIDTH) img = img.resize({ width: OCR_MIN_WIDTH });
  return img.png({ compressionLevel: 1 }).toBuffer();
}

/** Pages of a scanned PDF that OCR reads: the decree's first pages carry the standard. */
export const SCANNED_PDF_OCR_PAGES = 3;

/** The largest image on each of the first pages of a PDF, as PNG (a scanned page is one image). */
export async function scannedPageImages(data: Uint8Array, maxPages = SCANNED_PDF_OCR_PAGES): Promise<Buffer[]> {
  const pdf = await getDocumentProxy(new Uint8Array(data), { isEvalSupported: false, disableFontFace: true });
  try {
    const out: Buffer[] = [];
    for (let n = 1; n <= Math.min(pdf.numPages, maxPages); n++) {
      const imgs = await extractImages(pdf, n);
      const big = imgs.filter((i) => i.width * i.height <= MAX_INPUT_PIXELS).sort((a, b) => b.width * b.height - a.width * a.height)[0];
      if (!big || Math.min(big.width, big.height) < POSTER_MIN_SIDE) continue;
      const channels = big.channels as 1 | 2 | 3 | 4;
      out.push(await sharp(Buffer.from(big.data), { raw: { width: big.width, height: big.height, channels } }).png({ compressionLevel: 1 }).toBuffer());
    }
    return out;
  } finally {
    await pdf.destroy();
  }
}
