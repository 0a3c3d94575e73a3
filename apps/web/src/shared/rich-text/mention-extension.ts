import { mentionMarkup } from '@liblab/domain';
import Mention from '@tiptap/extension-mention';
import type { SuggestionKeyDownProps, SuggestionProps } from '@tiptap/suggestion';

/** What the field's React part needs to show suggestions while a "@…" is being typed. */
export interface MentionSession {
  query: string;
  /** Viewport coordinates under the "@…". */
  position: { top: number; left: number };
  /** Replaces the "@…" with the chosen member. */
  choose: (member: { id: string; name: string }) => void;
}

export interface MentionCallbacks {
  /** A "@…" started or changed (null: it ended). */
  onSession: (session: MentionSession | null) => void;
  /** Arrow keys, Enter, Tab and Escape while suggesting; true when handled. */
  onKeyDown: (event: KeyboardEvent) => boolean;
}

/** Passes TipTap's suggestion events to the current React callbacks (connected after each render). */
export class MentionBridge implements MentionCallbacks {
  private callbacks: MentionCallbacks = { onSession: () => undefined, onKeyDown: () => false };

  connect(callbacks: MentionCallbacks): void {
    this.callbacks = callbacks;
  }

  onSession(session: MentionSession | null): void {
    this.callbacks.onSession(session);
  }

  onKeyDown(event: KeyboardEvent): boolean {
    return this.callbacks.onKeyDown(event);
  }
}

function session(props: SuggestionProps<unknown, { id: string; label: string }>): MentionSession {
  const rect = props.clientRect?.();
  return {
    query: props.query,
    position: { top: (rect?.bottom ?? 0) + 4, left: rect?.left ?? 0 },
    choose: (member) => props.command({ id: member.id, label: member.name }),
  };
}

/**
 * TipTap's mention node, written into the HTML as the API's syntax `@[Full Name](member-id)` (inside a
 * span the server's sanitiser drops, keeping the text), shown in the editor as "@Full Name". Suggestions
 * are React's business: this only reports what is typed and passes keys on.
 */
export function mentionExtension(bridge: MentionBridge) {
  return Mention.extend({
    addNodeView() {
      return ({ node }) => {
        const dom = document.createElement('span');
        dom.className = 'liblab-mention';
        dom.dataset.type = 'mention';
        dom.textContent = `@${String(node.attrs.label ?? '')}`;
        return { dom };
      };
    },
  }).configure({
    renderHTML: ({ node }) => [
      'span',
      { 'data-type': 'mention', 'data-id': node.attrs.id as string, 'data-label': node.attrs.label as string },
      mentionMarkup(String(node.attrs.label ?? ''), String(node.attrs.id ?? '')),
    ],
    renderText: ({ node }) => `@${String(node.attrs.label ?? '')}`,
    suggestion: {
      char: '@',
      items: () => [],
      render: () => ({
        onStart: (props) => bridge.onSession(session(props)),
        onUpdate: (props) => bridge.onSession(session(props)),
        onExit: () => bridge.onSession(null),
        onKeyDown: ({ event }: SuggestionKeyDownProps) => bridge.onKeyDown(event),
      }),
    },
  });
}
