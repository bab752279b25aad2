/**
 * Users: create, change role or OPD, reset a password, deactivate. Each change and its audit
 * entry (before and after, never a password) are written in one transaction. These functions
 * do not authorize: their callers (server actions through lib/auth/user-commands.ts, the setup
 * page, the command line) decide who may call them.
 */
import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { and, asc, count, eq, ne } from "drizzle-orm";
import type { Db } from "@/db";
import { account, opd, session, user, type Role } from "@/db/schema";
import { recordAudit } from "@/lib/audit";
import { AppError } from "@/lib/errors";
import type { SessionUser } from "./policy";
import { NewUserInput, PasswordSchema, UserChangeInput } from "./user-input";

export { NewUserInput, PasswordSchema, UserChangeInput, UsernameSchema } from "./user-input";

export type Actor = { id: string | null; name: string };

/** What the audit log keeps of a user: everything but secrets. */
function auditView(u: typeof user.$inferSelect) {
  return {
    username: u.username,
    name: u.name,
    role: u.role,
    opdId: u.opdId,
    active: u.active,
    mustChangePassword: u.mustChangePassword,
  };
}

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** An opd user belongs to exactly one existing OPD; the other roles to none. */
function checkBinding(tx: Tx | Db, role: Role, opdId: number | null): number | null {
  if (role !== "opd") return null;
  if (opdId == null) throw new AppError("invalid_input", "Pengguna OPD harus dikaitkan dengan satu OPD.", { details: { opdId: "Pilih OPD." } });
  if (!tx.select({ id: opd.id }).from(opd).where(eq(opd.id, opdId)).get()) {
    throw new AppError("invalid_input", "OPD yang dipilih tidak ada.", { details: { opdId: "OPD tidak ditemukan." } });
  }
  return opdId;
}

function activeAdminCount(tx: Tx | Db, exceptId?: string): number {
  const conds = [eq(user.role, "admin"), eq(user.active, true)];
  if (exceptId) conds.push(ne(user.id, exceptId));
  return tx.select({ n: count() }).from(user).where(and(...conds)).get()?.n ?? 0;
}

export function hasActiveAdmin(db: Db): boolean {
  return activeAdminCount(db) > 0;
}

function mustGet(tx: Tx | Db, id: string) {
  const u = tx.select().from(user).where(eq(user.id, id)).get();
  if (!u) throw new AppError("not_found", "Pengguna tidak ditemukan.");
  return u;
}

/**
 * Creates a user with a password account. With `onlyIfNoAdmin` (the first-run setup page) it
 * refuses, inside the same transaction, once any active admin exists.
 */
export async function createUser(
  db: Db,
  raw: NewUserInput,
  actor: Actor,
  opts: { ip?: string | null; onlyIfNoAdmin?: boolean } = {},
): Promise<SessionUser> {
  const input = NewUserInput.parse(raw);
  const hash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (opts.onlyIfNoAdmin && activeAdminCount(tx) > 0) {
      throw new AppError("conflict", "Admin pertama sudah dibuat; penyiapan awal tidak tersedia lagi.");
    }
    if (tx.select({ id: user.id }).from(user).where(eq(user.username, input.username)).get()) {
      throw new AppError("conflict", `Nama pengguna "${input.username}" sudah dipakai.`, { details: { username: "Sudah dipakai." } });
    }
    const opdId = checkBinding(tx, input.role, input.opdId);
    const now = new Date();
    const id = randomUUID();
    const row = tx
      .insert(user)
      .values({
        id,
        name: input.name,
        // better-auth requires a unique e-mail; Patuh signs in by username, so it is a placeholder.
        email: `${input.username}@pengguna.patuh.invalid`,
        username: input.username,
        displayUsername: input.username,
        role: input.role,
        opdId,
        active: true,
        mustChangePassword: input.mustChangePassword,
        createdAt: now,
        updatedAt: now,
      })
      .returning()
      .get();
    tx.insert(account)
      .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now })
      .run();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "user.create",
      entity: "user",
      entityId: id,
      before: null,
      after: auditView(row),
      ip: opts.ip,
    });
    return toSessionUser(row);
  });
}

/** Changes name, role and OPD binding. The last active admin cannot lose the admin role. */
export function updateUser(db: Db, id: string, raw: UserChangeInput, actor: Actor, ip: string | null = null): SessionUser {
  const input = UserChangeInput.parse(raw);
  return db.transaction((tx) => {
    const before = mustGet(tx, id);
    if (before.role === "admin" && input.role !== "admin" && before.active && activeAdminCount(tx, id) === 0) {
      throw new AppError("conflict", "Ini admin aktif terakhir; perannya tidak dapat diubah. Buat admin lain lebih dulu.");
    }
    const opdId = checkBinding(tx, input.role, input.opdId);
    const after = tx
      .update(user)
      .set({ name: input.name, role: input.role, opdId, updatedAt: new Date() })
      .where(eq(user.id, id))
      .returning()
      .get();
    // A changed role or OPD applies from the next request: sessions only point at the user row.
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "user.update",
      entity: "user",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
      ip,
    });
    return toSessionUser(after);
  });
}

/** Sets a temporary password the user must change at next sign-in, and signs them out everywhere. */
export async function resetPassword(db: Db, id: string, temporaryPassword: string, actor: Actor, ip: string | null = null): Promise<void> {
  const hash = await hashPassword(PasswordSchema.parse(temporaryPassword));
  db.transaction((tx) => {
    const before = mustGet(tx, id);
    const now = new Date();
    const updated = tx
      .update(account)
      .set({ password: hash, updatedAt: now })
      .where(and(eq(account.userId, id), eq(account.providerId, "credential")))
      .returning({ id: account.id })
      .all();
    if (updated.length === 0) {
      tx.insert(account)
        .values({ id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: hash, createdAt: now, updatedAt: now })
        .run();
    }
    const after = tx.update(user).set({ mustChangePassword: true, updatedAt: now }).where(eq(user.id, id)).returning().get();
    tx.delete(session).where(eq(session.userId, id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: "user.password_reset",
      entity: "user",
      entityId: id,
      before: auditView(before),
      // The fact, never the value: otherwise a reset of a user who already had to change shows no change.
      after: { ...auditView(after), passwordReplaced: true },
      ip,
    });
  });
}

/** Deactivating ends the user's sessions at once; the row stays, so the audit log still names them. */
export function setUserActive(db: Db, id: string, active: boolean, actor: Actor, ip: string | null = null): void {
  db.transaction((tx) => {
    const before = mustGet(tx, id);
    if (before.active === active) return;
    if (!active && before.role === "admin" && activeAdminCount(tx, id) === 0) {
      throw new AppError("conflict", "Ini admin aktif terakhir dan tidak dapat dinonaktifkan.");
    }
    const after = tx.update(user).set({ active, updatedAt: new Date() }).where(eq(user.id, id)).returning().get();
    if (!active) tx.delete(session).where(eq(session.userId, id)).run();
    recordAudit(tx, {
      actorId: actor.id,
      actorName: actor.name,
      action: active ? "user.activate" : "user.deactivate",
      entity: "user",
      entityId: id,
      before: auditView(before),
      after: auditView(after),
      ip,
    });
  });
}

/** After the user chose a new password themselves (better-auth changed the hash). */
export function markPasswordChanged(db: Db, id: string, ip: string | null = null): void {
  db.transaction((tx) => {
    const before = mustGet(tx, id);
    const after = tx.update(user).set({ mustChangePassword: false, updatedAt: new Date() }).where(eq(user.id, id)).returning().get();
    recordAudit(tx, {
      actorId: id,
      actorName: before.name,
      action: "user.password_change",
      entity: "user",
      entityId: id,
      before: auditView(before),
      after: { ...auditView(after), passwordReplaced: true },
      ip,
    });
  });
}

export function toSessionUser(u: typeof user.$inferSelect): SessionUser {
  return {
    id: u.id,
    name: u.name,
    username: u.username ?? "",
    role: u.role,
    opdId: u.role === "opd" ? u.opdId : null,
    mustChangePassword: u.mustChangePassword,
  };
}

/** The user as the policy sees them, or null when unknown or deactivated. */
export function loadSessionUser(db: Db, id: string): SessionUser | null {
  const u = db.select().from(user).where(eq(user.id, id)).get();
  return u && u.active ? toSessionUser(u) : null;
}

export type UserListRow = {
  id: string;
  name: string;
  username: string;
  role: Role;
  opdId: number | null;
  opdName: string | null;
  opdShortName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  createdAt: Date;
};

export function listUsers(db: Db): UserListRow[] {
  return db
    .select({
      id: user.id,
      name: user.name,
      username: user.username,
      role: user.role,
      opdId: user.opdId,
      opdName: opd.name,
      opdShortName: opd.shortName,
      active: user.active,
      mustChangePassword: user.mustChangePassword,
      createdAt: user.createdAt,
    })
    .from(user)
    .leftJoin(opd, eq(opd.id, user.opdId))
    .orderBy(asc(user.role), asc(user.username))
    .all()
    .map((r) => ({ ...r, username: r.username ?? "" }));
}

export function getUserRow(db: Db, id: string): UserListRow | null {
  return listUsers(db).find((u) => u.id === id) ?? null;
}
