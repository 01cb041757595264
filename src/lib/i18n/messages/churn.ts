/** English messages of the churn section. */
export const churnEn = {} as const;
