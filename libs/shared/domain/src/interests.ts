/** Topics a member can declare interest in; stable keys, translated by the web. */
export const INTERESTS = [
  'new-technologies',
  'promotion',
  'children-and-youth',
  'reading-promotion',
  'democracy-and-debate',
  'digital-inclusion',
  'seniors',
  'multilingual-services',
  'local-history',
  'events-and-culture',
  'collections',
  'library-spaces',
] as const;
export type Interest = (typeof INTERESTS)[number];

export function isInterest(value: string): value is Interest {
  return (INTERESTS as readonly string[]).includes(value);
}
