/** English messages of the clv section. */
export const clvEn = {} as const;
