import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@liblab/domain';
import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { readApiProblem } from '@liblab/web-graphql';
import { FormAlert } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { safeNextPath } from '../../session/safe-next-path';
import { useSession } from '../../session/use-session';
import { formRules } from '../../shared/fields/form-rules';
import { signInMutation } from './auth.operations';
import { AuthPanel } from './auth-panel';
import { useAfterSignIn } from './use-after-sign-in';
import { useErrorMessage } from '../../shared/use-error-message';

interface SignInValues {
  email: string;
  password: string;
}

/** /sign-in: email and password; one message for any wrong combination, and the wait when throttled. */
export function SignInPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const next = safeNextPath(params.get('next'));
  const afterSignIn = useAfterSignIn();
  const describe = useErrorMessage();
  const rules = formRules(t);
  const [formError, setFormError] = useState<string | null>(null);
  const [signIn] = useMutation(signInMutation);
  const form = useForm<SignInValues>({
    initialValues: { email: '', password: '' },
    validate: { email: rules.email, password: rules.required },
  });

  const { isSignedIn } = useSession();

  const submit = async (values: SignInValues) => {
    setFormError(null);
    try {
      const result = await signIn({ variables: { input: { email: values.email.trim(), password: values.password } } });
      await afterSignIn(result.data?.signIn.locale);
      await navigate(next, { replace: true });
    } catch (error) {
      const problem = readApiProblem(error);
      // Never say which of the two was wrong: that would tell a stranger which addresses have accounts.
      setFormError(problem.code === 'UNAUTHENTICATED' || problem.code === 'BAD_USER_INPUT' ? t('signIn.failed') : describe(error));
      form.setFieldValue('password', '');
    }
  };

  // Already signed in (an old bookmark, the back button): go where signing in would have led.
  if (isSignedIn && !form.submitting) return <Navigate to={next} replace />;

  return (
    <AuthPanel title={t('signIn.title')} description={t('signIn.lead')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <TextInput label={t('fields.email')} type="email" autoComplete="email" withAsterisk maxLength={LIMITS.emailMax} {...form.getInputProps('email')} />
          <PasswordInput label={t('fields.password')} autoComplete="current-password" withAsterisk {...form.getInputProps('password')} />
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/forgot-password">
              {t('signIn.forgot')}
            </Anchor>
            <Button type="submit" loading={form.submitting}>
              {t('signIn.submit')}
            </Button>
          </Group>
          <Text>
            {t('signIn.noAccount')}{' '}
            <Anchor component={Link} to="/sign-up">
              {t('signIn.signUpLink')}
            </Anchor>
          </Text>
        </Stack>
      </form>
    </AuthPanel>
  );
}
