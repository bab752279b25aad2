"use client";
import { useActionState, type ReactNode } from "react";
import { createMeetingAction, updateMeetingAction } from "./actions";
import type { MeetingFormState } from "./commands";

const INITIAL: MeetingFormState = { ok: false, message: "" };

type Values = { title: string; heldOn: string; place: string };

/**
 * The admin's form for a meeting's title, day and place: new (no `meeting`) or an unfrozen one
 * being changed. Errors appear next to their field, in Indonesian.
 */
function MeetingForm({ meeting }: { meeting?: Values & { id: number } }) {
  const [state, action, pending] = useActionState(meeting ? updateMeetingAction : createMeetingAction, INITIAL);
  const err = state.fieldErrors ?? {};
  const prefix = meeting ? `rapat-${meeting.id}` : "rapat";
  const value = (name: keyof Values) => state.values?.[name] ?? meeting?.[name];
  const field = (name: keyof Values, label: string, input: ReactNode) => (
    <div>
      <label htmlFor={`${prefix}-${name}`}>{label}</label>
      {input}
      {err[name] ? (
        <p className="field-error" id={`${prefix}-${name}-error`}>
          {err[name]}
        </p>
      ) : null}
    </div>
  );
  // A fresh key when the saved value changes, so the field shows it (React keeps uncontrolled inputs).
  const key = (name: keyof Values) => `${name}-${value(name) ?? ""}`;
  const attrs = (name: keyof Values) => ({
    id: `${prefix}-${name}`,
    name,
    defaultValue: value(name),
    "aria-invalid": !!err[name],
    "aria-describedby": err[name] ? `${prefix}-${name}-error` : undefined,
  });
  return (
    <form action={action} className="card no-print" aria-label={meeting ? "Ubah rapat" : "Buat rapat baru"} noValidate>
      {meeting ? <input type="hidden" name="meetingId" value={meeting.id} /> : null}
      {field("title", "Judul rapat", <input key={key("title")} size={60} placeholder="Rapat Evaluasi Kepatuhan Pelayanan Publik III" {...attrs("title")} />)}
      {field("heldOn", "Tanggal rapat", <input key={key("heldOn")} type="date" {...attrs("heldOn")} />)}
      {field("place", "Tempat", <input key={key("place")} size={60} placeholder="Ruang Rapat Organisasi Setdakab" {...attrs("place")} />)}
      <div style={{ marginTop: "0.8rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : meeting ? "Simpan perubahan rapat" : "Buat rapat"}
        </button>
      </div>
      {state.message ? (
        <p className={state.ok ? "confirmation" : "form-error"} role={state.ok ? "status" : "alert"} style={{ marginTop: "0.6rem" }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

export function CreateMeetingForm() {
  return <MeetingForm />;
}

export function EditMeetingForm({ meeting }: { meeting: Values & { id: number } }) {
  return <MeetingForm meeting={meeting} />;
}
