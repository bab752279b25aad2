import { formatDelta } from "@/lib/format";

const SYMBOL = { naik: "▲", turun: "▼", tetap: "=", baru: "•" } as const;
const WORD = { naik: "naik", turun: "turun", tetap: "tetap", baru: "baru" } as const;

/** Change since the last meeting as symbol + word + number: never colour alone. */
export function TrendArrow({ trend, delta }: { trend: keyof typeof SYMBOL | null; delta?: number | null }) {
  if (!trend) return <span className="muted small">belum ada rapat</span>;
  return (
    <span className={`trend trend-${trend}`}>
      <span aria-hidden="true">{SYMBOL[trend]}</span> {WORD[trend]}
      {delta != null && trend !== "baru" ? ` ${formatDelta(delta)}` : ""}
    </span>
  );
}
