import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@liblab/domain';
import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Language, MyProfileFieldsFragment } from '@liblab/web-graphql';
import { FormAlert, LiveStatus, SectionPanel } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fromApiLanguage } from '../../i18n/language-codes';
import { formRules } from '../../shared/fields/form-rules';
import { InterfaceLanguageField } from '../../shared/fields/interface-language-field';
import { LanguagesAndInterestsFields } from '../../shared/fields/languages-and-interests-fields';
import { useMemberFieldMessages } from '../../shared/fields/use-field-messages';
import { useFormError } from '../../shared/fields/use-form-error';
import { HomeLibraryField } from '../libraries/home-library-field';
import { updateProfileMutation } from './profile.operations';

interface ProfileValues {
  name: string;
  libraryId: string | null;
  languages: string[];
  interests: string[];
  position: string;
  bio: string;
  publicEmail: string;
  phone: string;
  locale: Language;
}

function valuesFrom(me: MyProfileFieldsFragment): ProfileValues {
  return {
    name: me.name,
    libraryId: me.library?.id ?? null,
    languages: [...me.languages],
    interests: [...me.interests],
    position: me.position ?? '',
    bio: me.bio,
    publicEmail: me.publicEmail ?? '',
    phone: me.phone ?? '',
    locale: me.locale ?? 'EN',
  };
}

/** Everything a member says about themselves; saving the interface language also switches the interface. */
export function ProfileForm({ me }: { me: MyProfileFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const rules = formRules(t);
  const fieldMessages = useMemberFieldMessages();
  const [saved, setSaved] = useState(false);
  const [updateProfile] = useMutation(updateProfileMutation);
  const form = useForm<ProfileValues>({
    initialValues: valuesFrom(me),
    validateInputOnBlur: true,
    validate: {
      name: rules.name,
      libraryId: rules.library,
      languages: rules.languages,
      interests: rules.interests,
      position: rules.maxLength(LIMITS.positionMax),
      bio: rules.maxLength(LIMITS.bioMax),
      publicEmail: rules.optionalEmail,
      phone: rules.maxLength(LIMITS.phoneMax),
    },
  });
  const { formError, clearFormError, showError } = useFormError(form);

  const submit = async (values: ProfileValues) => {
    setSaved(false);
    clearFormError();
    try {
      const result = await updateProfile({
        variables: {
          input: {
            name: values.name.trim(),
            libraryId: values.libraryId ?? '',
            languages: values.languages as Language[],
            interests: values.interests,
            position: values.position.trim() || null,
            bio: values.bio.trim(),
            publicEmail: values.publicEmail.trim() || null,
            phone: values.phone.trim() || null,
            locale: values.locale,
          },
        },
      });
      const member = result.data?.updateProfile;
      if (member) form.resetDirty(valuesFrom(member));
      await i18n.changeLanguage(fromApiLanguage(values.locale));
      setSaved(true);
    } catch (error) {
      showError(error, fieldMessages);
    }
  };

  return (
    <SectionPanel headingId="profile-form-heading" title={t('profile.aboutYou')} spacing="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.name')} withAsterisk autoComplete="name" maxLength={LIMITS.nameMax} {...form.getInputProps('name')} />
            <TextInput label={t('fields.position')} description={t('fields.positionHint')} maxLength={LIMITS.positionMax} autoComplete="organization-title" {...form.getInputProps('position')} />
          </SimpleGrid>
          <HomeLibraryField
            initialValue={me.library}
            onChange={(libraryId) => form.setFieldValue('libraryId', libraryId)}
            error={form.errors['libraryId']}
          />
          <LanguagesAndInterestsFields form={form} />
          <Textarea
            label={t('fields.bio')}
            description={t('fields.bioHint', { max: LIMITS.bioMax })}
            autosize
            minRows={4}
            maxRows={12}
            maxLength={LIMITS.bioMax}
            {...form.getInputProps('bio')}
          />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.publicEmail')} description={t('fields.publicEmailHint')} type="email" autoComplete="email" {...form.getInputProps('publicEmail')} />
            <TextInput label={t('fields.phone')} description={t('fields.phoneHint')} type="tel" autoComplete="tel" maxLength={LIMITS.phoneMax} {...form.getInputProps('phone')} />
          </SimpleGrid>
          <InterfaceLanguageField
            value={form.values.locale}
            onChange={(value) => form.setFieldValue('locale', value)}
            error={form.errors['locale']}
          />
          <LiveStatus>{saved ? t('profile.saved') : null}</LiveStatus>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('profile.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionPanel>
  );
}
