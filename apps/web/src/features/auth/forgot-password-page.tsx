import { useMutation } from '@apollo/client/react';
import { LIMITS } from '@liblab/domain';
import { Anchor, Button, Group, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { readApiProblem } from '@liblab/web-graphql';
import { applyApiProblem, FormAlert, LiveStatus } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formRules } from '../../shared/fields/form-rules';
import { useMemberFieldMessages } from '../../shared/fields/use-field-messages';
import { requestPasswordResetMutation } from './auth.operations';
import { AuthPanel } from './auth-panel';
import { useErrorMessage } from '../../shared/use-error-message';

/** /forgot-password: asks for a reset link; the answer is the same whether or not the address has an account. */
export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const rules = formRules(t);
  const fieldMessages = useMemberFieldMessages();
  const describe = useErrorMessage();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [requestReset] = useMutation(requestPasswordResetMutation);
  const form = useForm({ initialValues: { email: '' }, validate: { email: rules.email } });

  const submit = async (values: { email: string }) => {
    setFormError(null);
    setSentTo(null);
    try {
      await requestReset({ variables: { input: { email: values.email.trim() } } });
      setSentTo(values.email.trim());
    } catch (error) {
      const problem = readApiProblem(error);
      const { placed } = applyApiProblem(form, problem, fieldMessages);
      if (!placed) setFormError(describe(error));
    }
  };

  return (
    <AuthPanel title={t('forgot.title')} description={t('forgot.lead')}>
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <TextInput label={t('fields.email')} type="email" autoComplete="email" withAsterisk maxLength={LIMITS.emailMax} {...form.getInputProps('email')} />
          <LiveStatus title={sentTo ? t('forgot.sentTitle') : undefined}>{sentTo ? t('forgot.sent', { email: sentTo }) : null}</LiveStatus>
          <Group justify="space-between" wrap="wrap">
            <Anchor component={Link} to="/sign-in">
              {t('forgot.back')}
            </Anchor>
            <Button type="submit" loading={form.submitting}>
              {t('forgot.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AuthPanel>
  );
}
