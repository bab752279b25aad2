/** What a new meeting needs, with the messages shown next to each field. */
import { z } from "zod";

/** Long enough for "Rapat Evaluasi Kepatuhan Pelayanan Publik Triwulan III Tahun 2019" and then some. */
const MAX_TITLE = 200;
const MAX_PLACE = 200;

function isCalendarDay(s: string): boolean {
  const [y, m, d] = s.split("-").map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

export const MeetingInput = z.object({
  title: z
    .string()
    .trim()
    .min(1, "Judul rapat wajib diisi.")
    .min(5, "Judul rapat terlalu pendek; tulis paling sedikit 5 karakter.")
    .max(MAX_TITLE, `Judul rapat paling panjang ${MAX_TITLE} karakter.`),
  heldOn: z
    .string()
    .trim()
    .min(1, "Tanggal rapat wajib diisi.")
    .regex(/^\d{4}-\d{2}-\d{2}$/, "Tanggal rapat harus berbentuk tanggal (tttt-bb-hh).")
    .refine(isCalendarDay, "Tanggal rapat tidak ada di kalender."),
  place: z.string().trim().min(1, "Tempat rapat wajib diisi.").max(MAX_PLACE, `Tempat rapat paling panjang ${MAX_PLACE} karakter.`),
});

export type MeetingInput = z.infer<typeof MeetingInput>;
