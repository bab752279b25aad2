/**
 * Seeds an empty database: settings, the nine priority OPD and checklist version 1. Idempotent:
 * rows that exist are left as they are, so running it on a live database changes nothing but the
 * English legal-basis notes of earlier seeds, which it rewrites in Indonesian.
 */
import { eq } from "drizzle-orm";
import type { Db } from "@/db";
import { checklistItems, checklistVersions, opd, settings } from "@/db/schema";
import { DEFAULT_ITEM_CONFIG } from "@/lib/checks/defaults";
import { CHECKLIST_SEED, LEGACY_LEGAL_BASIS } from "./checklist";
import { OFFICIAL_DOMAIN, OPD_SEED, REGENCY_NAME, type OpdSeed } from "./opd";

export type SeedOptions = {
  /** Replace website URLs by slug (the demo points OPD at the bundled local sites). */
  websiteUrls?: Record<string, string>;
};

export function seedDatabase(db: Db, options: SeedOptions = {}): void {
  db.transaction((tx) => {
    if (!tx.select().from(settings).get()) {
      tx.insert(settings)
        .values({ id: 1, regencyName: REGENCY_NAME, officialDomain: OFFICIAL_DOMAIN })
        .run();
    }
    for (const o of OPD_SEED) upsertSeedOpd(tx, o, options.websiteUrls?.[o.slug]);
    if (!tx.select().from(checklistVersions).get()) {
      const v = tx
        .insert(checklistVersions)
        .values({ number: 1, note: "Daftar periksa bawaan (checklist.md)", active: true })
        .returning({ id: checklistVersions.id })
        .get();
      CHECKLIST_SEED.forEach((item, position) => {
        const config = DEFAULT_ITEM_CONFIG[item.code];
        if (!config) throw new Error(`No detector configured for ${item.code}`);
        tx.insert(checklistItems)
          .values({ ...item, versionId: v.id, position, detector: config.detector, params: config.params, fixHint: config.fixHint })
          .run();
      });
    }
    for (const [old, text] of Object.entries(LEGACY_LEGAL_BASIS)) {
      tx.update(checklistItems).set({ legalBasis: text }).where(eq(checklistItems.legalBasis, old)).run();
    }
  });
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

function upsertSeedOpd(tx: Tx, o: OpdSeed, websiteUrl: string | undefined): void {
  const existing = tx.select({ id: opd.id }).from(opd).where(eq(opd.slug, o.slug)).get();
  if (!existing) {
    tx.insert(opd).values({ ...o, websiteUrl: websiteUrl ?? o.websiteUrl }).run();
  } else if (websiteUrl) {
    tx.update(opd).set({ websiteUrl }).where(eq(opd.id, existing.id)).run();
  }
}
