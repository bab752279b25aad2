"use client";
/**
 * The one wrapper around recharts. Charts receive data already shaped by lib/data and never
 * fetch. Fixed sizes keep the printed A4 page stable (a responsive container measures 0 wide
 * while printing).
 */
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis, LabelList } from "recharts";

export type TrendPoint = { label: string; value: number | null };

const id = new Intl.NumberFormat("id-ID", { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function TrendChart({
  data,
  title,
  width = 560,
  height = 220,
}: {
  data: TrendPoint[];
  title: string;
  width?: number;
  height?: number;
}) {
  return (
    <figure style={{ margin: 0, maxWidth: "100%", overflowX: "auto" }} aria-label={title} data-testid="trend-chart">
      <LineChart width={width} height={height} data={data} margin={{ top: 20, right: 24, bottom: 4, left: 0 }}>
        <CartesianGrid stroke="#e4e7ec" vertical={false} />
        <XAxis dataKey="label" tick={{ fontSize: 12 }} />
        <YAxis domain={[0, 100]} ticks={[0, 51, 81, 100]} tick={{ fontSize: 12 }} width={36} />
        <ReferenceLine y={81} stroke="#1e7d45" strokeDasharray="4 4" />
        <ReferenceLine y={51} stroke="#8a6100" strokeDasharray="4 4" />
        <Tooltip formatter={(v) => (typeof v === "number" ? id.format(v) : String(v))} />
        <Line type="monotone" dataKey="value" name="Nilai" stroke="#0b5d3b" strokeWidth={2} dot={{ r: 4 }} connectNulls isAnimationActive={false}>
          <LabelList dataKey="value" position="top" formatter={(v) => (typeof v === "number" ? id.format(v) : "")} style={{ fontSize: 11 }} />
        </Line>
      </LineChart>
      <figcaption className="small muted">{title}</figcaption>
    </figure>
  );
}
