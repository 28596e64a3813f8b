/** The shape of a message table with every text widened to string: the other language must fill it. */
export type Widen<T> = { -readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
