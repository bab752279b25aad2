import { zoneLabel } from "@/lib/zones";

/** Zone as text and colour together: colour is never the only carrier (printing, colour blindness). */
export function ZoneBadge({ zone }: { zone: string | null }) {
  const z = zoneLabel(zone);
  return <span className={`badge zone-${z.color}`}>{z.label}</span>;
}
