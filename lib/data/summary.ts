import "server-only";
import { asc, avg, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { meetingOpd, meetings, settings } from "@/db/schema";
import { standingSinceBaseline } from "@/lib/meetings";
import { currentStanding, mostMissedItems } from "@/lib/results/current";
import { zoneFor } from "@/lib/scoring";
import { formatDateAxis, formatIsoDayAxis, shortMeetingTitle } from "@/lib/format";

function mean(xs: number[]): number | null {
  return xs.length ? Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 100) / 100 : null;
}

/** Everything the Asisten Pemerintahan's one-page summary shows. */
export function getSummary() {
  const db = getDb();
  const set = db.select().from(settings).get();
  const preset = set?.zonePreset ?? "ombudsman2021";
  const current = currentStanding(db);
  const scored = current.filter((c) => c.score != null);
  const average = mean(scored.map((c) => c.score!));
  // Compared with the previous meeting, not with one frozen from these very scans.
  const { rows, meeting: lastMeeting, skipped: justFrozen } = standingSinceBaseline(db);
  const ranking = rows
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, "id"));

  const zoneCounts = { hijau: 0, kuning: 0, merah: 0, belum: 0 };
  for (const c of current) {
    if (c.score == null) zoneCounts.belum++;
    else zoneCounts[zoneFor(c.score, preset).color]++;
  }

  const frozen = db
    .select({ heldOn: meetings.heldOn, title: meetings.title, average: avg(meetingOpd.score) })
    .from(meetings)
    .innerJoin(meetingOpd, eq(meetingOpd.meetingId, meetings.id))
    .where(isNotNull(meetings.frozenAt))
    .groupBy(meetings.id)
    .orderBy(asc(meetings.heldOn), asc(meetings.id))
    .all();
  const trend = frozen.map((m) => ({
    label: shortMeetingTitle(m.title),
    sublabel: formatIsoDayAxis(m.heldOn),
    title: m.title,
    average: m.average == null ? null : Math.round(Number(m.average) * 100) / 100,
  }));
  const dataDate = scored.reduce<Date | null>((d, c) => (c.finishedAt && (!d || c.finishedAt > d) ? c.finishedAt : d), null);
  trend.push({ label: "Sekarang", sublabel: dataDate ? formatDateAxis(dataDate) : "", title: "Pindaian terakhir", average });

  return {
    regencyName: set?.regencyName ?? "",
    preset,
    average,
    averageZone: average == null ? null : zoneFor(average, preset),
    zoneCounts,
    opdCount: current.length,
    scoredCount: scored.length,
    averageUndecided: mean(scored.map((c) => c.undecidedWeight ?? 0)),
    lastMeeting,
    justFrozen,
    ranking,
    trend,
    mostMissed: mostMissedItems(db, current, 8),
    dataDate,
  };
}

export type Summary = ReturnType<typeof getSummary>;
