import { EMAIL_PATTERN, LIMITS, type Country } from '@liblab/domain';
import type { LibraryDetailsFieldsFragment, LibraryInput } from '@liblab/web-graphql';
import type { TFunction } from 'i18next';
import { regionsOf } from '../../i18n/vocabulary';

export interface LibraryFormValues {
  name: string;
  slug: string;
  city: string;
  country: Country | null;
  region: string | null;
  address: string;
  website: string;
  email: string;
  phone: string;
  description: string;
}

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MAX = 80;
const ADDRESS_MAX = 300;

const SPECIAL_LETTERS: Record<string, string> = { ł: 'l', ø: 'o', æ: 'ae', ß: 'ss', đ: 'd', þ: 'th' };

/** "Miejska Biblioteka Publiczna w Łodzi" → "miejska-biblioteka-publiczna-w-lodzi". */
export function slugify(name: string): string {
  return name
    .toLowerCase()
    .replace(/[łøæßđþ]/g, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
}

export function emptyLibraryValues(place?: { country: Country; region: string } | null): LibraryFormValues {
  return {
    name: '',
    slug: '',
    city: '',
    country: place?.country ?? null,
    region: place?.region ?? null,
    address: '',
    website: '',
    email: '',
    phone: '',
    description: '',
  };
}

export function libraryValuesFrom(library: LibraryDetailsFieldsFragment): LibraryFormValues {
  return {
    name: library.name,
    slug: library.slug,
    city: library.city,
    country: library.country,
    region: library.region,
    address: library.address ?? '',
    website: library.website ?? '',
    email: library.email ?? '',
    phone: library.phone ?? '',
    description: library.description,
  };
}

const orNull = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** Form values to the API's input; only called after validation, so country and region are set. */
export function toLibraryInput(values: LibraryFormValues): LibraryInput {
  return {
    name: values.name.trim(),
    slug: values.slug.trim(),
    city: values.city.trim(),
    country: values.country ?? 'PL',
    region: values.region ?? '',
    address: orNull(values.address),
    website: orNull(values.website),
    email: orNull(values.email),
    phone: orNull(values.phone),
    description: values.description.trim(),
  };
}

/** The same rules as the API's LibraryInput, with translated messages. */
export function libraryValidation(t: TFunction) {
  const tooLong = (max: number) => (value: string) => (value.trim().length > max ? t('fieldErrors.tooLong', { max }) : null);
  return {
    name: (value: string) =>
      value.trim().length < LIMITS.nameMin || value.trim().length > LIMITS.libraryNameMax
        ? t('fieldErrors.name', { min: LIMITS.nameMin, max: LIMITS.libraryNameMax })
        : null,
    slug: (value: string) => (SLUG_PATTERN.test(value.trim()) && value.trim().length <= SLUG_MAX ? null : t('fieldErrors.slug')),
    city: (value: string) => (value.trim() === '' || value.trim().length > LIMITS.cityMax ? t('fieldErrors.city') : null),
    country: (value: Country | null) => (value ? null : t('fieldErrors.country')),
    region: (value: string | null, values: LibraryFormValues) =>
      value && values.country && regionsOf(values.country).includes(value) ? null : t('fieldErrors.region'),
    address: tooLong(ADDRESS_MAX),
    website: (value: string) =>
      value.trim() === '' || (/^https?:\/\/\S+\.\S+/.test(value.trim()) && value.trim().length <= LIMITS.urlMax)
        ? null
        : t('fieldErrors.website'),
    email: (value: string) => (value.trim() === '' || EMAIL_PATTERN.test(value.trim()) ? null : t('fieldErrors.publicEmail')),
    phone: tooLong(LIMITS.phoneMax),
    description: tooLong(LIMITS.descriptionMax),
  };
}

/** What to say under a field the API rejected. */
export function libraryFieldMessages(t: TFunction) {
  return {
    name: t('fieldErrors.name', { min: LIMITS.nameMin, max: LIMITS.libraryNameMax }),
    slug: t('fieldErrors.slug'),
    city: t('fieldErrors.city'),
    country: t('fieldErrors.country'),
    region: t('fieldErrors.region'),
    address: t('fieldErrors.tooLong', { max: ADDRESS_MAX }),
    website: t('fieldErrors.website'),
    email: t('fieldErrors.publicEmail'),
    phone: t('fieldErrors.tooLong', { max: LIMITS.phoneMax }),
    description: t('fieldErrors.tooLong', { max: LIMITS.descriptionMax }),
  };
}
