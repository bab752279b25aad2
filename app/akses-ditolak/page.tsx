import type { Metadata } from "next";
import { RefusalNotice } from "./refusal";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Akses ditolak" };

export default function RefusedPage() {
  return <RefusalNotice />;
}
