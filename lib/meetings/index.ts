/**
 * Review meetings (rapat): a frozen snapshot of each active OPD's latest complete scan plus the
 * standing manual verdicts at that moment, and the comparison with the previous meeting.
 */
import { and, asc, desc, eq, isNotNull, lt, or } from "drizzle-orm";
import type { Db } from "@/db";
import { meetingItems, meetingOpd, meetings, opd, settings, checklistVersions, type Meeting } from "@/db/schema";
import { AppError } from "@/lib/errors";
import { currentStanding } from "@/lib/results/current";
import { effectiveResults, latestCompletedScan, resultVersionFor } from "@/lib/results/effective";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export function createMeeting(db: Db | Tx, input: { title: string; heldOn: string; place: string; createdBy: string | null }): Meeting {
  return db.insert(meetings).values(input).returning().get();
}

/** A meeting that may still change: it exists and is not frozen. */
function unfrozenMeeting(db: Db | Tx, meetingId: number, refusal: string): Meeting {
  const m = db.select().from(meetings).where(eq(meetings.id, meetingId)).get();
  if (!m) throw new AppError("not_found", "Rapat tidak ditemukan.");
  if (m.frozenAt) throw new AppError("conflict", refusal);
  return m;
}

/** Changes an unfrozen meeting's title, day or place; returns the meeting before and after. */
export function updateMeeting(
  db: Db | Tx,
  meetingId: number,
  input: { title: string; heldOn: string; place: string },
): { before: Meeting; after: Meeting } {
  const before = unfrozenMeeting(db, meetingId, "Rapat ini sudah dibekukan; judul, tanggal dan tempatnya tidak dapat diubah lagi.");
  const after = db.update(meetings).set(input).where(eq(meetings.id, meetingId)).returning().get();
  return { before, after };
}

/** Deletes an unfrozen meeting (it holds no snapshot yet); a frozen one is history and stays. */
export function deleteMeeting(db: Db | Tx, meetingId: number): Meeting {
  const m = unfrozenMeeting(db, meetingId, "Rapat ini sudah dibekukan; cuplikannya adalah riwayat dan tidak dapat dihapus.");
  db.delete(meetings).where(eq(meetings.id, meetingId)).run();
  return m;
}

/** Freezes a meeting's snapshot in one transaction; a frozen meeting never changes again. */
export function freezeMeeting(db: Db, meetingId: number, frozenBy: string): Meeting {
  return db.transaction((tx) => {
    const m = tx.select().from(meetings).where(eq(meetings.id, meetingId)).get();
    if (!m) throw new AppError("not_found", "Rapat tidak ditemukan.");
    if (m.frozenAt) throw new AppError("conflict", "Rapat ini sudah dibekukan; cuplikannya tidak dapat diubah.");
    const active = tx.select().from(checklistVersions).where(eq(checklistVersions.active, true)).get();
    if (!active) throw new AppError("not_found", "Belum ada daftar periksa aktif.");
    const preset = tx.select({ p: settings.zonePreset }).from(settings).get()?.p ?? "ombudsman2021";
    const opds = tx.select().from(opd).where(eq(opd.active, true)).all();
    for (const o of opds) {
      const scan = latestCompletedScan(tx as unknown as Db, o.id);
      const version = scan ? resultVersionFor(tx as unknown as Db, scan.id, active.id) : null;
      if (!scan || version == null) {
        tx.insert(meetingOpd).values({ meetingId, opdId: o.id, scanId: null, score: null, zone: null }).run();
        continue;
      }
      const { effective, score } = effectiveResults(tx as unknown as Db, o.id, scan.id, version);
      tx.insert(meetingOpd)
        .values({
          meetingId,
          opdId: o.id,
          scanId: scan.id,
          score: score.score,
          zone: score.zone?.id ?? null,
          decidedWeight: score.decidedWeight,
          undecidedWeight: score.undecidedWeight,
        })
        .run();
      for (const e of effective) {
        tx.insert(meetingItems)
          .values({ meetingId, opdId: o.id, code: e.code, status: e.status, level: e.level, source: e.source })
          .run();
      }
    }
    return tx
      .update(meetings)
      .set({ frozenAt: new Date(), frozenBy, checklistVersionId: active.id, zonePreset: preset })
      .where(eq(meetings.id, meetingId))
      .returning()
      .get();
  });
}

/** The frozen meeting before this one (by date, then id). */
export function previousFrozenMeeting(db: Db, m: Meeting): Meeting | null {
  return (
    db
      .select()
      .from(meetings)
      .where(
        and(
          isNotNull(meetings.frozenAt),
          or(lt(meetings.heldOn, m.heldOn), and(eq(meetings.heldOn, m.heldOn), lt(meetings.id, m.id))),
        ),
      )
      .orderBy(desc(meetings.heldOn), desc(meetings.id))
      .limit(1)
      .get() ?? null
  );
}

export function latestFrozenMeeting(db: Db): Meeting | null {
  return (
    db.select().from(meetings).where(isNotNull(meetings.frozenAt)).orderBy(desc(meetings.heldOn), desc(meetings.id)).limit(1).get() ??
    null
  );
}

/** Scores closer than this are the same score (they are stored rounded to two decimals). */
const SAME_SCORE = 0.004;

/**
 * The frozen meeting the current scores are compared with. Usually the latest; but a meeting
 * frozen after the last scans holds exactly what is shown now, and comparing with it would
 * say "unchanged" for every OPD: such meetings are passed over for the latest one that differs,
 * and `skipped` names the newest one passed over so the page can say why.
 */
export function baselineMeeting(db: Db): { meeting: Meeting | null; skipped: Meeting | null } {
  const frozen = db
    .select()
    .from(meetings)
    .where(isNotNull(meetings.frozenAt))
    .orderBy(desc(meetings.heldOn), desc(meetings.id))
    .all();
  if (!frozen.length) return { meeting: null, skipped: null };
  const now = currentStanding(db);
  const sameAsNow = (m: Meeting) => {
    const snap = new Map(
      db
        .select({ opdId: meetingOpd.opdId, scanId: meetingOpd.scanId, score: meetingOpd.score })
        .from(meetingOpd)
        .where(eq(meetingOpd.meetingId, m.id))
        .all()
        .map((r) => [r.opdId, r]),
    );
    return (
      now.length === snap.size &&
      now.every((c) => {
        const s = snap.get(c.opdId);
        if (!s || s.scanId !== c.scanId) return false;
        return s.score == null || c.score == null ? s.score === c.score : Math.abs(s.score - c.score) < SAME_SCORE;
      })
    );
  };
  const differs = frozen.findIndex((m) => !sameAsNow(m));
  if (differs === 0) return { meeting: frozen[0], skipped: null };
  return { meeting: differs < 0 ? null : frozen[differs], skipped: frozen[0] };
}

/** Each active OPD's current standing (verdicts applied) with its change since `meeting`. */
export function standingComparedWith(db: Db, meeting: Meeting | null) {
  const before = new Map(
    meeting
      ? db
          .select({ opdId: meetingOpd.opdId, score: meetingOpd.score })
          .from(meetingOpd)
          .where(eq(meetingOpd.meetingId, meeting.id))
          .all()
          .map((r) => [r.opdId, r.score])
      : [],
  );
  return currentStanding(db).map((c) => {
    const previousScore = before.get(c.opdId) ?? null;
    return {
      ...c,
      previousScore,
      delta: c.score != null && previousScore != null ? c.score - previousScore : null,
      trend: meeting ? trendOf(previousScore, c.score) : null,
    };
  });
}

/**
 * The current standing against the baseline meeting: the one rule behind the summary's ranking,
 * the OPD list's and the matrix's change columns.
 */
export function standingSinceBaseline(db: Db) {
  const baseline = baselineMeeting(db);
  return { rows: standingComparedWith(db, baseline.meeting), ...baseline };
}

export function listMeetings(db: Db): Meeting[] {
  return db.select().from(meetings).orderBy(desc(meetings.heldOn), desc(meetings.id)).all();
}

export function meetingSnapshot(db: Db, meetingId: number) {
  const rows = db
    .select({ row: meetingOpd, opd })
    .from(meetingOpd)
    .innerJoin(opd, eq(opd.id, meetingOpd.opdId))
    .where(eq(meetingOpd.meetingId, meetingId))
    .orderBy(asc(opd.name))
    .all();
  const items = db.select().from(meetingItems).where(eq(meetingItems.meetingId, meetingId)).all();
  return { rows, items };
}

export type Trend = "naik" | "turun" | "tetap" | "baru";

export function trendOf(before: number | null | undefined, after: number | null | undefined): Trend {
  if (before == null) return "baru";
  if (after == null) return "tetap";
  if (after > before + 0.004) return "naik";
  if (after < before - 0.004) return "turun";
  return "tetap";
}

/**
 * Compares a meeting with the previous frozen one: per OPD and per item, with warnings when the
 * checklist version or the OPD list differs between the two.
 */
export function compareMeetings(db: Db, current: Meeting, previous: Meeting | null) {
  const cur = meetingSnapshot(db, current.id);
  const prev = previous ? meetingSnapshot(db, previous.id) : { rows: [], items: [] };
  const prevByOpd = new Map(prev.rows.map((r) => [r.row.opdId, r.row]));
  const prevItems = new Map(prev.items.map((i) => [`${i.opdId}:${i.code}`, i]));
  const warnings: string[] = [];
  if (previous && previous.checklistVersionId !== current.checklistVersionId) {
    warnings.push("Versi daftar periksa berbeda antara kedua rapat: perubahan nilai sebagian dapat berasal dari perubahan daftar periksa, bukan dari situs OPD.");
  }
  const curIds = new Set(cur.rows.map((r) => r.row.opdId));
  const prevIds = new Set(prev.rows.map((r) => r.row.opdId));
  const added = cur.rows.filter((r) => !prevIds.has(r.row.opdId)).map((r) => r.opd.shortName);
  const removedIds = [...prevIds].filter((id) => !curIds.has(id));
  if (previous && added.length) warnings.push(`OPD baru sejak rapat sebelumnya: ${added.join(", ")}.`);
  if (previous && removedIds.length) {
    const names = prev.rows.filter((r) => removedIds.includes(r.row.opdId)).map((r) => r.opd.shortName);
    warnings.push(`OPD yang tidak lagi ada dalam rapat ini: ${names.join(", ")}.`);
  }
  const opdRows = cur.rows.map(({ row, opd: o }) => {
    const p = prevByOpd.get(row.opdId);
    const items = cur.items
      .filter((i) => i.opdId === row.opdId)
      .map((i) => {
        const before = prevItems.get(`${i.opdId}:${i.code}`);
        return { code: i.code, level: i.level, status: i.status, before: before?.level ?? null, trend: trendOf(before?.level, i.level) };
      });
    return {
      opd: o,
      score: row.score,
      zone: row.zone,
      previousScore: p?.score ?? null,
      previousZone: p?.zone ?? null,
      trend: trendOf(p?.score, row.score),
      undecidedWeight: row.undecidedWeight,
      items,
    };
  });
  return { warnings, opdRows };
}
