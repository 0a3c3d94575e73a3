import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@liblab/domain';
import { Anchor, Button, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { readApiProblem, type Language } from '@liblab/web-graphql';
import { FormAlert, useNotify } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isDomainLanguage, toApiLanguage } from '../../i18n/language-codes';
import { formRules } from '../../shared/fields/form-rules';
import { InterfaceLanguageField } from '../../shared/fields/interface-language-field';
import { LanguagesAndInterestsFields } from '../../shared/fields/languages-and-interests-fields';
import { NewPasswordInput } from '../../shared/fields/new-password-inputs';
import { useMemberFieldMessages } from '../../shared/fields/use-field-messages';
import { useFormError } from '../../shared/fields/use-form-error';
import { HomeLibraryField } from '../libraries/home-library-field';
import { signUpMutation } from './auth.operations';
import { AuthPanel } from './auth-panel';
import { useAfterSignIn } from './use-after-sign-in';

interface SignUpValues {
  name: string;
  email: string;
  password: string;
  libraryId: string | null;
  languages: string[];
  interests: string[];
  locale: Language;
}

/** /sign-up: a new account at a home library; the person is signed in straight away. */
export function SignUpPage() {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const afterSignIn = useAfterSignIn();
  const rules = formRules(t);
  const fieldMessages = useMemberFieldMessages();
  const [signUp] = useMutation(signUpMutation);
  const uiLanguage = isDomainLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  const form = useForm<SignUpValues>({
    initialValues: {
      name: '',
      email: '',
      password: '',
      libraryId: null,
      languages: [toApiLanguage(uiLanguage)],
      interests: [],
      locale: toApiLanguage(uiLanguage),
    },
    validateInputOnBlur: true,
    validate: {
      name: rules.name,
      email: rules.email,
      password: rules.password,
      libraryId: rules.library,
      languages: rules.languages,
      interests: rules.interests,
    },
  });
  const { formError, clearFormError, showError } = useFormError(form);

  const submit = async (values: SignUpValues) => {
    clearFormError();
    try {
      const result = await signUp({
        variables: {
          input: {
            name: values.name.trim(),
            email: values.email.trim(),
            password: values.password,
            libraryId: values.libraryId ?? '',
            languages: values.languages as Language[],
            interests: values.interests,
            locale: values.locale,
          },
        },
      });
      await afterSignIn(result.data?.signUp.locale ?? values.locale);
      notify({ title: t('signUp.welcomeTitle'), message: t('signUp.welcome'), color: 'teal' });
      await navigate('/profile', { replace: true });
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code === 'CONFLICT') {
        form.setFieldError(
          'email',
          <>
            {t('signUp.emailTaken')}{' '}
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('signUp.resetLink')}
            </Anchor>
          </>,
        );
        return;
      }
      showError(error, fieldMessages);
    }
  };

  return (
    <AuthPanel title={t('signUp.title')} description={t('signUp.lead')} wide>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('fields.name')} autoComplete="name" withAsterisk maxLength={LIMITS.nameMax} {...form.getInputProps('name')} />
            <TextInput label={t('fields.email')} type="email" autoComplete="email" withAsterisk maxLength={LIMITS.emailMax} {...form.getInputProps('email')} />
          </SimpleGrid>
          <NewPasswordInput label={t('fields.password')} {...form.getInputProps('password')} />
          <HomeLibraryField
            initialValue={null}
            description={t('fields.libraryHint')}
            onChange={(libraryId) => form.setFieldValue('libraryId', libraryId)}
            error={form.errors['libraryId']}
          />
          <LanguagesAndInterestsFields form={form} />
          <InterfaceLanguageField
            value={form.values.locale}
            onChange={(value) => form.setFieldValue('locale', value)}
            error={form.errors['locale']}
          />
          <Group justify="space-between" wrap="wrap">
            <Text>
              {t('signUp.haveAccount')}{' '}
              <Anchor component={Link} to="/sign-in">
                {t('signUp.signInLink')}
              </Anchor>
            </Text>
            <Button type="submit" loading={form.submitting}>
              {t('signUp.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthPanel>
  );
}
