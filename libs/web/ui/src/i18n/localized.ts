type PluralBase<K> = K extends `${infer Base}_other` ? Base : never;

/**
 * The shape of a translation made from the English source: every key, every nesting, string values.
 * Languages with more plural forms than English (Polish: few, many) may add `_few`, `_many`, `_two`
 * and `_zero` variants next to any `_other` key.
 */
export type Localized<T> = {
  [K in keyof T]: T[K] extends string ? string : Localized<T[K]>;
} & {
  [K in `${PluralBase<keyof T & string>}_${'zero' | 'two' | 'few' | 'many'}`]?: string;
};
