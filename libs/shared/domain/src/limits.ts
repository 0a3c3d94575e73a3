/** Limits shared by the api's validation and the web's forms, so both say the same thing. */
export const LIMITS = {
  nameMin: 2,
  nameMax: 120,
  emailMax: 254,
  passwordMin: 10,
  passwordMax: 200,
  bioMax: 2000,
  positionMax: 120,
  phoneMax: 40,
  urlMax: 500,
  libraryNameMax: 200,
  cityMax: 100,
  descriptionMax: 5000,
  interestsMax: 12,
  pageSizeDefault: 20,
  pageSizeMax: 50,
  searchMax: 200,
} as const;

/** Deliberately simple: one @, something on each side, a dot in the domain, no spaces. */
export const EMAIL_PATTERN = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}
