/** Display names of stored zone ids (both presets), for badges and exports. */
const ZONES: Record<string, { label: string; color: "hijau" | "kuning" | "merah" }> = {
  hijau: { label: "Hijau", color: "hijau" },
  kuning: { label: "Kuning", color: "kuning" },
  merah: { label: "Merah", color: "merah" },
  A: { label: "A (hijau)", color: "hijau" },
  B: { label: "B (hijau)", color: "hijau" },
  C: { label: "C (kuning)", color: "kuning" },
  D: { label: "D (merah)", color: "merah" },
  E: { label: "E (merah)", color: "merah" },
};

export function zoneLabel(zone: string | null): { label: string; color: "hijau" | "kuning" | "merah" | "none" } {
  if (!zone) return { label: "Belum dinilai", color: "none" };
  return ZONES[zone] ?? { label: zone, color: "none" };
}
