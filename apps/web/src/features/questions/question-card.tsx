import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { QuestionCardFieldsFragment } from '@liblab/web-graphql';
import { FormattedDate } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { TagList } from '../knowledge/tag-list';

/** A question in a list: its title as the link, answer and vote counts, whether it has an accepted answer. */
export function QuestionCard({ question, headingOrder = 3 }: { question: QuestionCardFieldsFragment; headingOrder?: 2 | 3 }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap={6}>
        <Title order={headingOrder} size="h4" lang={question.language.toLowerCase()}>
          <Anchor component={Link} to={`/questions/${question.id}`} inherit>
            {question.title}
          </Anchor>
        </Title>
        <Group gap="xs">
          {question.acceptedAnswer ? (
            <Badge color="teal.9" variant="filled">
              {t('questions.solved')}
            </Badge>
          ) : question.answerCount === 0 ? (
            <Badge color="red.9" variant="outline">
              {t('questions.unansweredBadge')}
            </Badge>
          ) : null}
          <Text size="sm">{t('questions.answerCount', { count: question.answerCount })}</Text>
          <Text size="sm">{t('questions.voteCount', { count: question.voteCount })}</Text>
        </Group>
        <Text size="sm" c="gray.8">
          {question.author?.name ?? t('knowledge.formerMember')}
          {question.library ? `, ${question.library.name}` : ''} · <FormattedDate value={question.createdAt} />
        </Text>
        <TagList tags={question.tags} />
      </Stack>
    </Paper>
  );
}
