/**
 * What an OPD record must look like when an admin types it or imports it: one zod schema with
 * Indonesian messages, plus the normalisations both paths share (slug, URL, social platform).
 */
import { z } from "zod";
import { validateCron } from "@/lib/jobs/cron";

/** A page budget above this makes one OPD's scan run past the scan time limit on 2 cores. */
export const MAX_PAGES_LIMIT = 500;
/** Deeper than this is the news archive, never checklist content (which sits within 2-3 clicks). */
export const MAX_DEPTH_LIMIT = 10;
/** Enough for every service a dinas lists (Disdukcapil has about a dozen); more is a paste error. */
export const MAX_SERVICES = 60;
export const MAX_SOCIAL_ACCOUNTS = 20;
const SLUG_MAX = 60;

export const SOCIAL_PLATFORMS = ["Instagram", "Facebook", "YouTube", "X (Twitter)", "TikTok", "Lainnya"] as const;

const PLATFORM_HOSTS: [RegExp, (typeof SOCIAL_PLATFORMS)[number]][] = [
  [/(^|\.)instagram\.com$/, "Instagram"],
  [/(^|\.)(facebook\.com|fb\.com|fb\.me)$/, "Facebook"],
  [/(^|\.)(youtube\.com|youtu\.be)$/, "YouTube"],
  [/(^|\.)(x\.com|twitter\.com)$/, "X (Twitter)"],
  [/(^|\.)tiktok\.com$/, "TikTok"],
];

/** The platform a social account URL belongs to, by its host ("Lainnya" when unknown). */
export function platformOf(url: string): string {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return "Lainnya";
  }
  return PLATFORM_HOSTS.find(([re]) => re.test(host))?.[1] ?? "Lainnya";
}

/** "Disdukcapil" -> "disdukcapil", "Diskop-UKM & Perindag" -> "diskop-ukm-perindag". */
export function slugify(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, SLUG_MAX)
    .replace(/-+$/, "");
}

/**
 * The identity of a website for duplicate checks: host without "www.", port and path without a
 * trailing slash. http and https of the same address are the same site.
 */
export function siteKey(url: string): string {
  const u = new URL(url);
  const host = u.host.toLowerCase().replace(/^www\./, "");
  return host + u.pathname.replace(/\/+$/, "");
}

function parseHttpUrl(value: string): URL | null {
  try {
    const u = new URL(value);
    if (u.protocol !== "http:" && u.protocol !== "https:") return null;
    if (!u.hostname || u.username || u.password) return null;
    return u;
  } catch {
    return null;
  }
}

const httpUrl = (label: string, example: string) =>
  z
    .string({ error: `${label} wajib diisi.` })
    .trim()
    .min(1, `${label} wajib diisi.`)
    .refine((v) => parseHttpUrl(v) !== null, {
      error: `${label} harus alamat lengkap yang diawali http:// atau https://, misalnya ${example}.`,
    })
    .transform((v) => parseHttpUrl(v)!.href);

/**
 * A cron schedule or nothing: empty text is "no schedule"; anything else must pass the
 * scheduler's own check (its Indonesian message is kept, which a zod union would replace).
 */
export const optionalCron = z.string().transform((value, ctx) => {
  if (value.trim() === "") return null;
  const r = validateCron(value);
  if (!r.ok) {
    ctx.addIssue({ code: "custom", message: r.message });
    return z.NEVER;
  }
  return r.expr;
});

const optionalInt = (label: string, min: number, max: number) =>
  z
    .number({ error: `${label} harus berupa bilangan bulat.` })
    .int(`${label} harus berupa bilangan bulat.`)
    .min(min, `${label} paling sedikit ${min}.`)
    .max(max, `${label} paling banyak ${max}.`)
    .nullable();

export const SocialAccountInput = z.object({
  platform: z.string().trim().min(1, "Pilih platform media sosial.").max(40, "Nama platform terlalu panjang."),
  url: httpUrl("Alamat akun", "https://instagram.com/disdukcapil.kuansing"),
});

export const OpdInput = z.object({
  name: z
    .string({ error: "Nama OPD wajib diisi." })
    .trim()
    .min(3, "Nama OPD paling sedikit 3 huruf.")
    .max(200, "Nama OPD paling banyak 200 huruf."),
  shortName: z
    .string({ error: "Singkatan wajib diisi." })
    .trim()
    .min(2, "Singkatan paling sedikit 2 huruf.")
    .max(40, "Singkatan paling banyak 40 huruf."),
  /** Empty = derived from the short name. */
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .max(SLUG_MAX, `Slug paling banyak ${SLUG_MAX} huruf.`)
    .refine((s) => s === "" || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s), {
      error: "Slug hanya boleh huruf kecil, angka dan tanda hubung (-), misalnya disdukcapil.",
    })
    .default(""),
  websiteUrl: httpUrl("Alamat situs", "https://disdukcapil.kuansing.go.id/"),
  socialAccounts: z
    .array(SocialAccountInput)
    .max(MAX_SOCIAL_ACCOUNTS, `Paling banyak ${MAX_SOCIAL_ACCOUNTS} akun media sosial.`)
    .default([]),
  services: z
    .array(z.string().trim().min(1).max(150, "Nama layanan paling banyak 150 huruf."))
    .max(MAX_SERVICES, `Paling banyak ${MAX_SERVICES} layanan.`)
    .default([]),
  active: z.boolean().default(true),
  ignoreRobots: z.boolean().default(false),
  maxPages: optionalInt("Batas halaman", 1, MAX_PAGES_LIMIT).default(null),
  maxDepth: optionalInt("Batas kedalaman", 0, MAX_DEPTH_LIMIT).default(null),
  /** The OPD's own scan schedule on top of the regency's; empty or null = none. */
  scheduleCron: optionalCron.nullable().default(null),
});
export type OpdInput = z.output<typeof OpdInput>;
export type OpdInputRaw = z.input<typeof OpdInput>;

/** The slug to store: the one typed, or the one derived from the short name. */
export function slugOf(input: Pick<OpdInput, "slug" | "shortName">): string {
  return input.slug || slugify(input.shortName);
}

/** Splits a list typed one per line (or separated by `separator`), trimmed, blanks and repeats dropped. */
export function splitList(text: string, separator: RegExp = /\r?\n/): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const part of text.split(separator)) {
    const v = part.trim();
    if (v && !seen.has(v.toLowerCase())) {
      seen.add(v.toLowerCase());
      out.push(v);
    }
  }
  return out;
}

function intOrNull(v: FormDataEntryValue | null): number | null {
  const s = typeof v === "string" ? v.trim() : "";
  return s === "" ? null : Number(s.replace(",", "."));
}

/** Reads the OPD form (see app/admin/opd/_components/opd-form.tsx) into the schema's input. */
export function opdFormToRaw(form: FormData): OpdInputRaw {
  const text = (name: string) => {
    const v = form.get(name);
    return typeof v === "string" ? v : "";
  };
  const platforms = form.getAll("socialPlatform").map(String);
  const urls = form.getAll("socialUrl").map(String);
  const socialAccounts = urls
    .map((url, i) => ({ platform: platforms[i] ?? "", url }))
    .filter((s) => s.url.trim() !== "")
    .map((s) => ({ platform: s.platform.trim() || platformOf(s.url.trim()), url: s.url }));
  return {
    name: text("name"),
    shortName: text("shortName"),
    slug: text("slug"),
    websiteUrl: text("websiteUrl"),
    socialAccounts,
    services: splitList(text("services")),
    active: form.get("active") === "on",
    ignoreRobots: form.get("ignoreRobots") === "on",
    maxPages: intOrNull(form.get("maxPages")),
    maxDepth: intOrNull(form.get("maxDepth")),
    scheduleCron: text("scheduleCron").trim(),
  };
}
