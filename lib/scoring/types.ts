/** Inputs and outputs of scoring: pure data, no database. */
export type ZonePreset = "ombudsman2021" | "kategori2022";

export type ScoredItemInput = {
  code: string;
  weight: number;
  status: "scored" | "review" | "error";
  level: number | null;
};

export type VerdictInput = { code: string; level: number };
