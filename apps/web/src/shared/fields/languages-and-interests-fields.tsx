import { SimpleGrid } from '@mantine/core';
import type { ReactNode } from 'react';
import { InterestsField } from './interests-field';
import { LanguagesField } from './languages-field';

/** The part of a Mantine form these fields need. */
export interface LanguagesAndInterestsForm {
  values: { languages: string[]; interests: string[] };
  errors: Record<string, ReactNode>;
  setFieldValue: (path: 'languages' | 'interests', value: string[]) => void;
}

/** Languages and interests side by side, as sign-up and the profile ask them (checked on submit, not on leaving). */
export function LanguagesAndInterestsFields({ form }: { form: LanguagesAndInterestsForm }) {
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <LanguagesField value={form.values.languages} onChange={(value) => form.setFieldValue('languages', value)} error={form.errors['languages']} />
      <InterestsField value={form.values.interests} onChange={(value) => form.setFieldValue('interests', value)} error={form.errors['interests']} />
    </SimpleGrid>
  );
}
