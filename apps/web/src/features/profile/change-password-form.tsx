import { useMutation } from '@apollo/client/react';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { FormAlert, LiveStatus, SectionPanel } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formRules } from '../../shared/fields/form-rules';
import { NewPasswordInput, RepeatPasswordInput } from '../../shared/fields/new-password-inputs';
import { useMemberFieldMessages } from '../../shared/fields/use-field-messages';
import { useFormError } from '../../shared/fields/use-form-error';
import { changePasswordMutation } from './profile.operations';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  confirmPassword: string;
}

/** Change the password with the current one; every other browser is signed out, this one stays. */
export function ChangePasswordForm() {
  const { t } = useTranslation();
  const rules = formRules(t);
  const fieldMessages = useMemberFieldMessages();
  const [changed, setChanged] = useState(false);
  const [changePassword] = useMutation(changePasswordMutation);
  const form = useForm<PasswordValues>({
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: rules.required,
      newPassword: rules.password,
      confirmPassword: (value, values) => rules.samePassword(value, values.newPassword),
    },
  });
  const { formError, clearFormError, showError } = useFormError(form);

  const submit = async (values: PasswordValues) => {
    setChanged(false);
    clearFormError();
    try {
      await changePassword({ variables: { input: { currentPassword: values.currentPassword, newPassword: values.newPassword } } });
      form.reset();
      setChanged(true);
    } catch (error) {
      showError(error, fieldMessages);
    }
  };

  return (
    <SectionPanel headingId="password-heading" title={t('password.title')} lead={t('password.lead')} spacing="md">
      <form onSubmit={form.onSubmit(submit)} noValidate>
        <Stack gap="md">
          {formError ? <FormAlert>{formError}</FormAlert> : null}
          <PasswordInput label={t('password.current')} autoComplete="current-password" withAsterisk {...form.getInputProps('currentPassword')} />
          <NewPasswordInput label={t('password.new')} {...form.getInputProps('newPassword')} />
          <RepeatPasswordInput {...form.getInputProps('confirmPassword')} />
          <LiveStatus title={changed ? t('password.changedTitle') : undefined}>{changed ? t('password.changed') : null}</LiveStatus>
          <Group justify="flex-end">
            <Button type="submit" loading={form.submitting}>
              {t('password.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </SectionPanel>
  );
}
