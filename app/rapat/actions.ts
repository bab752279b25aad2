"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import {
  createMeetingCommand,
  deleteMeetingCommand,
  freezeMeetingCommand,
  updateMeetingCommand,
  type FreezeState,
  type MeetingFormState,
} from "./commands";

/** Creates a meeting and opens its page; a refused form comes back with its messages. */
export async function createMeetingAction(_prev: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const state = await createMeetingCommand(form);
  if (!state.ok || state.id == null) return state;
  revalidatePath("/rapat");
  redirect(`/rapat/${state.id}`);
}

/** Freezes the meeting's snapshot; the page re-renders with the comparison. */
export async function freezeMeetingAction(_prev: FreezeState, form: FormData): Promise<FreezeState> {
  const state = await freezeMeetingCommand(form);
  if (state.ok && state.meetingId != null) {
    revalidatePath(`/rapat/${state.meetingId}`);
    revalidatePath("/rapat");
  }
  return state;
}

/** Saves an unfrozen meeting's title, day and place; the page shows the confirmation. */
export async function updateMeetingAction(_prev: MeetingFormState, form: FormData): Promise<MeetingFormState> {
  const state = await updateMeetingCommand(form);
  if (state.ok && state.id != null) {
    revalidatePath(`/rapat/${state.id}`);
    revalidatePath("/rapat");
  }
  return state;
}

/** Deletes an unfrozen meeting and goes back to the list, which says so. */
export async function deleteMeetingAction(_prev: FreezeState, form: FormData): Promise<FreezeState> {
  const state = await deleteMeetingCommand(form);
  if (!state.ok) return state;
  revalidatePath("/rapat");
  redirect("/rapat?dihapus=1");
}
