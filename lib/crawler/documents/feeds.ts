/**
 * News feeds announced by the home page (RSS/Atom): their item dates tell how fresh the news is
 * even when the pages themselves carry no machine-readable date.
 */
import type { DateArtifact } from "@/lib/artifacts/types";
import { parseFeedDates } from "../dates";
import { safeFetch } from "../http-fetch";
import type { TargetPolicy } from "../target-policy";
import { sameSite } from "../url";

/** Feeds are small; a bigger one is not a feed. */
const FEED_MAX_BYTES = 2 * 1024 * 1024;
const FEED_TIMEOUT_MS = 8_000;

export async function readFeedDates(feedUrl: string, site: string, policy: TargetPolicy, userAgent: string, signal?: AbortSignal): Promise<DateArtifact[]> {
  if (!sameSite(feedUrl, site)) return [];
  try {
    const res = await safeFetch(feedUrl, { policy, origin: "feed", userAgent, timeoutMs: FEED_TIMEOUT_MS, maxBytes: FEED_MAX_BYTES, signal });
    if (res.status !== 200 || !res.body) return [];
    return parseFeedDates(res.body.toString("utf8"));
  } catch {
    return [];
  }
}
