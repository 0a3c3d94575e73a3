import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { ConfirmDialog, LoadingState, PageHeader } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { RichHtml } from '../../shared/rich-text/rich-html';
import { AnnouncerProvider } from '../knowledge/announcer';
import { BookmarkButton } from '../knowledge/bookmark-button';
import { CommentsSection } from '../knowledge/comments-section';
import { ContentByline } from '../knowledge/content-byline';
import { inspirationCommentsQuery } from '../knowledge/knowledge.operations';
import { ReactionBar } from '../knowledge/reaction-bar';
import { TagList } from '../knowledge/tag-list';
import { useActionFeedback } from '../knowledge/use-action-feedback';
import { deleteInspirationMutation, inspirationPageQuery } from './inspirations.operations';

function InspirationComments({ id }: { id: string }) {
  const { t } = useTranslation();
  const { data, error, refetch, fetchMore, networkStatus } = useQuery(inspirationCommentsQuery, { variables: { id }, notifyOnNetworkStatusChange: true });
  if (error) return <QueryError error={error} onRetry={() => void refetch()} />;
  const comments = data?.inspiration.comments;
  if (!comments) return <LoadingState />;
  return (
    <CommentsSection
      contentId={id}
      subject={t('inspirations.thisInspiration')}
      headingOrder={2}
      comments={comments.edges.map((edge) => edge.node)}
      totalCount={comments.totalCount}
      hasMore={comments.pageInfo.hasNextPage}
      loadingMore={networkStatus === NetworkStatus.fetchMore}
      onShowMore={() => void fetchMore({ variables: { after: comments.pageInfo.endCursor } })}
      onChanged={() => refetch()}
    />
  );
}

function LinkList({ heading, links }: { heading: string; links: readonly { title: string; url: string }[] }) {
  const { t } = useTranslation();
  if (links.length === 0) return null;
  return (
    <section>
      <Title order={2} size="h4" mb="xs">
        {heading}
      </Title>
      <List spacing={4}>
        {links.map((link) => (
          <List.Item key={`${link.url}-${link.title}`}>
            <Anchor href={link.url} target="_blank" rel="noopener noreferrer">
              {link.title} <Text span size="xs">{t('common.opensInNewTab')}</Text>
            </Anchor>
          </List.Item>
        ))}
      </List>
    </section>
  );
}

function InspirationView({ id }: { id: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const run = useActionFeedback();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const { data, loading, error, refetch } = useQuery(inspirationPageQuery, { variables: { id } });
  const [deleteInspiration, deleting] = useMutation(deleteInspirationMutation, { refetchQueries: ['InspirationList'] });
  const inspiration = data?.inspiration;

  if (!inspiration) {
    return (
      <>
        <PageHeader title={t('inspirations.pageTitle')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }

  return (
    <>
      <PageHeader
        title={inspiration.title}
        description={inspiration.summary || undefined}
        actions={
          <>
            {inspiration.viewerCanEdit ? (
              <Button component={Link} to={`/inspirations/${inspiration.id}/edit`} variant="light">
                {t('inspirations.edit')}
              </Button>
            ) : null}
            {inspiration.viewerCanDelete ? (
              <Button variant="outline" color="red.9" onClick={() => setConfirmDelete(true)}>
                {t('inspirations.delete')}
              </Button>
            ) : null}
          </>
        }
      />
      <Paper withBorder p="md" radius="md">
        <Stack gap="md">
          <ContentByline
            author={inspiration.author}
            library={inspiration.library}
            createdAt={inspiration.createdAt}
            edited={inspiration.edited}
            editedAt={inspiration.editedAt}
          />
          <TagList tags={inspiration.tags} />
          <RichHtml html={inspiration.body} lang={inspiration.language.toLowerCase()} />
          <LinkList heading={t('inspirations.links')} links={inspiration.links} />
          <LinkList heading={t('inspirations.attachments')} links={inspiration.attachments} />
          <Group gap="sm">
            <BookmarkButton postId={inspiration.id} bookmarked={inspiration.viewerBookmarked} />
          </Group>
          <ReactionBar contentId={inspiration.id} summary={inspiration.reactionSummary} whoReacted={{ kind: 'inspiration', id: inspiration.id }} />
          <Divider />
          <InspirationComments id={inspiration.id} />
        </Stack>
      </Paper>
      <ConfirmDialog
        opened={confirmDelete}
        title={t('inspirations.deleteTitle')}
        message={t('inspirations.deleteMessage')}
        confirmLabel={t('inspirations.delete')}
        loading={deleting.loading}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          void run(async () => {
            await deleteInspiration({ variables: { id: inspiration.id } });
            setConfirmDelete(false);
            await navigate('/inspirations', { replace: true });
          }, t('inspirations.deleted'))
        }
      />
    </>
  );
}

/** /inspirations/:id: a good practice with its links, attachments, reactions and comments. */
export function InspirationPage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <AnnouncerProvider>
        <InspirationView key={id} id={id} />
      </AnnouncerProvider>
    </RequireSignIn>
  );
}
