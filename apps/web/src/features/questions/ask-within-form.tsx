import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { readApiProblem, type ApiErrorCode, type QuestionInput } from '@liblab/web-graphql';
import { useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { isDomainLanguage, toApiLanguage } from '../../i18n/language-codes';
import { PostForm, type PostFormValues } from '../knowledge/post-form';

export interface AskWithinFormProps {
  submitLabel: string;
  /** Said once the question is saved, before its page opens. */
  publishedMessage: string;
  /** Where "Cancel" goes: the month or event the question was meant for. */
  cancelTo: string;
  /** Saves the question; resolves to its id. Throws the API's error. */
  ask: (input: QuestionInput) => Promise<string | undefined>;
  /** The API's codes meaning "this place takes no questions any more" (it moved on while the text was written). */
  refusedCodes: readonly ApiErrorCode[];
  refused: { title: string; body: string; askElsewhere: string };
}

/**
 * The question form of /questions/new, asking within a thematic month or an event. On a field error the
 * fields keep what was typed and say what to fix; on a refusal the text stays too, with an alert above
 * offering to ask it as an ordinary question instead.
 */
export function AskWithinForm({ submitLabel, publishedMessage, cancelTo, ask, refusedCodes, refused }: AskWithinFormProps) {
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const [wasRefused, setWasRefused] = useState(false);
  const resolved = i18n.resolvedLanguage;
  const language = toApiLanguage(isDomainLanguage(resolved) ? resolved : 'en');
  return (
    <>
      {wasRefused ? (
        <Alert color="red" variant="light" role="alert" mb="md" title={refused.title}>
          <Stack gap="xs">
            <Text>{refused.body}</Text>
            <Anchor component={Link} to="/questions/new">
              {refused.askElsewhere}
            </Anchor>
          </Stack>
        </Alert>
      ) : null}
      <PostForm
        kind="question"
        initialValues={{ title: '', summary: '', body: '', language, tags: [], links: [], attachments: [] } satisfies PostFormValues}
        submitLabel={submitLabel}
        onCancel={() => void navigate(cancelTo)}
        onSubmit={async (values) => {
          const input = { title: values.title.trim(), body: values.body, language: values.language, tags: values.tags.map((tag) => tag.trim()) };
          setWasRefused(false);
          let questionId: string | undefined;
          try {
            questionId = await ask(input);
          } catch (error) {
            if (!refusedCodes.includes(readApiProblem(error).code)) throw error;
            setWasRefused(true);
            return;
          }
          if (!questionId) return;
          notify({ message: publishedMessage, color: 'teal' });
          await navigate(`/questions/${questionId}`);
        }}
      />
    </>
  );
}
