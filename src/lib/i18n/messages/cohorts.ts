/** English messages of the cohorts section. */
export const cohortsEn = {} as const;
