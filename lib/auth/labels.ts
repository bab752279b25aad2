import type { Role } from "@/db/schema";

/** The roles as people in a regency government name them (PRODUCT.md, "Who uses it"). */
export const ROLE_LABELS: Record<Role, string> = {
  admin: "Admin · Bagian Organisasi",
  opd: "Kasubag Program OPD",
  pimpinan: "Pimpinan · Asisten Pemerintahan",
};

export const ROLE_SHORT_LABELS: Record<Role, string> = {
  admin: "Admin",
  opd: "OPD",
  pimpinan: "Pimpinan",
};
