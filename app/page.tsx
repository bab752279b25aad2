import { redirect } from "next/navigation";
import { requirePageUser, startPathFor } from "@/lib/auth/server";

export const dynamic = "force-dynamic";

/** Each role starts on its own page: admin the OPD list, pimpinan the summary, opd their OPD. */
export default async function Home() {
  const user = await requirePageUser();
  redirect(await startPathFor(user));
}
