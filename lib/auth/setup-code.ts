/**
 * The one-time setup code that guards /siapkan on a fresh install: whoever reaches the server
 * first over the network must also be able to read its log or run a command on it. Issued at
 * server start while there is no admin (instrumentation.ts) or by
 * `npm run user:create -- --setup-code`; stored only as a hash in better-auth's `verification`
 * table with an expiry; a new code replaces the old; used up by a successful setup.
 */
import { createHash, randomInt, randomUUID, timingSafeEqual } from "node:crypto";
import { and, eq, gt } from "drizzle-orm";
import type { Db } from "@/db";
import { verification } from "@/db/schema";
import { SETUP_CODE_TTL_MINUTES } from "./config";
import { hasActiveAdmin } from "./users";

export const SETUP_CODE_IDENTIFIER = "patuh:setup-code";

/** No 0/O or 1/I, so a code read off a terminal is typed right: 32 symbols, 5 bits each. */
const ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
/** 20 symbols = 100 bits: no guessing within an hour, so a fast hash is enough. */
const GROUPS = 5;
const GROUP_LENGTH = 4;

function hash(code: string): string {
  return createHash("sha256").update(normalise(code)).digest("hex");
}

/** Case, spaces and dashes do not matter when typing it. */
function normalise(code: string): string {
  return code.toUpperCase().replace(/[\s-]/g, "");
}

/** Makes a new code valid for SETUP_CODE_TTL_MINUTES from `now`, replacing any earlier one, and returns it. */
export function issueSetupCode(db: Db, now = new Date()): string {
  const groups = Array.from({ length: GROUPS }, () =>
    Array.from({ length: GROUP_LENGTH }, () => ALPHABET[randomInt(ALPHABET.length)]).join(""),
  );
  const code = groups.join("-");
  db.transaction((tx) => {
    tx.delete(verification).where(eq(verification.identifier, SETUP_CODE_IDENTIFIER)).run();
    tx.insert(verification)
      .values({
        id: randomUUID(),
        identifier: SETUP_CODE_IDENTIFIER,
        value: hash(code),
        expiresAt: new Date(now.getTime() + SETUP_CODE_TTL_MINUTES * 60_000),
        createdAt: now,
        updatedAt: now,
      })
      .run();
  });
  return code;
}

/** Whether an unexpired code exists. */
export function hasSetupCode(db: Db, now = new Date()): boolean {
  return !!validRow(db, now);
}

/** Whether `given` is the current, unexpired code (compared as hashes, in constant time). */
export function setupCodeMatches(db: Db, given: string, now = new Date()): boolean {
  const row = validRow(db, now);
  if (!row || !given) return false;
  const a = Buffer.from(hash(given), "hex");
  const b = Buffer.from(row.value, "hex");
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Uses the code up (after a successful setup). */
export function consumeSetupCode(db: Db): void {
  db.delete(verification).where(eq(verification.identifier, SETUP_CODE_IDENTIFIER)).run();
}

function validRow(db: Db, now: Date) {
  return db
    .select({ value: verification.value })
    .from(verification)
    .where(and(eq(verification.identifier, SETUP_CODE_IDENTIFIER), gt(verification.expiresAt, now)))
    .get();
}

/**
 * At server start: while there is no active admin, issue a code and print it to the server log,
 * where only whoever runs the server can read it. Returns the code, or null when an admin exists.
 */
export function announceSetupCodeIfNeeded(db: Db, log: (line: string) => void = console.warn): string | null {
  if (hasActiveAdmin(db)) return null;
  const code = issueSetupCode(db);
  log(
    `[penyiapan] Belum ada admin. Kode penyiapan sekali pakai (berlaku ${SETUP_CODE_TTL_MINUTES} menit): ${code}\n` +
      "[penyiapan] Buka /siapkan dan masukkan kode ini. Kode baru: jalankan ulang server atau npm run user:create -- --setup-code",
  );
  return code;
}
