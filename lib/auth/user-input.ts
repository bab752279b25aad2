/** What a form or the command line may send to create or change a user, with Indonesian messages. */
import { z } from "zod";
import { ROLES } from "@/db/schema";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, normalizeUsername, USERNAME_PATTERN } from "./config";

export const PasswordSchema = z
  .string({ message: "Isi kata sandi." })
  .min(MIN_PASSWORD_LENGTH, `Kata sandi minimal ${MIN_PASSWORD_LENGTH} karakter.`)
  .max(MAX_PASSWORD_LENGTH, `Kata sandi paling panjang ${MAX_PASSWORD_LENGTH} karakter.`);

export const UsernameSchema = z
  .string({ message: "Isi nama pengguna." })
  .transform(normalizeUsername)
  .pipe(
    z
      .string()
      .regex(
        USERNAME_PATTERN,
        "Nama pengguna 3-32 karakter: huruf kecil, angka, titik, garis bawah atau tanda hubung, diawali dan diakhiri huruf atau angka.",
      ),
  );

const NameSchema = z
  .string({ message: "Isi nama lengkap." })
  .trim()
  .min(2, "Isi nama lengkap.")
  .max(120, "Nama paling panjang 120 karakter.");

const RoleSchema = z.enum(ROLES, { message: "Pilih peran: admin, opd atau pimpinan." });

/** Empty form field or absent -> null; otherwise a positive OPD id. */
const OpdIdSchema = z
  .preprocess((v) => (v === "" || v === undefined ? null : v), z.coerce.number().int().positive().nullable())
  .optional()
  .transform((v) => v ?? null);

export const NewUserInput = z.object({
  username: UsernameSchema,
  name: NameSchema,
  role: RoleSchema,
  opdId: OpdIdSchema,
  password: PasswordSchema,
  mustChangePassword: z.boolean().default(true),
});
export type NewUserInput = z.input<typeof NewUserInput>;

export const UserChangeInput = z.object({
  name: NameSchema,
  role: RoleSchema,
  opdId: OpdIdSchema,
});
export type UserChangeInput = z.input<typeof UserChangeInput>;
