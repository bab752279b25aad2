import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, meetingOpd, meetings } from "@/db/schema";
import { asUser, authTestDb, createTestUser, formData, type TestUser } from "@/lib/auth/testing";
import { createMeeting } from "@/lib/meetings";
import { addScan, seedStory } from "@/lib/export/test-db";
import { createMeetingCommand, deleteMeetingCommand, freezeMeetingCommand, updateMeetingCommand } from "./commands";

let t: ReturnType<typeof authTestDb>;
let users: Record<"admin" | "pimpinan" | "opd", TestUser>;
let story: ReturnType<typeof seedStory>;

// One database and three real sessions for the file: signing in hashes passwords (scrypt), which
// is the slow part. Each test works on its own meeting and counts only its own rows.
beforeAll(async () => {
  t = authTestDb("patuh-rapat-");
  story = seedStory(t.db);
  addScan(t.db, story.alpha.id, story.versionId, [{ code: "A-01", status: "scored", level: 2 }], new Date());
  users = {
    admin: await createTestUser(t.db, { role: "admin", name: "Admin Organisasi" }),
    pimpinan: await createTestUser(t.db, { role: "pimpinan" }),
    opd: await createTestUser(t.db, { role: "opd", opdId: story.alpha.id }),
  };
});
afterAll(() => t.cleanup());

const VALID = { title: "Rapat Evaluasi III", heldOn: "2018-09-06", place: "Aula Setdakab" };
const audits = (action: string, entityId?: number) =>
  t.db
    .select()
    .from(auditLog)
    .where(eq(auditLog.action, action))
    .all()
    .filter((a) => entityId == null || a.entityId === String(entityId));
const meetingsTitled = (title: string) => t.db.select().from(meetings).where(eq(meetings.title, title)).all();

describe("createMeetingCommand", () => {
  it("creates the meeting for an admin, with its audit entry", async () => {
    const r = await asUser(users.admin, () => createMeetingCommand(formData(VALID)));
    expect(r).toMatchObject({ ok: true });
    const m = t.db.select().from(meetings).where(eq(meetings.id, r.id!)).get();
    expect(m).toMatchObject({ ...VALID, createdBy: users.admin.id, frozenAt: null });
    expect(audits("meeting.create", r.id)).toMatchObject([{ actorId: users.admin.id, actorName: "Admin Organisasi", entityId: String(r.id), after: VALID }]);
  });

  it("shows an Indonesian message next to each bad field and saves nothing", async () => {
    const before = audits("meeting.create").length;
    const r = await asUser(users.admin, () => createMeetingCommand(formData({ title: "  ", heldOn: "2018-02-30", place: "" })));
    expect(r.ok).toBe(false);
    expect(r.fieldErrors).toEqual({
      title: "Judul rapat wajib diisi.",
      heldOn: "Tanggal rapat tidak ada di kalender.",
      place: "Tempat rapat wajib diisi.",
    });
    expect(r.values).toEqual({ title: "  ", heldOn: "2018-02-30", place: "" });
    expect(audits("meeting.create")).toHaveLength(before);
  });

  it("refuses pimpinan, opd users and anyone signed out", async () => {
    const before = audits("meeting.create").length;
    const input = { ...VALID, title: "Rapat yang tidak boleh dibuat" };
    for (const [who, message] of [
      [users.pimpinan, /Akun pimpinan hanya untuk melihat dan mencetak/],
      [users.opd, /tidak berhak mengubah rapat/],
      [null, /belum masuk/],
    ] as const) {
      const r = await asUser(who, () => createMeetingCommand(formData(input)));
      expect(r).toMatchObject({ ok: false, message: expect.stringMatching(message) });
    }
    expect(meetingsTitled(input.title)).toHaveLength(0);
    expect(audits("meeting.create")).toHaveLength(before);
  });
});

describe("freezeMeetingCommand", () => {
  it("freezes the snapshot and records meeting.freeze in the same transaction", async () => {
    const m = createMeeting(t.db, { ...VALID, createdBy: null });
    const r = await asUser(users.admin, () => freezeMeetingCommand(formData({ meetingId: m.id })));
    expect(r).toEqual({ ok: true, message: "Cuplikan rapat dibekukan.", meetingId: m.id });
    const frozen = t.db.select().from(meetings).where(eq(meetings.id, m.id)).get()!;
    expect(frozen.frozenAt).toBeInstanceOf(Date);
    expect(frozen.frozenBy).toBe(users.admin.id);
    expect(t.db.select().from(meetingOpd).where(eq(meetingOpd.meetingId, m.id)).all()).toHaveLength(3);
    const [entry] = audits("meeting.freeze", m.id);
    expect(entry).toMatchObject({ actorId: users.admin.id, entity: "meeting", entityId: String(m.id), before: { frozenAt: null } });
    expect(entry.after).toMatchObject({ checklistVersionId: story.versionId, opdCount: 3 });

    // A frozen snapshot never changes: a second freeze is refused and writes nothing.
    const again = await asUser(users.admin, () => freezeMeetingCommand(formData({ meetingId: m.id })));
    expect(again).toMatchObject({ ok: false, message: expect.stringMatching(/sudah dibekukan/) });
    expect(audits("meeting.freeze", m.id)).toHaveLength(1);
  });

  it("refuses pimpinan, opd users and anyone signed out, leaving the meeting unfrozen", async () => {
    const m = createMeeting(t.db, { ...VALID, createdBy: null });
    for (const who of [users.pimpinan, users.opd, null]) {
      const r = await asUser(who, () => freezeMeetingCommand(formData({ meetingId: m.id })));
      expect(r.ok).toBe(false);
    }
    expect(t.db.select().from(meetings).where(eq(meetings.id, m.id)).get()!.frozenAt).toBeNull();
    expect(t.db.select().from(meetingOpd).where(eq(meetingOpd.meetingId, m.id)).all()).toHaveLength(0);
    expect(audits("meeting.freeze", m.id)).toHaveLength(0);
  });

  it("answers an unknown meeting with a message, not a crash", async () => {
    const r = await asUser(users.admin, () => freezeMeetingCommand(formData({ meetingId: 4242 })));
    expect(r).toEqual({ ok: false, message: "Rapat tidak ditemukan." });
    const bad = await asUser(users.admin, () => freezeMeetingCommand(formData({ meetingId: "abc" })));
    expect(bad.ok).toBe(false);
  });
});

describe("updateMeetingCommand and deleteMeetingCommand", () => {
  it("change and delete an unfrozen meeting for an admin, each with its audit entry", async () => {
    const m = createMeeting(t.db, { ...VALID, title: "Rapat yang akan diubah", createdBy: null });
    const changed = { meetingId: m.id, title: "Rapat yang sudah diubah", heldOn: "2018-09-13", place: "Aula Baru" };
    const r = await asUser(users.admin, () => updateMeetingCommand(formData(changed)));
    expect(r).toMatchObject({ ok: true, id: m.id });
    expect(t.db.select().from(meetings).where(eq(meetings.id, m.id)).get()).toMatchObject({ title: changed.title, heldOn: "2018-09-13", place: "Aula Baru" });
    expect(audits("meeting.update", m.id)).toMatchObject([
      { actorId: users.admin.id, before: { title: "Rapat yang akan diubah", heldOn: VALID.heldOn }, after: { title: changed.title, heldOn: "2018-09-13" } },
    ]);

    const d = await asUser(users.admin, () => deleteMeetingCommand(formData({ meetingId: m.id })));
    expect(d).toMatchObject({ ok: true, meetingId: m.id });
    expect(t.db.select().from(meetings).where(eq(meetings.id, m.id)).get()).toBeUndefined();
    expect(audits("meeting.delete", m.id)).toMatchObject([{ before: { title: changed.title }, after: null }]);
  });

  it("refuse a frozen meeting, other roles and bad fields, changing nothing", async () => {
    const m = createMeeting(t.db, { ...VALID, title: "Rapat beku untuk uji ubah", createdBy: null });
    await asUser(users.admin, () => freezeMeetingCommand(formData({ meetingId: m.id })));
    const edit = await asUser(users.admin, () => updateMeetingCommand(formData({ meetingId: m.id, ...VALID })));
    expect(edit).toMatchObject({ ok: false, message: expect.stringMatching(/sudah dibekukan/) });
    const del = await asUser(users.admin, () => deleteMeetingCommand(formData({ meetingId: m.id })));
    expect(del).toMatchObject({ ok: false, message: expect.stringMatching(/tidak dapat dihapus/) });

    const open = createMeeting(t.db, { ...VALID, title: "Rapat terbuka untuk uji peran", createdBy: null });
    for (const who of [users.pimpinan, users.opd, null]) {
      expect((await asUser(who, () => updateMeetingCommand(formData({ meetingId: open.id, ...VALID })))).ok).toBe(false);
      expect((await asUser(who, () => deleteMeetingCommand(formData({ meetingId: open.id })))).ok).toBe(false);
    }
    const bad = await asUser(users.admin, () => updateMeetingCommand(formData({ meetingId: open.id, title: "", heldOn: "2018-02-30", place: "" })));
    expect(bad.fieldErrors).toMatchObject({ title: "Judul rapat wajib diisi.", heldOn: "Tanggal rapat tidak ada di kalender." });
    expect(t.db.select().from(meetings).where(eq(meetings.id, open.id)).get()).toMatchObject({ title: "Rapat terbuka untuk uji peran" });
    expect(audits("meeting.update", open.id)).toHaveLength(0);
    expect(audits("meeting.delete", open.id)).toHaveLength(0);
  });
});
