/**
 * The better-auth instance: username + password sign-in (username plugin), sessions in SQLite
 * through the drizzle adapter, cookies set from server actions (nextCookies). One instance per
 * database connection, created on first use so that `next build` opens no database.
 */
import { betterAuth } from "better-auth";
import { CLIENT_ADDRESS_HEADER } from "@/lib/net/client-address";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { APIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { username } from "better-auth/plugins";
import { eq } from "drizzle-orm";
import { getDb, type Db } from "@/db";
import { account, rateLimit, session, user, verification } from "@/db/schema";
import { env } from "@/lib/env";
import {
  authSecret,
  COOKIE_PREFIX,
  HTTP_SIGN_IN_MAX_PER_WINDOW,
  LOGIN_WINDOW_SECONDS,
  MAX_PASSWORD_LENGTH,
  MIN_PASSWORD_LENGTH,
  SESSION_MAX_AGE_SECONDS,
  secureCookies,
  USERNAME_PATTERN,
} from "./config";

/** Thrown (as the APIError message) when an inactive user's password was right. */
export const ACCOUNT_INACTIVE = "ACCOUNT_INACTIVE";

function createAuth(db: Db) {
  const e = env();
  return betterAuth({
    appName: "Patuh",
    baseURL: e.PATUH_BASE_URL,
    secret: authSecret(e),
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user, session, account, verification, rateLimit },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin, the setup page or `npm run user:create`, never by sign-up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
      maxPasswordLength: MAX_PASSWORD_LENGTH,
      // No custom hash: the library default (scrypt), which lib/auth/users.ts also uses.
    },
    session: {
      expiresIn: SESSION_MAX_AGE_SECONDS,
      disableSessionRefresh: true,
      // Every request reads the session row, so a deactivation or password reset takes effect at once.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: "database",
      window: LOGIN_WINDOW_SECONDS,
      max: 100,
      customRules: {
        "/sign-in/username": { window: LOGIN_WINDOW_SECONDS, max: HTTP_SIGN_IN_MAX_PER_WINDOW },
      },
    },
    advanced: {
      cookiePrefix: COOKIE_PREFIX,
      useSecureCookies: secureCookies(e),
      defaultCookieAttributes: { httpOnly: true, sameSite: "lax" },
      // The address resolved by lib/net/client-address.ts, never a client-written X-Forwarded-For.
      ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] },
    },
    databaseHooks: {
      session: {
        create: {
          // A deactivated user keeps their rows (the audit log names them) but gets no new session.
          async before(s) {
            const row = db.select({ active: user.active }).from(user).where(eq(user.id, s.userId)).get();
            if (!row?.active) throw new APIError("FORBIDDEN", { message: ACCOUNT_INACTIVE });
            return { data: s };
          },
        },
      },
    },
    telemetry: { enabled: false },
    // better-auth warns on every wrong password; tests make many on purpose.
    logger: { level: e.NODE_ENV === "test" ? "error" : "warn" },
    plugins: [
      username({
        minUsernameLength: 3,
        maxUsernameLength: 32,
        usernameValidator: (u) => USERNAME_PATTERN.test(u.toLowerCase()),
      }),
      // Must stay last: it copies the Set-Cookie of every other endpoint into Next's cookie store.
      nextCookies(),
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const instances = new WeakMap<Db, Auth>();

/** The auth instance bound to `db` (tests pass their own database). */
export function authFor(db: Db): Auth {
  let a = instances.get(db);
  if (!a) {
    a = createAuth(db);
    instances.set(db, a);
  }
  return a;
}

/** The auth instance of the shared connection. */
export function getAuth(): Auth {
  return authFor(getDb());
}
