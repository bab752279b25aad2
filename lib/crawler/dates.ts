/**
 * Dates as Indonesian sites write them ("Kamis, 7 Juni 2018", "07/06/2018", "7 Agt 2018"), as
 * machines write them (ISO, RFC 822 in feeds), turned into YYYY-MM-DD for recency checks.
 */
import { XMLParser } from "fast-xml-parser";
import type { DateArtifact } from "@/lib/artifacts/types";

const MONTHS: Record<string, number> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, agus: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};
const MONTH_RE = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join("|");
const WEEKDAY_RE = "(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)";

const DAY_MONTH_YEAR = new RegExp(`(?:${WEEKDAY_RE},?\\s+)?\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(${MONTH_RE})\\.?,?\\s+(\\d{4})\\b`, "gi");
const MONTH_DAY_YEAR = new RegExp(`\\b(${MONTH_RE})\\.?\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, "gi");
const ISO = /\b(\d{4})-(\d{2})-(\d{2})\b/g;
/** Indonesia writes day first: 07/06/2018 is 7 June. */
const NUMERIC_DMY = /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g;

/** Years outside this are page furniture (phone numbers, IDs), not publication dates. */
const MIN_YEAR = 1990;
const MAX_YEAR = 2100;
/** Per page: a news listing has a few dozen; more adds nothing to "newest date". */
export const MAX_DATES_PER_PAGE = 50;

function iso(y: number, m: number, d: number): string | null {
  if (y < MIN_YEAR || y > MAX_YEAR || m < 1 || m > 12 || d < 1) return null;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > days) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** Dates written in running text. */
export function parseTextDates(text: string, max = MAX_DATES_PER_PAGE): DateArtifact[] {
  const out: DateArtifact[] = [];
  const seen = new Set<string>();
  const push = (value: string | null, raw: string, at: number) => {
    const key = `${value}|${at}`;
    if (!value || seen.has(key) || out.length >= max) return;
    // One written date may match two patterns (e.g. "2018-06-07" also as digits); keep the first.
    if (out.some((o) => o.iso === value && o.text === raw.trim())) return;
    seen.add(key);
    out.push({ iso: value, source: "text", text: raw.trim().slice(0, 100) });
  };
  for (const m of text.matchAll(DAY_MONTH_YEAR)) push(iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]), m[0], m.index ?? 0);
  for (const m of text.matchAll(MONTH_DAY_YEAR)) push(iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]), m[0], m.index ?? 0);
  for (const m of text.matchAll(ISO)) push(iso(+m[1], +m[2], +m[3]), m[0], m.index ?? 0);
  for (const m of text.matchAll(NUMERIC_DMY)) push(iso(+m[3], +m[2], +m[1]), m[0], m.index ?? 0);
  return out;
}

/** Offset of Western Indonesia Time: a feed's "23:30 UTC" is already the next day in WIB. */
const WIB_OFFSET_MS = 7 * 3600_000;

/** YYYY-MM-DD of a machine-written date (ISO 8601, RFC 822), or null. */
export function isoFromMachineDate(value: string): string | null {
  const v = value.trim();
  const direct = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
  if (direct && !/T\d{2}:\d{2}.*(Z|[+-]\d{2}:?\d{2})$/.test(v)) return iso(+direct[1], +direct[2], +direct[3]);
  const t = Date.parse(v);
  if (Number.isNaN(t)) return direct ? iso(+direct[1], +direct[2], +direct[3]) : null;
  const d = new Date(t + WIB_OFFSET_MS);
  return iso(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

const feedParser = new XMLParser({ ignoreAttributes: true, removeNSPrefix: true, parseTagValue: false });

/** Item dates of an RSS or Atom feed (newest items come first in practice). */
export function parseFeedDates(xml: string, max = MAX_DATES_PER_PAGE): DateArtifact[] {
  if (/<!ENTITY/i.test(xml)) return [];
  let doc: Record<string, unknown>;
  try {
    doc = feedParser.parse(xml) as Record<string, unknown>;
  } catch {
    return [];
  }
  const list = (v: unknown): Record<string, unknown>[] =>
    (Array.isArray(v) ? v : v ? [v] : []).filter((x): x is Record<string, unknown> => !!x && typeof x === "object");
  const rss = doc.rss as Record<string, unknown> | undefined;
  const channel = (rss?.channel ?? (doc.RDF as Record<string, unknown> | undefined)) as Record<string, unknown> | undefined;
  const items = [...list(channel?.item), ...list((doc.RDF as Record<string, unknown> | undefined)?.item), ...list((doc.feed as Record<string, unknown> | undefined)?.entry)];
  const out: DateArtifact[] = [];
  for (const item of items) {
    if (out.length >= max) break;
    const raw = [item.pubDate, item.published, item.updated, item.date].find((x): x is string => typeof x === "string");
    const value = raw ? isoFromMachineDate(raw) : null;
    if (value && raw) out.push({ iso: value, source: "feed", text: raw.slice(0, 100) });
  }
  return out;
}
