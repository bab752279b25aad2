import type { Metadata } from "next";
import { requireScopedPageUser } from "./page-user";
import { can } from "@/lib/auth/policy";
import { listMeetingsView } from "@/lib/data/meetings";
import { formatDateTimeShort, formatIsoDay } from "@/lib/format";
import { CreateMeetingForm } from "./create-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Rapat" };

export default async function MeetingsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requireScopedPageUser("read");
  const deleted = (await searchParams).dihapus === "1";
  const rows = listMeetingsView();
  const mayWrite = can(user, "meeting:write");
  return (
    <>
      <h1>Rapat evaluasi</h1>
      <p className="lead">
        Setiap rapat membekukan cuplikan nilai semua OPD, lalu dibandingkan dengan rapat sebelumnya.{" "}
        <a href="/ekspor" className="no-print">
          Ekspor nilai terkini
        </a>
      </p>
      {deleted ? (
        <p className="confirmation" role="status" data-testid="meeting-deleted">
          Rapat dihapus dan dicatat di log audit.
        </p>
      ) : null}
      {rows.length === 0 ? (
        <p className="empty">
          Belum ada rapat.{" "}
          {mayWrite ? "Buat rapat pertama dengan formulir di bawah, lalu bekukan cuplikannya menjelang rapat." : "Bagian Organisasi akan membuat rapat menjelang evaluasi."}
        </p>
      ) : (
        <div className="table-box">
          <table data-testid="meetings">
            <thead>
              <tr>
                <th scope="col">Rapat</th>
                <th scope="col">Tanggal</th>
                <th scope="col">Tempat</th>
                <th scope="col">Cuplikan</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((m) => (
                <tr key={m.id} data-testid={`meeting-${m.id}`}>
                  <td>
                    <a href={`/rapat/${m.id}`}>{m.title}</a>
                  </td>
                  <td>{formatIsoDay(m.heldOn)}</td>
                  <td>{m.place || <span className="muted">–</span>}</td>
                  <td>
                    {m.frozenAt ? (
                      <>
                        <span className="badge zone-hijau">Dibekukan</span>
                        <div className="small muted">
                          {formatDateTimeShort(m.frozenAt)} · {m.opdCount} OPD
                        </div>
                      </>
                    ) : (
                      <span className="badge zone-none">Belum dibekukan</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {mayWrite ? (
        <section aria-labelledby="rapat-baru">
          <h2 id="rapat-baru">Buat rapat baru</h2>
          <CreateMeetingForm />
        </section>
      ) : null}
    </>
  );
}
