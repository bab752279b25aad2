/**
 * OCR of poster-like images (maklumat, alur, struktur, SKM results) with tesseract.js and the
 * Indonesian language data from the npm package @tesseract.js-data/ind: nothing is downloaded.
 * A small pool of workers per scan, created on first use, terminated at the end.
 */
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import fs from "node:fs";
import { createWorker, PSM, type Worker } from "tesseract.js";

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

/**
 * Tesseract workers (one thread each), started on first use and reused for the whole scan. Two
 * workers keep both cores of the target machine busy while the crawl is over.
 */
export const DEFAULT_OCR_WORKERS = 2;

export class OcrEngine {
  private started: Promise<Worker>[] = [];
  private idle: Worker[] = [];
  private waiting: { resolve: (w: Worker) => void; reject: (e: unknown) => void }[] = [];
  private broken: unknown = null;

  constructor(
    private readonly cacheDir: string = path.join(os.tmpdir(), "patuh-ocr"),
    private readonly size: number = DEFAULT_OCR_WORKERS,
  ) {}

  private async start(): Promise<Worker> {
    fs.mkdirSync(this.cacheDir, { recursive: true });
    // Read from the package every time ("none"): a shared cache file is half-written while another
    // process or worker unpacks it, and tesseract then fails to load the language.
    const worker = await createWorker("ind", 1, {
      langPath: langPath(),
      gzip: true,
      cachePath: this.cacheDir,
      cacheMethod: "none",
      logger: () => undefined,
      errorHandler: () => undefined,
    });
    // tesseract.js reads a page as one block by default; a poster is a layout of blocks (a big
    // title over boxes), and the single-block mode drops its title. Let tesseract find the layout.
    await worker.setParameters({ tessedit_pageseg_mode: PSM.AUTO });
    return worker;
  }

  /** A free worker, starting one while fewer than `size` exist; rejects when workers cannot start. */
  private acquire(): Promise<Worker> {
    if (this.broken) return Promise.reject(this.broken);
    const free = this.idle.pop();
    if (free) return Promise.resolve(free);
    if (this.started.length < this.size) {
      const w = this.start();
      this.started.push(w);
      w.catch((e: unknown) => {
        // Nobody would ever release a worker that never started: fail the waiting reads too.
        this.broken = e;
        for (const waiter of this.waiting.splice(0)) waiter.reject(e);
      });
      return w;
    }
    return new Promise((resolve, reject) => this.waiting.push({ resolve, reject }));
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next.resolve(w);
    else this.idle.push(w);
  }

  async recognize(image: Buffer): Promise<OcrResult> {
    const worker = await this.acquire();
    try {
      const { data } = await worker.recognize(image);
      return { text: data.text.replace(/[ \t]+/g, " ").replace(/\n{3,}/g, "\n\n").trim().slice(0, OCR_MAX_CHARS), confidence: data.confidence };
    } finally {
      this.release(worker);
    }
  }

  /** Stops the worker threads; safe to call when none started. */
  async close(): Promise<void> {
    const ws = this.started;
    this.started = [];
    this.idle = [];
    this.broken = new Error("Mesin OCR sudah ditutup");
    for (const waiter of this.waiting.splice(0)) waiter.reject(this.broken);
    await Promise.all(ws.map((w) => w.then((x) => x.terminate()).catch(() => undefined)));
  }
}
