import { RefusalNotice } from "./akses-ditolak/refusal";

/** Rendered with HTTP 403 by forbidden() in lib/auth/server.ts (requirePageUser). */
export default function Forbidden() {
  return <RefusalNotice />;
}
