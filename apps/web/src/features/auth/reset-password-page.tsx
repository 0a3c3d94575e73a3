import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { readApiProblem } from '@liblab/web-graphql';
import { applyApiProblem, FormAlert } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formRules } from '../../shared/fields/form-rules';
import { NewPasswordInput, RepeatPasswordInput } from '../../shared/fields/new-password-inputs';
import { useMemberFieldMessages } from '../../shared/fields/use-field-messages';
import { resetPasswordMutation } from './auth.operations';
import { AuthPanel } from './auth-panel';
import { useErrorMessage } from '../../shared/use-error-message';

interface ResetValues {
  password: string;
  confirmPassword: string;
}

/** /reset-password?token=…: the page the emailed link opens; sets a new password and signs out everywhere. */
export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const rules = formRules(t);
  const fieldMessages = useMemberFieldMessages();
  const describe = useErrorMessage();
  const [done, setDone] = useState(false);
  const [linkBroken, setLinkBroken] = useState(token === '');
  const [formError, setFormError] = useState<string | null>(null);
  const [resetPassword] = useMutation(resetPasswordMutation);
  const form = useForm<ResetValues>({
    initialValues: { password: '', confirmPassword: '' },
    validate: {
      password: rules.password,
      confirmPassword: (value, values) => rules.samePassword(value, values.password),
    },
  });

  const submit = async (values: ResetValues) => {
    setFormError(null);
    try {
      await resetPassword({ variables: { input: { token, password: values.password } } });
      setDone(true);
    } catch (error) {
      const problem = readApiProblem(error);
      // The link itself is the problem (expired, used, cut short): say so above the form, with a way out.
      const tokenProblem = problem.fields.some((item) => item.field === 'token');
      if (tokenProblem) setLinkBroken(true);
      const rest = { ...problem, fields: problem.fields.filter((item) => item.field !== 'token') };
      const { placed, unplaced } = rest.fields.length > 0 ? applyApiProblem(form, rest, fieldMessages) : { placed: false, unplaced: [] };
      if (!tokenProblem && (!placed || unplaced.length > 0)) setFormError(describe(error));
    }
  };

  if (done) {
    return (
      <AuthPanel title={t('reset.title')}>
        <Stack gap="md" role="status" aria-live="polite">
          <Alert color="teal" variant="light" title={t('reset.doneTitle')}>
            {t('reset.done')}
          </Alert>
          <Button component={Link} to="/sign-in">
            {t('reset.signIn')}
          </Button>
        </Stack>
      </AuthPanel>
    );
  }

  return (
    <AuthPanel title={t('reset.title')} description={t('reset.lead')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {linkBroken ? (
            <FormAlert title={t('reset.linkProblemTitle')}>
              <Text>{t('fieldErrors.token')}</Text>
              <Anchor component={Link} to="/forgot-password">
                {t('reset.askAgain')}
              </Anchor>
            </FormAlert>
          ) : null}
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <NewPasswordInput label={t('password.new')} {...form.getInputProps('password')} />
          <RepeatPasswordInput {...form.getInputProps('confirmPassword')} />
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting} disabled={!token}>
              {t('reset.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthPanel>
  );
}
