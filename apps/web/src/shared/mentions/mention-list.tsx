import { Paper, Portal, Text, UnstyledButton, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MemberSuggestion } from './use-member-suggestions';

export interface MentionListProps {
  /** The listbox's id, for aria-controls on the field. */
  id: string;
  query: string;
  members: readonly MemberSuggestion[];
  loading: boolean;
  /** The answer for this query has arrived (an empty list then means no match). */
  settled: boolean;
  active: number;
  onPick: (member: MemberSuggestion) => void;
  /** Where to show it (viewport coordinates): under the caret. */
  position: { top: number; left: number };
}

/** The id of the option at `index`, for aria-activedescendant. */
export function mentionOptionId(listId: string, index: number): string {
  return `${listId}-option-${index}`;
}

/**
 * Members to mention, under the caret: a listbox whose active option the field names with
 * aria-activedescendant (focus stays in the field), and a polite status saying how many there are and how to choose.
 */
export function MentionList({ id, query, members, loading, settled, active, onPick, position }: MentionListProps) {
  const { t } = useTranslation();
  const status = members.length > 0 ? t('mentions.available', { count: members.length }) : settled ? t('mentions.noMatch', { query }) : '';
  return (
    <Portal>
      <VisuallyHidden role="status" aria-live="polite">
        {status}
      </VisuallyHidden>
      <Paper
        shadow="md"
        withBorder
        p={4}
        radius="md"
        style={{ position: 'fixed', top: position.top, left: position.left, zIndex: 400, minWidth: 240, maxWidth: 360 }}
      >
        {members.length > 0 ? (
          <div role="listbox" id={id} aria-label={t('mentions.suggestions')}>
            {members.map((member, index) => (
              <UnstyledButton
                key={member.id}
                id={mentionOptionId(id, index)}
                role="option"
                aria-selected={index === active}
                tabIndex={-1}
                display="block"
                w="100%"
                px="sm"
                py={6}
                bg={index === active ? 'indigo.0' : undefined}
                style={{ borderRadius: 4, outline: index === active ? '2px solid var(--mantine-color-indigo-9)' : undefined }}
                // Keep the caret in the field: choose on mouse down, before the field loses focus.
                onMouseDown={(event) => {
                  event.preventDefault();
                  onPick(member);
                }}
              >
                <Text size="sm" fw={600} component="span" display="block">
                  {member.name}
                </Text>
                {member.libraryName ? (
                  <Text size="xs" c="gray.8" component="span" display="block">
                    {member.libraryName}
                  </Text>
                ) : null}
              </UnstyledButton>
            ))}
          </div>
        ) : (
          <Text size="sm" px="sm" py={6} id={id}>
            {loading || !settled ? t('mentions.searching') : t('mentions.noMatch', { query })}
          </Text>
        )}
      </Paper>
    </Portal>
  );
}
