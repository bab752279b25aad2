"use client";
import { useActionState, type ReactNode } from "react";
import { createMeetingAction } from "./actions";
import type { MeetingFormState } from "./commands";

const INITIAL: MeetingFormState = { ok: false, message: "" };

/** The admin's form for a new meeting; errors appear next to their field, in Indonesian. */
export function CreateMeetingForm() {
  const [state, action, pending] = useActionState(createMeetingAction, INITIAL);
  const err = state.fieldErrors ?? {};
  const field = (name: "title" | "heldOn" | "place", label: string, input: ReactNode) => (
    <div>
      <label htmlFor={`rapat-${name}`}>{label}</label>
      {input}
      {err[name] ? (
        <p className="field-error" id={`rapat-${name}-error`}>
          {err[name]}
        </p>
      ) : null}
    </div>
  );
  const aria = (name: "title" | "heldOn" | "place") => ({
    "aria-invalid": !!err[name],
    "aria-describedby": err[name] ? `rapat-${name}-error` : undefined,
  });
  return (
    <form action={action} className="card no-print" aria-label="Buat rapat baru" noValidate>
      {field(
        "title",
        "Judul rapat",
        <input id="rapat-title" name="title" size={60} defaultValue={state.values?.title} placeholder="Rapat Evaluasi Kepatuhan Pelayanan Publik III" {...aria("title")} />,
      )}
      {field("heldOn", "Tanggal rapat", <input id="rapat-heldOn" name="heldOn" type="date" defaultValue={state.values?.heldOn} {...aria("heldOn")} />)}
      {field(
        "place",
        "Tempat",
        <input id="rapat-place" name="place" size={60} defaultValue={state.values?.place} placeholder="Ruang Rapat Organisasi Setdakab" {...aria("place")} />,
      )}
      <div style={{ marginTop: "0.8rem" }}>
        <button type="submit" disabled={pending}>
          {pending ? "Menyimpan ..." : "Buat rapat"}
        </button>
      </div>
      {state.message && !state.ok ? (
        <p className="form-error" role="alert" style={{ marginTop: "0.6rem" }}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}
