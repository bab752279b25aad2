/**
 * OCR of poster-like images (maklumat, alur, struktur, SKM results) with tesseract.js and the
 * Indonesian language data from the npm package @tesseract.js-data/ind: nothing is downloaded.
 * One worker per scan, created on first use, terminated at the end.
 */
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createWorker, type Worker } from "tesseract.js";

/** Where the package keeps ind.traineddata.gz (tesseract 4 LSTM data). */
function langPath(): string {
  try {
    const pkg = createRequire(import.meta.url).resolve("@tesseract.js-data/ind/package.json");
    return path.join(path.dirname(pkg), "4.0.0");
  } catch {
    return path.join(process.cwd(), "node_modules", "@tesseract.js-data", "ind", "4.0.0");
  }
}

export type OcrResult = { text: string; confidence: number };

/** OCR text is evidence to weigh, not a document: bound it like a PDF's. */
const OCR_MAX_CHARS = 20_000;

export class OcrEngine {
  private worker: Promise<Worker> | null = null;

  constructor(private readonly cacheDir: string = path.join(os.tmpdir(), "patuh-ocr")) {}

  private get(): Promise<Worker> {
    if (!this.worker) {
      fs.mkdirSync(this.cacheDir, { recursive: true });
      this.worker = createWorker("ind", 1, {
        langPath: langPath(),
        gzip: true,
        cachePath: this.cacheDir,
        logger: () => undefined,
        errorHandler: () => undefined,
      });
    }
    return this.worker;
  }

  async recognize(image: Buffer): Promise<OcrResult> {
    const worker = await this.get();
    const { data } = await worker.recognize(image);
    return { text: data.text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim().slice(0, OCR_MAX_CHARS), confidence: data.confidence };
  }

  /** Stops the worker thread; safe to call when it never started. */
  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    if (w) await w.then((x) => x.terminate()).catch(() => undefined);
  }
}
