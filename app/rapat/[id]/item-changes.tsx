import type { ItemReportRow, OpdReportRow, ReportDataset } from "@/lib/export/types";
import { levelText, TREND_SYMBOL } from "@/lib/export/labels";
import styles from "./meeting.module.css";

/** Per OPD, the items that improved or regressed since the previous meeting, in a <details>. */
export function ItemChanges({ dataset, ranking }: { dataset: ReportDataset; ranking: OpdReportRow[] }) {
  const byOpd = new Map<number, ItemReportRow[]>();
  for (const i of dataset.itemRows) {
    if (i.trend !== "naik" && i.trend !== "turun") continue;
    byOpd.set(i.opdId, [...(byOpd.get(i.opdId) ?? []), i]);
  }
  return (
    <section className={styles.changes} aria-labelledby="perubahan-butir">
      <h2 id="perubahan-butir">Perubahan per butir</h2>
      <p className="small muted">Butir yang tingkatnya naik atau turun sejak rapat sebelumnya. Buka tiap OPD untuk melihat rinciannya.</p>
      {ranking.map((r) => {
        const items = byOpd.get(r.opdId) ?? [];
        const up = items.filter((i) => i.trend === "naik");
        const down = items.filter((i) => i.trend === "turun");
        return (
          <details key={r.opdId} data-testid={`changes-${r.slug}`}>
            <summary>
              {r.shortName}: <span className="trend trend-naik">{TREND_SYMBOL.naik} {up.length} butir membaik</span>,{" "}
              <span className="trend trend-turun">{TREND_SYMBOL.turun} {down.length} butir menurun</span>
            </summary>
            {items.length === 0 ? (
              <p className="small muted">Tidak ada butir yang berubah tingkatnya.</p>
            ) : (
              <div className="table-box">
                <table>
                  <thead>
                    <tr>
                      <th scope="col">Kode</th>
                      <th scope="col">Butir</th>
                      <th scope="col" className="num">Sebelumnya</th>
                      <th scope="col" className="num">Sekarang</th>
                      <th scope="col">Arah</th>
                    </tr>
                  </thead>
                  <tbody>
                    {[...up, ...down].map((i) => (
                      <tr key={i.code}>
                        <td className="code">{i.code}</td>
                        <td>{i.title}</td>
                        <td className="num">{i.before ?? "–"}</td>
                        <td className="num">{levelText(i.level, i.status)}</td>
                        <td>
                          <span className={`trend trend-${i.trend}`}>
                            <span aria-hidden="true">{TREND_SYMBOL[i.trend!]}</span> {i.trend === "naik" ? "membaik" : "menurun"}
                          </span>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </details>
        );
      })}
    </section>
  );
}
