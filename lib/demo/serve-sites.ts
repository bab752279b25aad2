/**
 * Serves the nine demo OPD sites for manual browsing:
 *
 *   npx tsx lib/demo/serve-sites.ts [--version before|after] [--port 4101] [--host 127.0.0.1]
 *
 * With --port the sites take consecutive ports from it (the same ports `npm run demo` uses);
 * without it each gets a free port. Type "b" or "a" and Enter to switch version while running.
 */
import { parseArgs } from "node:util";
import { runCli } from "@/lib/cli/run";
import { DEMO_SITES } from "./sites";
import { startDemoSites, type SiteVersion } from "./site-server";

runCli(async () => {
  const { values } = parseArgs({
    options: {
      version: { type: "string", default: "before" },
      port: { type: "string" },
      host: { type: "string", default: "127.0.0.1" },
    },
  });
  const version: SiteVersion = values.version === "after" ? "after" : "before";
  const base = values.port ? Number(values.port) : 0;
  const sites = await startDemoSites({
    version,
    host: values.host,
    ports: base ? Object.fromEntries(DEMO_SITES.map((s, i) => [s.slug, base + i])) : undefined,
  });
  for (const s of sites.sites) {
    const spec = DEMO_SITES.find((d) => d.slug === s.slug)!;
    console.log(`${s.slug.padEnd(20)} ${s.url.padEnd(24)} ${spec.description}`);
  }
  console.log(`\nVersi: ${version}. Ketik "b" (sebelum) atau "a" (sesudah) lalu Enter untuk berganti; Ctrl+C untuk berhenti.`);
  process.stdin.setEncoding("utf8");
  process.stdin.on("data", (chunk: string) => {
    const v: SiteVersion | null = chunk.trim() === "a" ? "after" : chunk.trim() === "b" ? "before" : null;
    if (!v) return;
    sites.setVersion(v);
    console.log(`Versi sekarang: ${v}`);
  });
  const stop = async () => {
    await sites.close();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
});
