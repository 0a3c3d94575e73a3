import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { LoadingState, PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { RequireSignIn } from '../../session/require-sign-in';
import { QueryError } from '../../shared/query-error';
import { RichHtml } from '../../shared/rich-text/rich-html';
import { AnnouncerProvider } from '../knowledge/announcer';
import { BookmarkButton } from '../knowledge/bookmark-button';
import { ContentComments } from '../knowledge/content-comments';
import { ContentByline } from '../knowledge/content-byline';
import { PostPageHeader } from '../knowledge/post-page-header';
import { ReactionBar } from '../knowledge/reaction-bar';
import { TagList } from '../knowledge/tag-list';
import { deleteInspirationMutation, inspirationPageQuery } from './inspirations.operations';

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
  const { data, loading, error, refetch } = useQuery(inspirationPageQuery, { variables: { id } });
  const [deleteInspiration] = useMutation(deleteInspirationMutation, { refetchQueries: ['InspirationList'] });
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
      <PostPageHeader
        title={inspiration.title}
        description={inspiration.summary || undefined}
        viewerCanEdit={inspiration.viewerCanEdit}
        viewerCanDelete={inspiration.viewerCanDelete}
        editPath={`/inspirations/${inspiration.id}/edit`}
        listPath="/inspirations"
        onDelete={() => deleteInspiration({ variables: { id: inspiration.id } })}
        labels={{
          edit: t('inspirations.edit'),
          delete: t('inspirations.delete'),
          deleteTitle: t('inspirations.deleteTitle'),
          deleteMessage: t('inspirations.deleteMessage'),
          deleted: t('inspirations.deleted'),
        }}
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
          <ReactionBar contentId={inspiration.id} summary={inspiration.reactionSummary} showWhoReacted />
          <Divider />
          <ContentComments contentId={inspiration.id} subject={t('inspirations.thisInspiration')} headingOrder={2} />
        </Stack>
      </Paper>
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
