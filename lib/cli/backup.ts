/**
 * `npm run backup -- <file> [--force] [--db <database>]`: a consistent copy of the database while
 * the app and the worker keep running. SQLite's online backup copies every page inside one read
 * transaction (WAL lets writers go on meanwhile), the copy is checked with `integrity_check`,
 * switched to a single self-contained file, and only then moved to its name, so a failed backup
 * never leaves a half file where a good one is expected.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Database from "better-sqlite3";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { runCli } from "./run";

/** Pages per backup step: all of them, so the copy is one snapshot and a writer cannot restart it. */
const ALL_PAGES = 0x7fffffff;
/** Wait this long for a writer holding the lock rather than failing at once. */
const BUSY_TIMEOUT_MS = 10_000;
const USAGE = "Pemakaian: npm run backup -- <berkas-cadangan> [--force]";

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { force: { type: "boolean", default: false }, db: { type: "string" } },
  });
  if (positionals.length !== 1) throw new AppError("invalid_input", `Sebutkan satu berkas tujuan. ${USAGE}`);
  const source = path.resolve(values.db ?? env().PATUH_DB);
  const target = path.resolve(positionals[0]);

  if (!fs.existsSync(source)) {
    throw new AppError("not_found", `Basis data ${source} tidak ditemukan. Periksa PATUH_DB atau --db.`);
  }
  if ([source, `${source}-wal`, `${source}-shm`].includes(target)) {
    throw new AppError("invalid_input", "Berkas cadangan tidak boleh sama dengan berkas basis data itu sendiri.");
  }
  if (fs.existsSync(target) && !values.force) {
    throw new AppError(
      "conflict",
      `Berkas ${target} sudah ada. Pilih nama lain, atau tambahkan --force untuk menimpanya.`,
    );
  }
  fs.mkdirSync(path.dirname(target), { recursive: true });

  const started = Date.now();
  const partial = `${target}.sebagian-${process.pid}`;
  try {
    const db = new Database(source, { fileMustExist: true });
    try {
      db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
      await db.backup(partial, { progress: () => ALL_PAGES });
    } finally {
      db.close();
    }
    const copy = new Database(partial);
    try {
      const check = copy.pragma("integrity_check", { simple: true });
      if (check !== "ok") throw new AppError("database", `Salinan tidak lolos pemeriksaan keutuhan: ${String(check)}`);
      // One file to archive: no -wal/-shm companions needed to read it.
      copy.pragma("journal_mode = DELETE");
    } finally {
      copy.close();
    }
    for (const f of [`${target}-wal`, `${target}-shm`]) fs.rmSync(f, { force: true });
    fs.renameSync(partial, target);
  } catch (e) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`, `${partial}-journal`]) fs.rmSync(f, { force: true });
    if (e instanceof AppError) throw e;
    throw new AppError("database", `Cadangan gagal dibuat: ${e instanceof Error ? e.message : String(e)}`, { cause: e });
  }
  const mb = (fs.statSync(target).size / 1024 / 1024).toFixed(1).replace(".", ",");
  const seconds = ((Date.now() - started) / 1000).toFixed(1).replace(".", ",");
  console.error(`Cadangan tersimpan: ${target} (${mb} MB, ${seconds} detik). Pemeriksaan keutuhan: ok.`);
});
