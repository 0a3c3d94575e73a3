import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, List, Modal, SegmentedControl, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { EmptyState, FormattedDate, LoadingState, LoadMorePager } from '@liblab/web-ui';
import type { ReactionKind } from '@liblab/web-graphql';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryError } from '../../shared/query-error';
import { contentReactionsQuery, reactMutation, unreactMutation } from './knowledge.operations';
import { useActionFeedback } from './use-action-feedback';

export const REACTION_ORDER: readonly ReactionKind[] = ['USEFUL', 'INSPIRING', 'THANKS'];

export interface ReactionBarProps {
  contentId: string;
  summary: readonly { kind: ReactionKind; count: number; viewerReacted: boolean }[];
  /** Offers the list of who reacted (in a dialog). */
  showWhoReacted?: boolean;
}

function WhoReacted({ contentId }: { contentId: string }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'ALL' | ReactionKind>('ALL');
  const result = useQuery(contentReactionsQuery, {
    variables: { id: contentId, kind: kind === 'ALL' ? null : kind },
    notifyOnNetworkStatusChange: true,
  });
  const connection = result.data?.content.reactions;
  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('reactions.filter')}
        value={kind}
        onChange={(value) => setKind(value as 'ALL' | ReactionKind)}
        data={[
          { value: 'ALL', label: t('reactions.all') },
          ...REACTION_ORDER.map((value) => ({ value, label: t(`reactions.kinds.${value}`) })),
        ]}
      />
      {result.error ? (
        <QueryError error={result.error} onRetry={() => void result.refetch()} />
      ) : !connection ? (
        <LoadingState />
      ) : connection.edges.length === 0 ? (
        <EmptyState title={t('reactions.none')} />
      ) : (
        <>
          <List listStyleType="none" spacing="xs" p={0}>
            {connection.edges.map(({ node, cursor }) => (
              <List.Item key={cursor}>
                <Group gap="xs">
                  {node.member ? (
                    <Anchor component={Link} to={`/members/${node.member.id}`}>
                      {node.member.name}
                    </Anchor>
                  ) : (
                    <Text>{t('knowledge.formerMember')}</Text>
                  )}
                  <Text size="sm" c="gray.8">
                    {t(`reactions.kinds.${node.kind}`)}, <FormattedDate value={node.createdAt} />
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
          <LoadMorePager
            shown={connection.edges.length}
            total={connection.totalCount}
            hasNextPage={connection.pageInfo.hasNextPage}
            loading={result.networkStatus === NetworkStatus.fetchMore}
            onLoadMore={() => void result.fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        </>
      )}
    </Stack>
  );
}

/** Useful / inspiring / thanks: toggles with counts (aria-pressed), and who reacted in a dialog. */
export function ReactionBar({ contentId, summary, showWhoReacted }: ReactionBarProps) {
  const { t } = useTranslation();
  const run = useActionFeedback();
  const [opened, dialog] = useDisclosure(false);
  const [react] = useMutation(reactMutation);
  const [unreact] = useMutation(unreactMutation);
  const total = summary.reduce((sum, item) => sum + item.count, 0);
  return (
    <Group gap="xs" wrap="wrap" role="group" aria-label={t('reactions.label')}>
      {REACTION_ORDER.map((kind) => {
        const item = summary.find((entry) => entry.kind === kind) ?? { kind, count: 0, viewerReacted: false };
        const name = t(`reactions.kinds.${kind}`);
        return (
          <Button
            key={kind}
            size="xs"
            radius="xl"
            variant={item.viewerReacted ? 'filled' : 'default'}
            color="grape.9"
            aria-pressed={item.viewerReacted}
            aria-label={t('reactions.toggle', { name, count: item.count })}
            onClick={() =>
              void run(
                () =>
                  item.viewerReacted
                    ? unreact({ variables: { contentId, kind } })
                    : react({ variables: { contentId, kind } }),
                item.viewerReacted ? t('reactions.removed', { name }) : t('reactions.added', { name }),
              )
            }
          >
            <span aria-hidden="true">
              {name} · {item.count}
            </span>
          </Button>
        );
      })}
      {showWhoReacted && total > 0 ? (
        <>
          <Button size="xs" variant="subtle" onClick={dialog.open}>
            {t('reactions.who')}
          </Button>
          <Modal opened={opened} onClose={dialog.close} title={t('reactions.whoTitle')} closeButtonProps={{ 'aria-label': t('common.close') }}>
            {opened ? <WhoReacted contentId={contentId} /> : null}
          </Modal>
        </>
      ) : null}
    </Group>
  );
}
