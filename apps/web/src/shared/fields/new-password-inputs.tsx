import { LIMITS } from '@liblab/domain';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A password being chosen (sign-up, reset, change): required, the length rule as its hint, marked new for password managers. */
export function NewPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      description={t('fields.passwordHint', { min: LIMITS.passwordMin })}
      autoComplete="new-password"
      withAsterisk
      maxLength={LIMITS.passwordMax}
      {...props}
    />
  );
}

/** The new password typed again (check it with `formRules(t).samePassword`). */
export function RepeatPasswordInput(props: PasswordInputProps) {
  const { t } = useTranslation();
  return <PasswordInput label={t('password.confirm')} autoComplete="new-password" withAsterisk {...props} />;
}
