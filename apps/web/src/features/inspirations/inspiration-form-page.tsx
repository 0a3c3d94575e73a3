import { useMutation, useQuery } from '@apollo/client/react';
import { ErrorState, LoadingState, PageHeader, useNotify } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { isDomainLanguage, toApiLanguage } from '../../i18n/language-codes';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { cleanLinks, PostForm, type PostFormValues } from '../knowledge/post-form';
import { createInspirationMutation, inspirationPageQuery, updateInspirationMutation } from './inspirations.operations';

function toInput(values: PostFormValues) {
  return {
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    language: values.language,
    tags: values.tags.map((tag) => tag.trim()),
    links: cleanLinks(values.links),
    attachments: cleanLinks(values.attachments),
  };
}

function NewInspiration() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const current = i18n.resolvedLanguage;
  const language = toApiLanguage(isDomainLanguage(current) ? current : 'en');
  const [createInspiration] = useMutation(createInspirationMutation, { refetchQueries: ['InspirationList'] });
  return (
    <>
      <PageHeader title={t('inspirations.shareTitle')} description={t('inspirations.shareLead')} />
      <PostForm
        kind="inspiration"
        initialValues={{ title: '', summary: '', body: '', language, tags: [], links: [], attachments: [] }}
        submitLabel={t('inspirations.publish')}
        onCancel={() => void navigate('/inspirations')}
        onSubmit={async (values) => {
          const result = await createInspiration({ variables: { input: toInput(values) } });
          const id = result.data?.createInspiration.id;
          if (!id) return;
          notify({ message: t('inspirations.published'), color: 'teal' });
          await navigate(`/inspirations/${id}`);
        }}
      />
    </>
  );
}

function EditInspiration({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const { data, loading, error, refetch } = useQuery(inspirationPageQuery, { variables: { id } });
  const [updateInspiration] = useMutation(updateInspirationMutation);
  const inspiration = data?.inspiration;
  if (!inspiration) {
    return (
      <>
        <PageHeader title={t('inspirations.editTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  if (!inspiration.viewerCanEdit) {
    return (
      <>
        <PageHeader title={t('inspirations.editTitle')} />
        <ErrorState problem={{ code: 'FORBIDDEN', message: '', fields: [] }} />
      </>
    );
  }
  return (
    <>
      <PageHeader title={t('inspirations.editTitle')} />
      <PostForm
        kind="inspiration"
        initialValues={{
          title: inspiration.title,
          summary: inspiration.summary,
          body: inspiration.body,
          language: inspiration.language,
          tags: inspiration.tags.map((tag) => tag.name),
          links: inspiration.links.map(({ title, url }) => ({ title, url })),
          attachments: inspiration.attachments.map(({ title, url }) => ({ title, url })),
        }}
        submitLabel={t('inspirations.saveChanges')}
        onCancel={() => void navigate(`/inspirations/${id}`)}
        onSubmit={async (values) => {
          await updateInspiration({ variables: { id, input: toInput(values) } });
          notify({ message: t('inspirations.saved'), color: 'teal' });
          await navigate(`/inspirations/${id}`);
        }}
      />
    </>
  );
}

/** /inspirations/new */
export function NewInspirationPage() {
  return (
    <RequireSignIn>
      <NewInspiration />
    </RequireSignIn>
  );
}

/** /inspirations/:id/edit */
export function EditInspirationPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <EditInspiration key={id} id={id} />
    </RequireSignIn>
  );
}
