import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { hasHistory } from "@/lib/admin/opd";
import { MAX_DEPTH_LIMIT, MAX_PAGES_LIMIT, SOCIAL_PLATFORMS } from "@/lib/admin/opd-input";
import { requirePageUser } from "@/lib/auth/server";
import { getCrawlDefaults, getOpdForEdit } from "@/lib/data/admin";
import { formatInt } from "@/lib/format";
import { AdminTabs } from "../_components/admin-tabs";
import { OpdForm } from "../_components/opd-form";
import { StatusControls } from "./status-controls";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Ubah OPD" };

export default async function EditOpdPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ baru?: string }> }) {
  await requirePageUser("opd:write");
  const { id } = await params;
  const { baru } = await searchParams;
  const found = /^\d+$/.test(id) ? getOpdForEdit(Number(id)) : null;
  if (!found) notFound();
  const { opd: o, history } = found;
  return (
    <>
      <AdminTabs current="/admin/opd" />
      <p className="small no-print">
        <a href="/admin/opd">« Kembali ke daftar OPD</a>
      </p>
      <h1>{o.name}</h1>
      <p className="lead">
        {o.active ? <span className="badge zone-hijau">Aktif</span> : <span className="badge zone-none">Nonaktif</span>} ·{" "}
        {formatInt(history.scans)} pindaian · <a href={`/opd/${o.slug}`}>Lihat halaman OPD</a>
      </p>
      {baru ? (
        <p className="small" role="status">
          OPD ditambahkan dan dicatat di log audit. Pindaian pertamanya dapat diminta dari halaman OPD atau halaman Pindaian.
        </p>
      ) : null}
      <OpdForm
        initial={{
          id: o.id,
          name: o.name,
          shortName: o.shortName,
          slug: o.slug,
          websiteUrl: o.websiteUrl,
          socialAccounts: o.socialAccounts,
          services: o.services,
          active: o.active,
          ignoreRobots: o.ignoreRobots,
          maxPages: o.maxPages,
          maxDepth: o.maxDepth,
          scheduleCron: o.scheduleCron,
        }}
        platforms={SOCIAL_PLATFORMS}
        defaults={getCrawlDefaults()}
        limits={{ maxPages: MAX_PAGES_LIMIT, maxDepth: MAX_DEPTH_LIMIT }}
      />
      <h2>Status OPD</h2>
      <StatusControls id={o.id} name={o.name} active={o.active} deletable={!hasHistory(history)} />
    </>
  );
}
