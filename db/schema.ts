/**
 * The whole domain model of Patuh. This file is the single source of truth: migrations are
 * generated from it by drizzle-kit (`npm run db:generate`) and never edited by hand.
 *
 * Conventions: timestamps are integer milliseconds since the epoch (`timestamp_ms`), JSON
 * columns hold plain data validated with zod where they enter the system, and rows that make
 * history (scans, results, verdicts, meetings, audit) are never updated in place except for the
 * columns that describe their own lifecycle (status, finishedAt, withdrawnAt).
 */
import { sql } from "drizzle-orm";
import {
  sqliteTable,
  text,
  integer,
  real,
  index,
  uniqueIndex,
  primaryKey,
} from "drizzle-orm/sqlite-core";

const createdAt = () =>
  integer("created_at", { mode: "timestamp_ms" })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

// ---------------------------------------------------------------------------------------------
// Settings: one row (id = 1) per installation; another pemda changes these, not the code.
// ---------------------------------------------------------------------------------------------
export const settings = sqliteTable("settings", {
  id: integer("id").primaryKey(),
  regencyName: text("regency_name").notNull(),
  officialDomain: text("official_domain").notNull(),
  zonePreset: text("zone_preset", { enum: ["ombudsman2021", "kategori2022"] })
    .notNull()
    .default("ombudsman2021"),
  /** Cron expression (croner syntax) for scanning every active OPD; null = no regency schedule. */
  scheduleCron: text("schedule_cron"),
  /** Scan every OPD this many days before each meeting; null = off. */
  scanDaysBeforeMeeting: integer("scan_days_before_meeting"),
  defaultMaxPages: integer("default_max_pages").notNull().default(60),
  defaultMaxDepth: integer("default_max_depth").notNull().default(4),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
});

// ---------------------------------------------------------------------------------------------
// OPD (organisasi perangkat daerah). Never deleted once scanned: `active = false` archives it.
// ---------------------------------------------------------------------------------------------
export type SocialAccount = { platform: string; url: string };

export const opd = sqliteTable(
  "opd",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    slug: text("slug").notNull(),
    name: text("name").notNull(),
    shortName: text("short_name").notNull(),
    websiteUrl: text("website_url").notNull(),
    socialAccounts: text("social_accounts", { mode: "json" })
      .$type<SocialAccount[]>()
      .notNull()
      .default(sql`'[]'`),
    services: text("services", { mode: "json" }).$type<string[]>().notNull().default(sql`'[]'`),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** The admin may let the crawler ignore robots.txt on the government's own site. */
    ignoreRobots: integer("ignore_robots", { mode: "boolean" }).notNull().default(false),
    maxPages: integer("max_pages"),
    maxDepth: integer("max_depth"),
    /** Per-OPD cron schedule on top of the regency's; null = none. */
    scheduleCron: text("schedule_cron"),
    createdAt: createdAt(),
    updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
  },
  (t) => [uniqueIndex("opd_slug_uq").on(t.slug)],
);

// ---------------------------------------------------------------------------------------------
// Checklist: every edit makes a new version; stored results keep the version they were scored with.
// ---------------------------------------------------------------------------------------------
export const checklistVersions = sqliteTable("checklist_versions", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** Human-facing number: 1, 2, 3 ... */
  number: integer("number").notNull().unique(),
  note: text("note").notNull().default(""),
  active: integer("active", { mode: "boolean" }).notNull().default(false),
  createdBy: text("created_by"),
  createdAt: createdAt(),
});

export const CATEGORIES = ["SP", "KP", "PG", "SK", "PI", "KI", "PR", "WQ"] as const;
export type Category = (typeof CATEGORIES)[number];

export const checklistItems = sqliteTable(
  "checklist_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    versionId: integer("version_id")
      .notNull()
      .references(() => checklistVersions.id, { onDelete: "restrict" }),
    code: text("code").notNull(),
    category: text("category", { enum: CATEGORIES }).notNull(),
    title: text("title").notNull(),
    legalBasis: text("legal_basis").notNull(),
    /** Id of the detector module in lib/checks that judges this item. */
    detector: text("detector").notNull(),
    /** Detector parameters (keywords, thresholds, periods): data, editable by the admin. */
    params: text("params", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    weight: real("weight").notNull(),
    mode: text("mode", { enum: ["A", "P"] }).notNull(),
    fixHint: text("fix_hint").notNull().default(""),
    position: integer("position").notNull(),
  },
  (t) => [uniqueIndex("checklist_items_version_code_uq").on(t.versionId, t.code)],
);

// ---------------------------------------------------------------------------------------------
// Scans and what they gathered. A scan's results become visible only when status = 'completed'.
// ---------------------------------------------------------------------------------------------
export const SCAN_STATUSES = ["queued", "running", "completed", "failed", "cancelled"] as const;
export type ScanStatus = (typeof SCAN_STATUSES)[number];
export const SCAN_TRIGGERS = ["manual", "schedule", "meeting", "demo", "cli", "opd"] as const;

export const scans = sqliteTable(
  "scans",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opd.id, { onDelete: "restrict" }),
    trigger: text("trigger", { enum: SCAN_TRIGGERS }).notNull(),
    status: text("status", { enum: SCAN_STATUSES }).notNull().default("queued"),
    requestedBy: text("requested_by"),
    queuedAt: integer("queued_at", { mode: "timestamp_ms" })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    /** The checklist version the scan was first scored with. */
    checklistVersionId: integer("checklist_version_id").references(() => checklistVersions.id),
    pagesVisited: integer("pages_visited").notNull().default(0),
    pagesFailed: integer("pages_failed").notNull().default(0),
    /** Failure class of the whole scan (only an unreachable site fails a scan). */
    errorClass: text("error_class"),
    errorMessage: text("error_message"),
    /** Site-level artifact (robots.txt, sitemap, TLS, link checks, skipped URLs): plain JSON. */
    site: text("site", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [
    index("scans_opd_status_idx").on(t.opdId, t.status, t.finishedAt),
    index("scans_status_idx").on(t.status),
  ],
);

export const pages = sqliteTable(
  "pages",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scanId: integer("scan_id")
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    finalUrl: text("final_url"),
    httpStatus: integer("http_status"),
    depth: integer("depth").notNull().default(0),
    errorClass: text("error_class"),
    /** The page artifact, exactly as lib/artifacts defines it. */
    artifact: text("artifact", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    screenshotPath: text("screenshot_path"),
    fetchedAt: integer("fetched_at", { mode: "timestamp_ms" }).notNull(),
  },
  (t) => [index("pages_scan_idx").on(t.scanId)],
);

export const documents = sqliteTable(
  "documents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scanId: integer("scan_id")
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    url: text("url").notNull(),
    kind: text("kind", { enum: ["pdf", "image", "embedded"] }).notNull(),
    sha256: text("sha256"),
    errorClass: text("error_class"),
    artifact: text("artifact", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("documents_scan_idx").on(t.scanId), index("documents_sha_idx").on(t.sha256)],
);

/** OCR and PDF text cached by content hash, so an unchanged poster is read once. */
export const textCache = sqliteTable("text_cache", {
  sha256: text("sha256").primaryKey(),
  method: text("method", { enum: ["pdf", "ocr"] }).notNull(),
  text: text("text").notNull(),
  confidence: real("confidence"),
  createdAt: createdAt(),
});

export const ITEM_STATUSES = ["scored", "review", "error"] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];
export type Evidence = {
  url: string;
  excerpt: string;
  screenshotPath?: string | null;
  source?: string;
};

export const itemResults = sqliteTable(
  "item_results",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    scanId: integer("scan_id")
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    checklistVersionId: integer("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    code: text("code").notNull(),
    status: text("status", { enum: ITEM_STATUSES }).notNull(),
    level: integer("level"),
    evidence: text("evidence", { mode: "json" }).$type<Evidence[]>().notNull(),
    /** One Indonesian sentence on why this level. */
    reason: text("reason").notNull().default(""),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("item_results_scan_version_code_uq").on(t.scanId, t.checklistVersionId, t.code),
    index("item_results_code_idx").on(t.checklistVersionId, t.code),
    // Covers the summary's "most missed items" aggregate without touching the table rows
    // (halves it at 2,000 OPD; see the README's benchmark section).
    index("item_results_cover_idx").on(t.scanId, t.checklistVersionId, t.code, t.status, t.level),
  ],
);

/** The score of one scan under one checklist version (re-scoring adds a row, never overwrites). */
export const scanScores = sqliteTable(
  "scan_scores",
  {
    scanId: integer("scan_id")
      .notNull()
      .references(() => scans.id, { onDelete: "cascade" }),
    checklistVersionId: integer("checklist_version_id")
      .notNull()
      .references(() => checklistVersions.id),
    score: real("score"),
    zone: text("zone"),
    decidedWeight: real("decided_weight").notNull(),
    undecidedWeight: real("undecided_weight").notNull(),
    /** Sum of weight x level / 3 over decided items, unrounded: re-scoring adjusts it by what changed. */
    earnedWeight: real("earned_weight").notNull().default(0),
    /**
     * Re-scoring stores only the results it judged again. Items it kept are read from this
     * version's results of the same scan (always a scoring that stored every item itself);
     * null when this scoring stored every item. See lib/results/rows.ts.
     */
    baseVersionId: integer("base_version_id").references(() => checklistVersions.id),
    /** Per-service matrix of the six published components (SP-08). */
    services: text("services", { mode: "json" })
      .$type<{ name: string; url: string | null; components: Record<string, boolean> }[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: createdAt(),
  },
  // By version: the checklist history counts each version's scorings (refreshed while a
  // re-scoring runs); the primary key starts with the scan.
  (t) => [primaryKey({ columns: [t.scanId, t.checklistVersionId] }), index("scan_scores_version_idx").on(t.checklistVersionId)],
);

// ---------------------------------------------------------------------------------------------
// Manual verdicts: stand over later scans until withdrawn or their evidence changes.
// ---------------------------------------------------------------------------------------------
export const manualVerdicts = sqliteTable(
  "manual_verdicts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opd.id, { onDelete: "restrict" }),
    code: text("code").notNull(),
    level: integer("level").notNull(),
    note: text("note").notNull(),
    authorId: text("author_id").notNull(),
    /** Scan whose evidence the verdict was given on, and a hash of that evidence. */
    scanId: integer("scan_id").references(() => scans.id),
    evidenceHash: text("evidence_hash"),
    createdAt: createdAt(),
    withdrawnAt: integer("withdrawn_at", { mode: "timestamp_ms" }),
    withdrawnBy: text("withdrawn_by"),
  },
  (t) => [index("manual_verdicts_opd_code_idx").on(t.opdId, t.code)],
);

// ---------------------------------------------------------------------------------------------
// Review meetings (rapat) and their frozen snapshots.
// ---------------------------------------------------------------------------------------------
export const meetings = sqliteTable("meetings", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  title: text("title").notNull(),
  /** The meeting date, as YYYY-MM-DD in WIB. */
  heldOn: text("held_on").notNull(),
  place: text("place").notNull().default(""),
  frozenAt: integer("frozen_at", { mode: "timestamp_ms" }),
  frozenBy: text("frozen_by"),
  checklistVersionId: integer("checklist_version_id").references(() => checklistVersions.id),
  zonePreset: text("zone_preset"),
  createdBy: text("created_by"),
  createdAt: createdAt(),
});

export const meetingOpd = sqliteTable(
  "meeting_opd",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opd.id, { onDelete: "restrict" }),
    scanId: integer("scan_id").references(() => scans.id),
    score: real("score"),
    zone: text("zone"),
    decidedWeight: real("decided_weight").notNull().default(0),
    undecidedWeight: real("undecided_weight").notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.opdId] })],
);

export const meetingItems = sqliteTable(
  "meeting_items",
  {
    meetingId: integer("meeting_id")
      .notNull()
      .references(() => meetings.id, { onDelete: "restrict" }),
    opdId: integer("opd_id")
      .notNull()
      .references(() => opd.id, { onDelete: "restrict" }),
    code: text("code").notNull(),
    status: text("status", { enum: ITEM_STATUSES }).notNull(),
    level: integer("level"),
    source: text("source", { enum: ["scanner", "manual"] }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.meetingId, t.opdId, t.code] })],
);

// ---------------------------------------------------------------------------------------------
// Durable job queue (embedded default; a PostgreSQL/pg-boss module can replace it).
// ---------------------------------------------------------------------------------------------
export const JOB_STATUSES = ["queued", "running", "done", "failed", "cancelled"] as const;

export const jobs = sqliteTable(
  "jobs",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind").notNull().default("scan"),
    /** Jobs for the same key never run twice at once (e.g. `opd:3`). */
    dedupeKey: text("dedupe_key").notNull(),
    payload: text("payload", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    status: text("status", { enum: JOB_STATUSES }).notNull().default("queued"),
    attempts: integer("attempts").notNull().default(0),
    maxAttempts: integer("max_attempts").notNull().default(3),
    runAfter: integer("run_after", { mode: "timestamp_ms" }).notNull(),
    lockedBy: text("locked_by"),
    heartbeatAt: integer("heartbeat_at", { mode: "timestamp_ms" }),
    startedAt: integer("started_at", { mode: "timestamp_ms" }),
    finishedAt: integer("finished_at", { mode: "timestamp_ms" }),
    lastError: text("last_error"),
    progress: text("progress", { mode: "json" }).$type<Record<string, unknown>>(),
    createdAt: createdAt(),
  },
  (t) => [
    index("jobs_claim_idx").on(t.status, t.runAfter),
    uniqueIndex("jobs_active_dedupe_uq")
      .on(t.dedupeKey)
      .where(sql`status in ('queued', 'running')`),
  ],
);

export const schedules = sqliteTable("schedules", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  /** null = every active OPD of the regency. */
  opdId: integer("opd_id").references(() => opd.id, { onDelete: "restrict" }),
  kind: text("kind", { enum: ["cron", "before_meeting"] }).notNull(),
  cron: text("cron"),
  daysBefore: integer("days_before"),
  enabled: integer("enabled", { mode: "boolean" }).notNull().default(true),
  lastRunAt: integer("last_run_at", { mode: "timestamp_ms" }),
  nextRunAt: integer("next_run_at", { mode: "timestamp_ms" }),
  createdAt: createdAt(),
});

/** Leases held in the database so one scheduler runs even with two app processes. */
export const locks = sqliteTable("locks", {
  name: text("name").primaryKey(),
  holder: text("holder").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
});

// ---------------------------------------------------------------------------------------------
// Users and sessions: the tables better-auth (username plugin) reads and writes, plus our role.
// ---------------------------------------------------------------------------------------------
export const ROLES = ["admin", "opd", "pimpinan"] as const;
export type Role = (typeof ROLES)[number];

export const user = sqliteTable("user", {
  id: text("id").primaryKey(),
  name: text("name").notNull(),
  email: text("email").notNull().unique(),
  emailVerified: integer("email_verified", { mode: "boolean" }).notNull().default(false),
  image: text("image"),
  username: text("username").unique(),
  displayUsername: text("display_username"),
  role: text("role", { enum: ROLES }).notNull().default("pimpinan"),
  /** Set for role 'opd' only: the one OPD this user may see and act on. */
  opdId: integer("opd_id").references(() => opd.id, { onDelete: "restrict" }),
  active: integer("active", { mode: "boolean" }).notNull().default(true),
  mustChangePassword: integer("must_change_password", { mode: "boolean" })
    .notNull()
    .default(false),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const session = sqliteTable("session", {
  id: text("id").primaryKey(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  token: text("token").notNull().unique(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
  ipAddress: text("ip_address"),
  userAgent: text("user_agent"),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
});

export const account = sqliteTable("account", {
  id: text("id").primaryKey(),
  accountId: text("account_id").notNull(),
  providerId: text("provider_id").notNull(),
  userId: text("user_id")
    .notNull()
    .references(() => user.id, { onDelete: "cascade" }),
  accessToken: text("access_token"),
  refreshToken: text("refresh_token"),
  idToken: text("id_token"),
  accessTokenExpiresAt: integer("access_token_expires_at", { mode: "timestamp_ms" }),
  refreshTokenExpiresAt: integer("refresh_token_expires_at", { mode: "timestamp_ms" }),
  scope: text("scope"),
  password: text("password"),
  createdAt: integer("created_at", { mode: "timestamp_ms" }).notNull(),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }).notNull(),
});

export const verification = sqliteTable("verification", {
  id: text("id").primaryKey(),
  identifier: text("identifier").notNull(),
  value: text("value").notNull(),
  expiresAt: integer("expires_at", { mode: "timestamp_ms" }).notNull(),
  createdAt: integer("created_at", { mode: "timestamp_ms" }),
  updatedAt: integer("updated_at", { mode: "timestamp_ms" }),
});

export const rateLimit = sqliteTable("rate_limit", {
  id: text("id").primaryKey(),
  key: text("key").notNull().unique(),
  count: integer("count").notNull(),
  lastRequest: integer("last_request").notNull(),
});

// ---------------------------------------------------------------------------------------------
// Audit log: append-only. The code has an insert path and no update or delete path.
// ---------------------------------------------------------------------------------------------
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at", { mode: "timestamp_ms" }).notNull(),
    actorId: text("actor_id"),
    actorName: text("actor_name").notNull(),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id"),
    before: text("before", { mode: "json" }).$type<unknown>(),
    after: text("after", { mode: "json" }).$type<unknown>(),
    ip: text("ip"),
  },
  (t) => [
    index("audit_log_at_idx").on(t.at),
    index("audit_log_action_idx").on(t.action),
    // The sign-in throttle asks "failures for this username lately" and "signed in from here before".
    index("audit_log_action_entity_idx").on(t.action, t.entityId, t.at),
  ],
);

export type Opd = typeof opd.$inferSelect;
export type NewOpd = typeof opd.$inferInsert;
export type ChecklistItem = typeof checklistItems.$inferSelect;
export type ChecklistVersion = typeof checklistVersions.$inferSelect;
export type Scan = typeof scans.$inferSelect;
export type ItemResult = typeof itemResults.$inferSelect;
export type Meeting = typeof meetings.$inferSelect;
export type User = typeof user.$inferSelect;
export type Job = typeof jobs.$inferSelect;
