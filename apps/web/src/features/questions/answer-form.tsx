import { useMutation } from '@apollo/client/react';
import { KNOWLEDGE_LIMITS } from '@liblab/domain';
import { Button, Group, Stack } from '@mantine/core';
import { readApiProblem } from '@liblab/web-graphql';
import { FormAlert } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isBlankHtml, RichTextField } from '../../shared/rich-text/rich-text-field';
import { useErrorMessage } from '../../shared/use-error-message';
import { useAnnounce } from '../knowledge/announcer';
import { createAnswerMutation, updateAnswerMutation } from './questions.operations';

export interface AnswerFormProps {
  questionId: string;
  /** Editing an existing answer. */
  answer?: { id: string; body: string };
  onDone: () => Promise<unknown> | void;
  onCancel?: () => void;
}

/** Write (or edit) an answer with the rich-text editor. */
export function AnswerForm({ questionId, answer, onDone, onCancel }: AnswerFormProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const announce = useAnnounce();
  const [body, setBody] = useState(answer?.body ?? '');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [createAnswer, creating] = useMutation(createAnswerMutation);
  const [updateAnswer, updating] = useMutation(updateAnswerMutation);

  const submit = async () => {
    setFormError(null);
    if (isBlankHtml(body)) {
      setFieldError(t('fieldErrors.required'));
      return;
    }
    setFieldError(null);
    try {
      if (answer) await updateAnswer({ variables: { id: answer.id, input: { body } } });
      else await createAnswer({ variables: { input: { questionId, body } } });
      if (!answer) setBody('');
      await onDone();
      announce(answer ? t('answers.saved') : t('answers.posted'));
    } catch (error) {
      const problem = readApiProblem(error);
      if (problem.code === 'BAD_USER_INPUT' && problem.fields.some((item) => item.field.endsWith('body'))) {
        setFieldError(t('knowledgeFieldErrors.body', { max: KNOWLEDGE_LIMITS.bodyTextMax }));
      } else {
        setFormError(describe(error));
      }
    }
  };

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
      noValidate
    >
      <Stack gap="sm">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <RichTextField
          id={answer ? `answer-${answer.id}-body` : 'new-answer-body'}
          label={answer ? t('answers.editLabel') : t('answers.yourAnswer')}
          description={t('postForm.bodyHint')}
          required
          value={body}
          error={fieldError}
          onChange={setBody}
        />
        <Group justify="flex-end">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              {t('common.cancel')}
            </Button>
          ) : null}
          <Button type="submit" loading={creating.loading || updating.loading}>
            {answer ? t('answers.save') : t('answers.post')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
