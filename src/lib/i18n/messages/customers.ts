/** English messages of the customers section. */
export const customersEn = {} as const;
