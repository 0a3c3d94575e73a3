import { mentionMarkup } from '@liblab/domain';
import { Textarea, type TextareaProps } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { useRef, useState, type KeyboardEvent } from 'react';
import { MentionList, mentionOptionId } from './mention-list';
import { useMemberSuggestions, type MemberSuggestion } from './use-member-suggestions';

/** "@" at the start or after a space, then the letters typed so far, right before the caret. */
const TRIGGER = /(?:^|\s)@([\p{L}\p{M}'’-]{1,40})$/u;

interface Trigger {
  /** Where the "@" is. */
  start: number;
  query: string;
}

function triggerAt(text: string, caret: number): Trigger | null {
  const match = TRIGGER.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1].length - 1, query: match[1] };
}

export interface MentionTextareaProps extends Omit<TextareaProps, 'value' | 'onChange'> {
  value: string;
  onChange: (value: string) => void;
}

/**
 * A plain-text field where "@" and a few letters suggest members (a listbox under the field, arrows and
 * Enter to choose, Escape to close) and a choice inserts `@[Full Name](member-id)`, the API's mention syntax.
 */
export function MentionTextarea({ value, onChange, onKeyDown, ...props }: MentionTextareaProps) {
  const listId = useId();
  const field = useRef<HTMLTextAreaElement>(null);
  const [trigger, setTrigger] = useState<Trigger | null>(null);
  const [active, setActive] = useState(0);
  const [position, setPosition] = useState({ top: 0, left: 0 });
  const { members, loading, settled } = useMemberSuggestions(trigger?.query ?? null);
  const open = trigger !== null;

  const follow = (text: string, caret: number) => {
    const next = triggerAt(text, caret);
    setTrigger(next);
    setActive(0);
    if (next && field.current) {
      const box = field.current.getBoundingClientRect();
      setPosition({ top: box.bottom + 4, left: box.left });
    }
  };

  const pick = (member: MemberSuggestion) => {
    if (!trigger || !field.current) return;
    const caret = field.current.selectionStart;
    const inserted = `${mentionMarkup(member.name, member.id)} `;
    const next = value.slice(0, trigger.start) + inserted + value.slice(caret);
    onChange(next);
    setTrigger(null);
    const at = trigger.start + inserted.length;
    requestAnimationFrame(() => field.current?.setSelectionRange(at, at));
  };

  const handleKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (open) {
      if (event.key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        setTrigger(null);
        return;
      }
      if (members.length > 0) {
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          event.preventDefault();
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setActive((current) => (current + step + members.length) % members.length);
          return;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          event.preventDefault();
          pick(members[Math.min(active, members.length - 1)]);
          return;
        }
      }
    }
    onKeyDown?.(event);
  };

  return (
    <>
      <Textarea
        {...props}
        ref={field}
        value={value}
        onChange={(event) => {
          onChange(event.currentTarget.value);
          follow(event.currentTarget.value, event.currentTarget.selectionStart);
        }}
        onKeyDown={handleKeyDown}
        onBlur={(event) => {
          setTrigger(null);
          props.onBlur?.(event);
        }}
        aria-autocomplete="list"
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open && members.length > 0 ? mentionOptionId(listId, active) : undefined}
      />
      {open ? (
        <MentionList
          id={listId}
          query={trigger.query}
          members={members}
          loading={loading}
          settled={settled}
          active={active}
          onPick={pick}
          position={position}
        />
      ) : null}
    </>
  );
}
