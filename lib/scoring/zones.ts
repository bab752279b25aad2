/**
 * Zone presets: the bands a score falls into. Data, not logic, so a new preset is one entry.
 * Bands are read from the highest `min` down; scores are rounded to 2 decimals first so that
 * 80.995 and 81.00 land where a person reading "81,00" expects.
 */
import type { ZonePreset } from "./types";

export type ZoneColor = "hijau" | "kuning" | "merah";
export type Zone = { id: string; label: string; min: number; color: ZoneColor; note?: string };
export type ZoneResult = { id: string; label: string; color: ZoneColor };

/** No published source confirms the 2022-2024 C/D and D/E cut-offs; the app must say so. */
const UNCONFIRMED_CUTOFF_NOTE =
  "Batas nilai kategori C/D dan D/E belum dikonfirmasi oleh sumber resmi yang dipublikasikan.";

export const ZONE_PRESETS: Record<ZonePreset, { label: string; zones: Zone[] }> = {
  ombudsman2021: {
    label: "Ombudsman RI 2021 (hijau, kuning, merah)",
    zones: [
      { id: "hijau", label: "Zona Hijau", min: 81, color: "hijau" },
      { id: "kuning", label: "Zona Kuning", min: 51, color: "kuning" },
      { id: "merah", label: "Zona Merah", min: 0, color: "merah" },
    ],
  },
  kategori2022: {
    label: "Kategori 2022-2024 (A sampai E)",
    zones: [
      { id: "A", label: "Kategori A (hijau)", min: 88, color: "hijau" },
      { id: "B", label: "Kategori B (hijau)", min: 78, color: "hijau" },
      { id: "C", label: "Kategori C (kuning)", min: 57, color: "kuning" },
      { id: "D", label: "Kategori D (merah)", min: 40, color: "merah", note: UNCONFIRMED_CUTOFF_NOTE },
      { id: "E", label: "Kategori E (merah)", min: 0, color: "merah", note: UNCONFIRMED_CUTOFF_NOTE },
    ],
  },
};

/** Rounds to 2 decimals the way scores are shown (half away from zero, float-safe). */
export function round2(n: number): number {
  return Math.round((n + Number.EPSILON) * 100) / 100;
}

/** The zone a 0-100 score falls in under a preset (scores outside 0-100 are clamped). */
export function zoneFor(score: number, preset: ZonePreset): ZoneResult {
  const zones = ZONE_PRESETS[preset]?.zones ?? ZONE_PRESETS.ombudsman2021.zones;
  const s = Math.min(100, Math.max(0, round2(score)));
  const zone = zones.find((z) => s >= z.min) ?? zones[zones.length - 1];
  return { id: zone.id, label: zone.label, color: zone.color };
}
