/**
 * `npm run demo`: migrate, seed, serve the nine demo OPD sites, run the worker, scan all nine
 * (before and after their fixes, with a frozen meeting between), then serve the app.
 *
 *   npm run demo -- [--port 3000] [--db data/demo.db] [--fresh] [--sites-port 4101|0]
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { OPD_SEED } from "@/db/seed/opd";
import { chromiumPath } from "@/lib/browser";
import { runCli } from "./run";

const DEFAULT_PORT = 3000;
/** Stable ports so the demo's stored website URLs stay valid across restarts. */
const DEFAULT_SITES_PORT = 4101;

runCli(async () => {
  const { values } = parseArgs({
    options: {
      port: { type: "string", default: process.env.PORT ?? String(DEFAULT_PORT) },
      db: { type: "string", default: process.env.PATUH_DB ?? path.join("data", "demo.db") },
      fresh: { type: "boolean", default: false },
      "sites-port": { type: "string", default: String(DEFAULT_SITES_PORT) },
    },
  });
  const port = Number(values.port);
  const dbFile = path.resolve(values.db!);
  process.env.PATUH_DB = dbFile;
  process.env.PATUH_DATA_DIR ??= path.join(path.dirname(dbFile), path.basename(dbFile, ".db") + "-files");
  process.env.ALLOW_PRIVATE_NETWORK = "1";
  process.env.PATUH_DEMO = "1";
  process.env.PATUH_BASE_URL ??= `http://127.0.0.1:${port}`;

  chromiumPath(); // fail early with the install command when there is no browser
  if (values.fresh) {
    for (const f of [dbFile, `${dbFile}-wal`, `${dbFile}-shm`]) fs.rmSync(f, { force: true });
    fs.rmSync(process.env.PATUH_DATA_DIR, { recursive: true, force: true });
  }

  // Imported after the environment is set: these read it.
  const { getDb, closeDb } = await import("@/db");
  const { startDemoSites } = await import("@/lib/demo/site-server");
  const { startWorker } = await import("@/lib/jobs/worker");
  const { seedDemo, hasCompletedScans, runDemoStory } = await import("./demo-setup");
  const { ensureNextBuild } = await import("./next-build");
  const { DEMO_PASSWORDS } = await import("@/lib/auth/demo-users");

  const basePort = Number(values["sites-port"]);
  const sites = await startDemoSites({
    version: "after",
    ports: basePort ? Object.fromEntries(OPD_SEED.map(({ slug }, i) => [slug, basePort + i])) : undefined,
  });
  console.error(`[demo] ${sites.sites.length} situs OPD contoh berjalan (${sites.sites[0]?.url} ...)`);
  const db = getDb();
  await seedDemo(db, sites);
  const worker = startWorker({ db });

  let next: ChildProcess | undefined;
  const shutdown = async () => {
    next?.kill("SIGTERM");
    await worker.stop();
    await sites.close();
    closeDb();
    process.exit(0);
  };
  process.on("SIGINT", shutdown);
  process.on("SIGTERM", shutdown);

  try {
    if (!hasCompletedScans(db)) await runDemoStory(db, sites);
    ensureNextBuild();
  } catch (e) {
    // The worker and the demo sites would keep the process alive after the error is printed,
    // and `npm test` would wait for a server that never comes: stop them first.
    await worker.stop();
    await sites.close();
    closeDb();
    throw e;
  }

  next = spawn(
    process.execPath,
    [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", String(port), "-H", "127.0.0.1"],
    { stdio: ["ignore", "inherit", "inherit"], env: { ...process.env, PATUH_WORKER: "0", NEXT_TELEMETRY_DISABLED: "1" } },
  );
  next.on("exit", (code) => {
    console.error(`[demo] server web berhenti (kode ${code}).`);
    void shutdown();
  });
  console.error(`
Patuh (demo) siap: http://127.0.0.1:${port}
Masuk sebagai:
  admin       / ${DEMO_PASSWORDS.admin}   (Bagian Organisasi)
  pimpinan    / ${DEMO_PASSWORDS.pimpinan}   (Asisten Pemerintahan)
  disdukcapil / ${DEMO_PASSWORDS.opd}   (Kasubag Program Disdukcapil)
Kata sandi ini hanya untuk demo. Tekan Ctrl+C untuk berhenti.`);
  await new Promise(() => {});
});

