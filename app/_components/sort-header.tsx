import type { ReactNode } from "react";
import type { SortDir, SortKey } from "@/lib/sorting";

/**
 * A column header that sorts its list: a link to the same page with `?urut=` and `?arah=`
 * (works without JavaScript, and the address can be bookmarked); clicking the sorted column
 * again turns the order round. `keep` carries the page's other filters along.
 */
export function SortHeader({
  label,
  sortKey,
  current,
  dir,
  keep = {},
  className,
}: {
  label: ReactNode;
  sortKey: SortKey;
  current: SortKey;
  dir: SortDir;
  keep?: Record<string, string | undefined>;
  className?: string;
}) {
  const active = current === sortKey;
  const next: SortDir = active && dir === "naik" ? "turun" : "naik";
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(keep)) if (v) q.set(k, v);
  q.set("urut", sortKey);
  q.set("arah", next);
  return (
    <th scope="col" className={className} aria-sort={active ? (dir === "naik" ? "ascending" : "descending") : "none"}>
      <a href={`?${q}`} className="sort-link">
        {label}
        <span aria-hidden="true">{active ? (dir === "naik" ? " ▲" : " ▼") : " ↕"}</span>
        <span className="sr-only">{active ? (dir === "naik" ? ", urut naik" : ", urut turun") : ", klik untuk mengurutkan"}</span>
      </a>
    </th>
  );
}
