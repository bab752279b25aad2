/**
 * Plain Indonesian for the scoring terms a Kasubag meets on screen, in the exports and in the
 * meeting pack: one label and one short explanation each, so every place says the same thing.
 */
export const TERMS = {
  undecided: {
    label: "Bobot menunggu pemeriksaan",
    explanation:
      "Jumlah bobot butir yang tidak dapat diputuskan pemindai (perlu diperiksa petugas, atau galat). Butir ini tidak dihitung 0: nilai dihitung dari butir lain, dan dapat naik atau turun setelah petugas memutuskannya.",
  },
  undecidedAverage: {
    label: "Rata-rata bobot menunggu pemeriksaan",
    explanation:
      "Rata-rata per OPD dari bobot butir yang tidak dapat diputuskan pemindai (perlu diperiksa petugas, atau galat). Makin kecil, makin pasti nilainya.",
  },
} as const;
