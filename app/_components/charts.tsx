"use client";
/**
 * The one wrapper around recharts. Charts receive data already shaped by lib/data and never
 * fetch. The chart takes the width of its box up to `width` (a phone gets a narrower chart, not
 * a page wider than the screen); before it has measured, and while printing, it keeps `width`.
 */
import { useEffect, useRef, useState } from "react";
import { CartesianGrid, Label, LabelList, Line, LineChart, Tooltip, XAxis, YAxis } from "recharts";

/** `label` names the point (a meeting, "Sekarang"); `sublabel` dates it, on a second line. */
export type TrendPoint = { label: string; sublabel?: string; value: number | null };

const id = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Below this a chart stops shrinking; its box scrolls instead. */
const MIN_WIDTH = 280;
/** Room for the two-line axis labels and the axis titles. */
const MARGIN = { top: 22, right: 16, bottom: 8, left: 8 };
/** Keeps the first and last points (and their value labels) clear of the axes and the edge. */
const X_PADDING = 36;
/** A two-line axis label needs about this much room; closer points label every n-th. */
const TICK_ROOM = 76;
/**
 * Zone bands across the whole plot (Ombudsman 2021: merah below 51, kuning to 81, hijau from
 * 81): the grid's stripes between its lines at those ticks, top first.
 */
const ZONE_TICKS = [0, 51, 81, 100];
const BAND_FILLS = ["#e3f3e8", "#fff3cc", "#fde4e1"];

function useBoxWidth(max: number) {
  const ref = useRef<HTMLElement>(null);
  const [w, setW] = useState(max);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const measure = () => setW(Math.max(MIN_WIDTH, Math.min(max, Math.floor(el.clientWidth))));
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [max]);
  return [ref, w] as const;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: string; index?: number } };

export function TrendChart({
  data,
  title,
  xTitle,
  width = 640,
  height = 260,
}: {
  data: TrendPoint[];
  title: string;
  /** What the points are ("Rapat dan tanggalnya"), under the x axis. */
  xTitle: string;
  width?: number;
  height?: number;
}) {
  const [ref, w] = useBoxWidth(width);
  const rows = data.map((d, i) => ({ ...d, key: String(i) }));
  const plot = w - MARGIN.left - MARGIN.right - 44 - 2 * X_PADDING;
  const every = Math.max(1, Math.ceil((rows.length * TICK_ROOM) / Math.max(plot, 1)));
  const Tick = ({ x = 0, y = 0, payload }: TickProps) => {
    const p = rows[Number(payload?.value)];
    if (!p) return null;
    return (
      <text x={Number(x)} y={Number(y) + 12} textAnchor="middle" fontSize={11} fill="#1d2430">
        <tspan x={Number(x)}>{p.label}</tspan>
        {p.sublabel ? (
          <tspan x={Number(x)} dy={13} fill="#5b6575">
            {p.sublabel}
          </tspan>
        ) : null}
      </text>
    );
  };
  return (
    <figure ref={ref} className="chart" aria-label={title} data-testid="trend-chart">
      <LineChart width={w} height={height} data={rows} margin={MARGIN}>
        <CartesianGrid stroke="#d9dee6" vertical={false} horizontalFill={BAND_FILLS} fillOpacity={0.7} />
        <XAxis dataKey="key" tick={<Tick />} interval={every - 1} height={54} padding={{ left: X_PADDING, right: X_PADDING }}>
          <Label value={xTitle} position="insideBottom" offset={0} fontSize={11} fill="#5b6575" />
        </XAxis>
        <YAxis domain={[0, 100]} ticks={ZONE_TICKS} tick={{ fontSize: 11 }} width={44}>
          <Label value="Nilai" angle={-90} position="insideLeft" offset={8} fontSize={11} fill="#5b6575" />
        </YAxis>
        <Tooltip
          labelFormatter={(k) => {
            const p = rows[Number(k)];
            return p ? [p.label, p.sublabel].filter(Boolean).join(", ") : "";
          }}
          formatter={(v) => (typeof v === "number" ? id.format(v) : String(v))}
        />
        <Line type="monotone" dataKey="value" name="Nilai" stroke="#0b5d3b" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false}>
          <LabelList dataKey="value" position="top" offset={8} formatter={(v) => (typeof v === "number" ? id.format(v) : "")} style={{ fontSize: 11, fontWeight: 600 }} />
        </Line>
      </LineChart>
      <figcaption className="small muted">{title}</figcaption>
    </figure>
  );
}
