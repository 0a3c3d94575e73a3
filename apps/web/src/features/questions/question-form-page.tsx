import { useMutation, useQuery } from '@apollo/client/react';
import { LoadingState, PageHeader, useNotify } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { toApiLanguage } from '../../i18n/language-codes';
import { isDomainLanguage } from '../../i18n/language-codes';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { ErrorState } from '@liblab/web-ui';
import { PostForm, type PostFormValues } from '../knowledge/post-form';
import { createQuestionMutation, questionEditQuery, updateQuestionMutation } from './questions.operations';

function useInterfaceApiLanguage() {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage;
  return toApiLanguage(isDomainLanguage(language) ? language : 'en');
}

function toInput(values: PostFormValues) {
  return { title: values.title.trim(), body: values.body, language: values.language, tags: values.tags.map((tag) => tag.trim()) };
}

function NewQuestion() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const language = useInterfaceApiLanguage();
  const [createQuestion] = useMutation(createQuestionMutation, { refetchQueries: ['QuestionList'] });
  return (
    <>
      <PageHeader title={t('questions.askTitle')} description={t('questions.askLead')} />
      <PostForm
        kind="question"
        initialValues={{ title: '', summary: '', body: '', language, tags: [], links: [], attachments: [] }}
        submitLabel={t('questions.publish')}
        onCancel={() => void navigate('/questions')}
        onSubmit={async (values) => {
          const result = await createQuestion({ variables: { input: toInput(values) } });
          const id = result.data?.createQuestion.id;
          if (!id) return;
          notify({ message: t('questions.published'), color: 'teal' });
          await navigate(`/questions/${id}`);
        }}
      />
    </>
  );
}

function EditQuestion({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(questionEditQuery, { variables: { id }, fetchPolicy: 'network-only' });
  const [updateQuestion] = useMutation(updateQuestionMutation);
  const question = data?.question;
  if (!question) {
    return (
      <>
        <PageHeader title={t('questions.editTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  if (!question.viewerCanEdit) {
    return (
      <>
        <PageHeader title={t('questions.editTitle')} />
        <ErrorState problem={{ code: 'FORBIDDEN', message: '', fields: [] }} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('questions.editTitle')} />
      <PostForm
        kind="question"
        initialValues={{
          title: question.title,
          summary: '',
          body: question.body,
          language: question.language,
          tags: question.tags.map((tag) => tag.name),
          links: [],
          attachments: [],
        }}
        submitLabel={t('questions.saveChanges')}
        onCancel={() => void navigate(`/questions/${id}`)}
        onSubmit={async (values) => {
          await updateQuestion({ variables: { id, input: toInput(values) } });
          notify({ message: t('questions.saved'), color: 'teal' });
          await navigate(`/questions/${id}`);
        }}
      />
    </>
  );
}

/** /questions/new */
export function NewQuestionPage() {
  return (
    <RequireSignIn>
      <NewQuestion />
    </RequireSignIn>
  );
}

/** /questions/:id/edit: the author changes title, body, language and tags. */
export function EditQuestionPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <EditQuestion key={id} id={id} />
    </RequireSignIn>
  );
}
