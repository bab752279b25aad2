/**
 * `npm run user:create -- --role admin --username kabag.org --name "Nama Lengkap" [--opd slug]`
 * `npm run user:create -- --setup-code`: prints a new one-time code for the /siapkan page instead.
 *
 * Creates a user on the server's own database: the first admin of a new installation, or anyone
 * when the web app is out of reach. The password comes from PATUH_PASSWORD or, on a terminal,
 * is asked for twice without echo; it is never an argument (it would stay in the shell history).
 * The user created here chooses their own password, so is not asked to change it.
 */
import { parseArgs } from "node:util";
import { eq } from "drizzle-orm";
import { ROLES, opd, type Role } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { runCli } from "./run";

const USAGE = `Pemakaian: npm run user:create -- --role admin|opd|pimpinan --username NAMA --name "Nama Lengkap" [--opd KODE-OPD]
       npm run user:create -- --setup-code   (kode sekali pakai untuk halaman /siapkan)
Kata sandi dibaca dari variabel lingkungan PATUH_PASSWORD, atau ditanyakan bila dijalankan di terminal.`;

/** Reads a line from the terminal without echoing it. */
async function askHidden(prompt: string): Promise<string> {
  const stdin = process.stdin;
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding("utf8");
  return new Promise((resolve, reject) => {
    let value = "";
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === "\r" || ch === "\n") {
          cleanup();
          process.stderr.write("\n");
          return resolve(value);
        }
        if (ch === "\u0003") {
          cleanup();
          process.stderr.write("\n");
          return reject(new AppError("invalid_input", "Dibatalkan."));
        }
        if (ch === "\u007f" || ch === "\b") value = value.slice(0, -1);
        else value += ch;
      }
    };
    const cleanup = () => {
      stdin.off("data", onData);
      stdin.setRawMode(false);
      stdin.pause();
    };
    stdin.on("data", onData);
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.PATUH_PASSWORD;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) {
    throw new AppError("invalid_input", "Kata sandi tidak diberikan. Isi PATUH_PASSWORD atau jalankan perintah ini di terminal.");
  }
  const first = await askHidden("Kata sandi: ");
  const second = await askHidden("Ulangi kata sandi: ");
  if (first !== second) throw new AppError("invalid_input", "Kedua kata sandi tidak sama.");
  return first;
}

runCli(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      options: {
        role: { type: "string" },
        username: { type: "string" },
        name: { type: "string" },
        opd: { type: "string" },
        "setup-code": { type: "boolean" },
        help: { type: "boolean", short: "h" },
      },
    }));
  } catch (e) {
    throw new AppError("invalid_input", `${e instanceof Error ? e.message : String(e)}\n${USAGE}`);
  }
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  if (values["setup-code"]) return printSetupCode();
  if (!values.role || !values.username || !values.name) throw new AppError("invalid_input", `Argumen kurang.\n${USAGE}`);
  if (!(ROLES as readonly string[]).includes(values.role)) {
    throw new AppError("invalid_input", `Peran "${values.role}" tidak dikenal; pilih admin, opd atau pimpinan.`);
  }
  const role = values.role as Role;
  if (role === "opd" && !values.opd) throw new AppError("invalid_input", "Pengguna OPD memerlukan --opd KODE-OPD (misalnya --opd disdukcapil).");
  if (role !== "opd" && values.opd) throw new AppError("invalid_input", "--opd hanya untuk peran opd.");

  // Imported here so that a usage error does not open the database.
  const { getDb, closeDb } = await import("@/db");
  const { createUser } = await import("@/lib/auth/users");
  const { ZodError } = await import("zod");
  const db = getDb();
  try {
    let opdId: number | null = null;
    if (values.opd) {
      const row = db.select({ id: opd.id }).from(opd).where(eq(opd.slug, values.opd)).get();
      if (!row) throw new AppError("not_found", `OPD dengan kode "${values.opd}" tidak ada.`);
      opdId = row.id;
    }
    const password = await readPassword();
    const u = await createUser(
      db,
      { username: values.username, name: values.name, role, opdId, password, mustChangePassword: false },
      { id: null, name: `Baris perintah (user:create, ${process.env.USER ?? "pengguna sistem"})` },
    ).catch((e: unknown) => {
      if (e instanceof ZodError) throw new AppError("invalid_input", e.issues.map((i) => i.message).join(" "));
      throw e;
    });
    console.error(`Pengguna ${u.username} (${u.role}) dibuat.`);
  } finally {
    closeDb();
  }
});

/** Issues a one-time setup code and prints it alone on stdout (messages go to stderr). */
async function printSetupCode(): Promise<number> {
  const { getDb, closeDb } = await import("@/db");
  const { hasActiveAdmin } = await import("@/lib/auth/users");
  const { issueSetupCode } = await import("@/lib/auth/setup-code");
  const { SETUP_CODE_TTL_MINUTES } = await import("@/lib/auth/config");
  try {
    const db = getDb();
    if (hasActiveAdmin(db)) throw new AppError("conflict", "Sudah ada admin aktif; halaman /siapkan tidak dipakai lagi. Buat pengguna lewat menu Pengguna.");
    const code = issueSetupCode(db);
    console.error(`Kode penyiapan sekali pakai, berlaku ${SETUP_CODE_TTL_MINUTES} menit. Buka /siapkan dan masukkan:`);
    console.log(code);
    return 0;
  } finally {
    closeDb();
  }
}
