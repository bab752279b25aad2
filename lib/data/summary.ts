import "server-only";
import { asc, avg, eq, isNotNull } from "drizzle-orm";
import { getDb } from "@/db";
import { meetingOpd, meetings, settings } from "@/db/schema";
import { latestFrozenMeeting, trendOf } from "@/lib/meetings";
import { currentStanding, mostMissedItems } from "@/lib/results/current";
import { zoneFor } from "@/lib/scoring";
import { formatIsoDay } from "@/lib/format";

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
  const lastMeeting = latestFrozenMeeting(db);
  const before = new Map(
    lastMeeting
      ? db
          .select({ opdId: meetingOpd.opdId, score: meetingOpd.score })
          .from(meetingOpd)
          .where(eq(meetingOpd.meetingId, lastMeeting.id))
          .all()
          .map((r) => [r.opdId, r.score])
      : [],
  );
  const ranking = current
    .map((c) => {
      const previous = before.get(c.opdId) ?? null;
      return {
        ...c,
        previousScore: previous,
        delta: c.score != null && previous != null ? c.score - previous : null,
        trend: lastMeeting ? trendOf(previous, c.score) : null,
      };
    })
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
    label: formatIsoDay(m.heldOn).replace(/^\S+, /, ""),
    title: m.title,
    average: m.average == null ? null : Math.round(Number(m.average) * 100) / 100,
  }));
  trend.push({ label: "Sekarang", title: "Pindaian terakhir", average });

  const dataDate = scored.reduce<Date | null>((d, c) => (c.finishedAt && (!d || c.finishedAt > d) ? c.finishedAt : d), null);
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
    ranking,
    trend,
    mostMissed: mostMissedItems(db, current, 8),
    dataDate,
  };
}

export type Summary = ReturnType<typeof getSummary>;
