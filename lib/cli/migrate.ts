import { getDb, closeDb } from "@/db";
import { runCli } from "./run";

runCli(async () => {
  getDb();
  closeDb();
  console.error("Basis data siap (migrasi diterapkan).");
});
