import { Badge, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { InspirationCard } from '../inspirations/inspiration-card';
import { QuestionCard } from '../questions/question-card';
import type { FeedEdgeData } from './feed.operations';

/** One post of the feed as its usual card, with what the member follows that brought it ("From people you follow"). */
export function FeedItem({ edge }: { edge: FeedEdgeData }) {
  const { t } = useTranslation();
  const { node } = edge;
  const card =
    node.__typename === 'Question' ? (
      <QuestionCard question={node} />
    ) : node.__typename === 'Inspiration' ? (
      <InspirationCard inspiration={node} />
    ) : null;
  if (!card) return null;
  return (
    <Stack gap={4}>
      {edge.followed ? (
        <Badge variant="light" color="indigo.9" size="sm">
          {t('feed.because', { reasons: edge.followedBecause.map((reason) => t(`feed.reasons.${reason}`)).join(', ') })}
        </Badge>
      ) : null}
      {card}
    </Stack>
  );
}
