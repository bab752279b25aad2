/**
 * Reads and writes a scan's artifacts. Writing happens inside the caller's transaction so a
 * scan's pages, documents and results appear together or not at all.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { pages, documents, textCache } from "@/db/schema";
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

/**
 * Reads stored scans back into exactly what the checks need (validated), three queries for the
 * whole list: re-scoring reads tens of thousands of scans. Scans without a site artifact are left out.
 */
export function loadArtifactsOf(db: Db, scanIds: number[]): Map<number, ScanArtifacts> {
  const c = db.$client;
  const ids = JSON.stringify(scanIds);
  const out = new Map<number, ScanArtifacts>();
  const siteRows = c.prepare("select id, site from scans where id in (select value from json_each(?)) and site is not null").all(ids) as {
    id: number;
    site: string;
  }[];
  for (const r of siteRows) out.set(r.id, { site: SiteArtifact.parse(JSON.parse(r.site)), pages: [], documents: [] });
  const pageRows = c.prepare("select scan_id, artifact from pages where scan_id in (select value from json_each(?)) order by id").all(ids) as {
    scan_id: number;
    artifact: string;
  }[];
  for (const r of pageRows) out.get(r.scan_id)?.pages.push(PageArtifact.parse(JSON.parse(r.artifact)));
  const docRows = c.prepare("select scan_id, artifact from documents where scan_id in (select value from json_each(?)) order by id").all(ids) as {
    scan_id: number;
    artifact: string;
  }[];
  for (const r of docRows) out.get(r.scan_id)?.documents.push(DocumentArtifact.parse(JSON.parse(r.artifact)));
  return out;
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
