import { useMutation } from '@apollo/client/react';
import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { bookmarkMutation, unbookmarkMutation } from './knowledge.operations';
import { useActionFeedback } from './use-action-feedback';

/** Keep an inspiration or question for later ("My bookmarks"); a toggle with aria-pressed. */
export function BookmarkButton({ postId, bookmarked }: { postId: string; bookmarked: boolean }) {
  const { t } = useTranslation();
  const run = useActionFeedback();
  const [bookmark, adding] = useMutation(bookmarkMutation, { refetchQueries: ['MyBookmarks'] });
  const [unbookmark, removing] = useMutation(unbookmarkMutation, { refetchQueries: ['MyBookmarks'] });
  return (
    <Button
      variant={bookmarked ? 'filled' : 'default'}
      color="indigo.9"
      size="xs"
      aria-pressed={bookmarked}
      loading={adding.loading || removing.loading}
      onClick={() =>
        void run(
          () => (bookmarked ? unbookmark({ variables: { postId } }) : bookmark({ variables: { postId } })),
          bookmarked ? t('knowledge.unbookmarked') : t('knowledge.bookmarked'),
        )
      }
    >
      {t('knowledge.bookmark')}
    </Button>
  );
}
