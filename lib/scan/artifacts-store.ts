/**
 * Reads and writes a scan's artifacts. Writing happens inside the caller's transaction so a
 * scan's pages, documents and results appear together or not at all.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { pages, documents, scans, textCache } from "@/db/schema";
import {
  DocumentArtifact,
  PageArtifact,
  SiteArtifact,
  type ScanArtifacts,
} from "@/lib/artifacts/types";
import type { TextCache } from "@/lib/crawler";

/** Transaction handle as drizzle passes it to `db.transaction(cb)`. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function insertArtifacts(tx: Tx | Db, scanId: number, artifacts: ScanArtifacts, fetchedAt: Date): void {
  for (const p of artifacts.pages) {
    tx.insert(pages)
      .values({
        scanId,
        url: p.url,
        finalUrl: p.finalUrl,
        httpStatus: p.status,
        depth: p.depth,
        errorClass: p.errorClass,
        artifact: p as unknown as Record<string, unknown>,
        screenshotPath: p.screenshotPath,
        fetchedAt,
      })
      .run();
  }
  for (const d of artifacts.documents) {
    tx.insert(documents)
      .values({
        scanId,
        url: d.url,
        kind: d.kind,
        sha256: d.sha256,
        errorClass: d.errorClass,
        artifact: d as unknown as Record<string, unknown>,
      })
      .run();
  }
}

/** Reads a stored scan back into exactly what the checks need (validated). */
export function loadArtifacts(db: Db, scanId: number): ScanArtifacts | null {
  const scan = db.select({ site: scans.site }).from(scans).where(eq(scans.id, scanId)).get();
  if (!scan?.site) return null;
  const pageRows = db.select({ a: pages.artifact }).from(pages).where(eq(pages.scanId, scanId)).all();
  const docRows = db.select({ a: documents.artifact }).from(documents).where(eq(documents.scanId, scanId)).all();
  return {
    site: SiteArtifact.parse(scan.site),
    pages: pageRows.map((r) => PageArtifact.parse(r.a)),
    documents: docRows.map((r) => DocumentArtifact.parse(r.a)),
  };
}

/** OCR and PDF text cached by content hash in the database. */
export function dbTextCache(db: Db): TextCache {
  return {
    async get(sha256) {
      const row = db.select().from(textCache).where(eq(textCache.sha256, sha256)).get();
      return row ? { text: row.text, confidence: row.confidence } : null;
    },
    async set(sha256, method, text, confidence) {
      db.insert(textCache)
        .values({ sha256, method, text, confidence })
        .onConflictDoNothing()
        .run();
    },
  };
}
