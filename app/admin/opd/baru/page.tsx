import type { Metadata } from "next";
import { MAX_DEPTH_LIMIT, MAX_PAGES_LIMIT, SOCIAL_PLATFORMS } from "@/lib/admin/opd-input";
import { requirePageUser } from "@/lib/auth/server";
import { getCrawlDefaults } from "@/lib/data/admin";
import { AdminTabs } from "../_components/admin-tabs";
import { OpdForm } from "../_components/opd-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Tambah OPD" };

export default async function NewOpdPage() {
  await requirePageUser("opd:write");
  return (
    <>
      <AdminTabs current="/admin/opd" />
      <h1>Tambah OPD</h1>
      <p className="lead">
        Data ini dipakai pemindai: alamat situs, akun media sosial resmi (butir WQ-06) dan daftar layanan (butir SP-08). Banyak OPD
        sekaligus? <a href="/admin/opd/impor">Impor dari CSV/XLSX</a>.
      </p>
      <OpdForm
        initial={{
          name: "",
          shortName: "",
          slug: "",
          websiteUrl: "",
          socialAccounts: [],
          services: [],
          active: true,
          ignoreRobots: false,
          maxPages: null,
          maxDepth: null,
          scheduleCron: null,
        }}
        platforms={SOCIAL_PLATFORMS}
        defaults={getCrawlDefaults()}
        limits={{ maxPages: MAX_PAGES_LIMIT, maxDepth: MAX_DEPTH_LIMIT }}
      />
    </>
  );
}
