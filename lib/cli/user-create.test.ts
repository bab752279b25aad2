import { spawnSync } from "node:child_process";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDb, type Db } from "@/db";
import { signInWithPassword } from "@/lib/auth/sign-in";
import { authTestDb } from "@/lib/auth/testing";

const TSX = path.join(process.cwd(), "node_modules", ".bin", "tsx");

let t: ReturnType<typeof authTestDb>;
beforeAll(() => {
  t = authTestDb("patuh-cli-");
});
afterAll(() => t.cleanup());

function run(args: string[], password?: string) {
  const env: NodeJS.ProcessEnv = { ...process.env, PATUH_DB: t.file, NODE_ENV: "development" };
  if (password) env.PATUH_PASSWORD = password;
  else delete env.PATUH_PASSWORD;
  return spawnSync(TSX, ["lib/cli/user-create.ts", ...args], { env, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 60_000 });
}

describe("npm run user:create", () => {
  it("creates the first admin with the password from PATUH_PASSWORD, who can then sign in", async () => {
    const r = run(["--role", "admin", "--username", "kabag.org", "--name", "Kabag Organisasi"], "rahasia-kuat-1");
    expect(r.stderr).toContain("Pengguna kabag.org (admin) dibuat.");
    expect(r.status).toBe(0);
    const db: Db = t.db;
    const s = await signInWithPassword(db, { username: "kabag.org", password: "rahasia-kuat-1" }, new Headers());
    expect(s).toMatchObject({ ok: true, user: { role: "admin", mustChangePassword: false } });
  });

  it("refuses, in Indonesian and with exit code 1, a taken name, an opd user without --opd, and no password off a terminal", () => {
    const taken = run(["--role", "admin", "--username", "kabag.org", "--name", "Lagi"], "rahasia-kuat-2");
    expect(taken.status).toBe(1);
    expect(taken.stderr).toContain('Nama pengguna "kabag.org" sudah dipakai.');
    const noOpd = run(["--role", "opd", "--username", "kasubag", "--name", "Kasubag"], "rahasia-kuat-2");
    expect(noOpd.status).toBe(1);
    expect(noOpd.stderr).toContain("--opd KODE-OPD");
    const noPw = run(["--role", "pimpinan", "--username", "asisten", "--name", "Asisten"]);
    expect(noPw.status).toBe(1);
    expect(noPw.stderr).toContain("PATUH_PASSWORD");
    // Nothing half-made: only the first admin exists.
    const check = openDb(t.file);
    try {
      expect(check.$client.prepare("select count(*) as n from user").get()).toEqual({ n: 1 });
    } finally {
      check.$client.close();
    }
  });
});
