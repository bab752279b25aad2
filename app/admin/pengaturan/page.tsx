import type { Metadata } from "next";
import { MAX_DEPTH_LIMIT, MAX_PAGES_LIMIT } from "@/lib/admin/opd-input";
import { requirePageUser } from "@/lib/auth/server";
import { getSettingsForEdit } from "@/lib/data/admin";
import { formatDateTime } from "@/lib/format";
import { MAX_DAYS_BEFORE_MEETING } from "@/lib/jobs/schedule-settings";
import { AdminTabs } from "../opd/_components/admin-tabs";
import { SettingsForm } from "./settings-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Pengaturan" };

export default async function SettingsPage() {
  // Settings decide how every OPD is scanned and zoned: the admin's, like OPD changes.
  await requirePageUser("opd:write");
  const { settings: s, nextRuns } = getSettingsForEdit();
  return (
    <>
      <AdminTabs current="/admin/pengaturan" />
      <h1>Pengaturan</h1>
      <p className="lead">
        Pemerintah daerah lain cukup mengubah nama, domain dan daftar OPD di sini; tidak ada yang khusus satu kabupaten di dalam kode.
        {s?.updatedAt ? <> Terakhir diubah {formatDateTime(s.updatedAt)}.</> : null}
      </p>
      <SettingsForm
        initial={{
          regencyName: s?.regencyName ?? "",
          officialDomain: s?.officialDomain ?? "",
          zonePreset: s?.zonePreset ?? "ombudsman2021",
          scheduleCron: s?.scheduleCron ?? null,
          scanDaysBeforeMeeting: s?.scanDaysBeforeMeeting ?? null,
          defaultMaxPages: s?.defaultMaxPages ?? 60,
          defaultMaxDepth: s?.defaultMaxDepth ?? 4,
        }}
        limits={{ maxPages: MAX_PAGES_LIMIT, maxDepth: MAX_DEPTH_LIMIT, daysBefore: MAX_DAYS_BEFORE_MEETING }}
        nextRuns={nextRuns.map((d) => formatDateTime(d))}
      />
      <p className="small muted">
        Status penjadwal dan jadwal berikutnya per OPD tampil di halaman <a href="/pindaian">Pindaian</a>. Jadwal khusus satu OPD diatur
        di halaman ubah OPD.
      </p>
    </>
  );
}
