import "server-only";
import { and, count, desc, eq, isNotNull, sql } from "drizzle-orm";
import { getDb } from "@/db";
import { meetingOpd, meetings, opd, scans, user, type Meeting } from "@/db/schema";
import { previousFrozenMeeting, standingComparedWith } from "@/lib/meetings";
import { meetingDataset, type DatasetScope } from "@/lib/export/dataset";
import { summarize } from "@/lib/export/summary";

export type MeetingListRow = Pick<Meeting, "id" | "title" | "heldOn" | "place" | "frozenAt"> & { opdCount: number };

/** Every meeting, newest date first, with the number of OPD in its snapshot. */
export function listMeetingsView(): MeetingListRow[] {
  return getDb()
    .select({
      id: meetings.id,
      title: meetings.title,
      heldOn: meetings.heldOn,
      place: meetings.place,
      frozenAt: meetings.frozenAt,
      opdCount: sql<number>`(select count(*) from ${meetingOpd} where ${meetingOpd.meetingId} = ${meetings.id})`,
    })
    .from(meetings)
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .all();
}

/** The frozen meetings, newest first (for the export page's links). */
export function listFrozenMeetings() {
  return getDb()
    .select({ id: meetings.id, title: meetings.title, heldOn: meetings.heldOn })
    .from(meetings)
    .where(isNotNull(meetings.frozenAt))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .all();
}

/** How many active OPD a freeze now would capture with a score, of how many. */
function freezeReadiness() {
  const db = getDb();
  const active = db.select({ n: count() }).from(opd).where(eq(opd.active, true)).get()?.n ?? 0;
  const scanned =
    db
      .select({ n: sql<number>`count(distinct ${scans.opdId})` })
      .from(scans)
      .innerJoin(opd, eq(opd.id, scans.opdId))
      .where(and(eq(opd.active, true), eq(scans.status, "completed")))
      .get()?.n ?? 0;
  return { active, scanned };
}

/**
 * What freezing now would record: each active OPD's current score (verdicts applied), beside its
 * score at the previous frozen meeting. Read live, so it follows scans and verdicts until the freeze.
 */
function freezePreview(previous: Meeting | null, scope: DatasetScope) {
  return standingComparedWith(getDb(), previous)
    .filter((c) => scope.opdId == null || c.opdId === scope.opdId)
    .sort((a, b) => (b.score ?? -1) - (a.score ?? -1) || a.name.localeCompare(b.name, "id"));
}

/**
 * One meeting's page: the meeting, the frozen meeting it is compared with, and, once frozen,
 * the snapshot rows (restricted by `scope` for an opd user) with their summary.
 */
export function getMeetingPage(id: number, scope: DatasetScope = {}) {
  const db = getDb();
  const meeting = db.select().from(meetings).where(eq(meetings.id, id)).get();
  if (!meeting) return null;
  const previous = previousFrozenMeeting(db, meeting);
  if (!meeting.frozenAt) {
    return { meeting, previous, frozen: false as const, readiness: freezeReadiness(), preview: freezePreview(previous, scope) };
  }
  const dataset = meetingDataset(db, id, scope);
  // frozenBy holds a user id; the demo and the command line write a plain name instead.
  const frozenByName = meeting.frozenBy
    ? (db.select({ name: user.name }).from(user).where(eq(user.id, meeting.frozenBy)).get()?.name ?? meeting.frozenBy)
    : null;
  return { meeting, previous, frozen: true as const, frozenByName, dataset, summary: summarize(dataset.opdRows) };
}

export type MeetingPage = NonNullable<ReturnType<typeof getMeetingPage>>;
