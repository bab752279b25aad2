/** How many OPD stand in each zone, as text badges (colour is never the only carrier). */
export function ZoneCounts({ counts }: { counts: { hijau: number; kuning: number; merah: number; belum: number } }) {
  return (
    <div style={{ display: "flex", gap: "0.5rem", flexWrap: "wrap", marginTop: "0.4rem" }}>
      <span className="badge zone-hijau">Hijau: {counts.hijau}</span>
      <span className="badge zone-kuning">Kuning: {counts.kuning}</span>
      <span className="badge zone-merah">Merah: {counts.merah}</span>
      {counts.belum ? <span className="badge zone-none">Belum dinilai: {counts.belum}</span> : null}
    </div>
  );
}
