import '@mantine/tiptap/styles.css';
import { Input, Text } from '@mantine/core';
import { useId } from '@mantine/hooks';
import { Link, RichTextEditor, type RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MentionList, mentionOptionId } from '../mentions/mention-list';
import { mentionsForEditor } from '../mentions/mention-html';
import { useMemberSuggestions } from '../mentions/use-member-suggestions';
import { MentionBridge, mentionExtension, type MentionSession } from './mention-extension';

export interface RichTextFieldProps {
  label: string;
  description?: ReactNode;
  error?: ReactNode;
  required?: boolean;
  /** HTML: the initial content (later changes from outside are applied when different). */
  value: string;
  onChange: (html: string) => void;
  onBlur?: () => void;
  /** For tests and the label: the editable area's id. */
  id?: string;
}

/** An empty editor gives `<p></p>`: treat it as no text at all. */
export function isBlankHtml(html: string): boolean {
  return html.replace(/<[^>]*>/g, '').replace(/&nbsp;/g, ' ').trim() === '';
}

function useEditorLabels(): Partial<RichTextEditorLabels> {
  const { t } = useTranslation();
  return {
    boldControlLabel: t('editor.bold'),
    italicControlLabel: t('editor.italic'),
    strikeControlLabel: t('editor.strike'),
    codeControlLabel: t('editor.code'),
    clearFormattingControlLabel: t('editor.clearFormatting'),
    h2ControlLabel: t('editor.heading2'),
    h3ControlLabel: t('editor.heading3'),
    bulletListControlLabel: t('editor.bulletList'),
    orderedListControlLabel: t('editor.orderedList'),
    blockquoteControlLabel: t('editor.blockquote'),
    linkControlLabel: t('editor.link'),
    unlinkControlLabel: t('editor.unlink'),
    linkEditorInputLabel: t('editor.linkAddress'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorExternalLink: t('editor.linkNewTab'),
    linkEditorInternalLink: t('editor.linkSameTab'),
    linkEditorSave: t('editor.linkSave'),
    undoControlLabel: t('editor.undo'),
    redoControlLabel: t('editor.redo'),
  };
}

/**
 * Mantine's TipTap editor as a form field: a visible label that names the editable area, the hint and
 * error tied to it with aria-describedby, a toolbar of labelled buttons (Tab reaches them, the editor keeps
 * TipTap's keyboard shortcuts such as Ctrl+B). The server sanitises whatever HTML this produces.
 */
export function RichTextField({ label, description, error, required, value, onChange, onBlur, id }: RichTextFieldProps) {
  const { t } = useTranslation();
  const generatedId = useId();
  const fieldId = id ?? generatedId;
  const labelId = `${fieldId}-label`;
  const descriptionId = `${fieldId}-description`;
  const errorId = `${fieldId}-error`;
  const mentionHintId = `${fieldId}-mention-hint`;
  const listId = `${fieldId}-mentions`;
  const describedBy = [description ? descriptionId : null, mentionHintId, error ? errorId : null].filter(Boolean).join(' ');
  const labels = useEditorLabels();

  // "@" and a few letters: members to mention, chosen with the arrows and Enter (focus stays in the editor).
  const [mention, setMention] = useState<MentionSession | null>(null);
  const [active, setActive] = useState(0);
  const { members, loading: membersLoading, settled } = useMemberSuggestions(mention?.query ?? null);
  // The editor's extension is made once; the bridge hands its events to this render's callbacks.
  const [bridge] = useState(() => new MentionBridge());
  useEffect(() => {
    bridge.connect({
      onSession: (next) => {
        setMention(next);
        setActive(0);
      },
      onKeyDown: (event) => {
        if (!mention) return false;
        if (event.key === 'Escape') {
          setMention(null);
          return true;
        }
        if (members.length === 0) return false;
        if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
          const step = event.key === 'ArrowDown' ? 1 : -1;
          setActive((current) => (current + step + members.length) % members.length);
          return true;
        }
        if (event.key === 'Enter' || event.key === 'Tab') {
          const member = members[Math.min(active, members.length - 1)];
          mention.choose(member);
          return true;
        }
        return false;
      },
    });
  });
  const suggesting = mention !== null && members.length > 0;
  const [mentions] = useState(() => mentionExtension(bridge));

  const editor = useEditor({
    extensions: [
      StarterKit.configure({ link: false, underline: false, heading: { levels: [2, 3] } }),
      Link.configure({ openOnClick: false }),
      mentions,
    ],
    content: mentionsForEditor(value),
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    onUpdate: ({ editor: current }) => onChange(current.isEmpty ? '' : current.getHTML()),
    onBlur: () => onBlur?.(),
  });

  // Keep the accessible name, description and invalid state on the editable element in step with the field.
  useEffect(() => {
    editor.setOptions({
      editorProps: {
        attributes: {
          id: fieldId,
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': labelId,
          ...(describedBy ? { 'aria-describedby': describedBy } : {}),
          ...(required ? { 'aria-required': 'true' } : {}),
          ...(error ? { 'aria-invalid': 'true' } : {}),
          'aria-autocomplete': 'list',
          ...(mention ? { 'aria-controls': listId } : {}),
          ...(suggesting ? { 'aria-activedescendant': mentionOptionId(listId, active) } : {}),
        },
      },
    });
  }, [editor, fieldId, labelId, describedBy, required, error, mention, suggesting, listId, active]);

  // A reset from outside (an emptied form after sending) reaches the editor.
  useEffect(() => {
    const current = editor.isEmpty ? '' : editor.getHTML();
    if (value !== current && !editor.isFocused) editor.commands.setContent(mentionsForEditor(value), { emitUpdate: false });
  }, [editor, value]);

  return (
    <Input.Wrapper
      label={label}
      labelElement="div"
      labelProps={{ id: labelId, onClick: () => editor.commands.focus() }}
      description={description}
      descriptionProps={{ id: descriptionId }}
      error={error}
      errorProps={{ id: errorId }}
      required={required}
    >
      <RichTextEditor editor={editor} labels={labels} mt={4} style={error ? { borderColor: 'var(--mantine-color-error)' } : undefined}>
        <RichTextEditor.Toolbar aria-label={t('editor.toolbar', { field: label })} role="toolbar">
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Bold />
            <RichTextEditor.Italic />
            <RichTextEditor.Strikethrough />
            <RichTextEditor.Code />
            <RichTextEditor.ClearFormatting />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.H2 />
            <RichTextEditor.H3 />
            <RichTextEditor.BulletList />
            <RichTextEditor.OrderedList />
            <RichTextEditor.Blockquote />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Link />
            <RichTextEditor.Unlink />
          </RichTextEditor.ControlsGroup>
          <RichTextEditor.ControlsGroup>
            <RichTextEditor.Undo />
            <RichTextEditor.Redo />
          </RichTextEditor.ControlsGroup>
        </RichTextEditor.Toolbar>
        <RichTextEditor.Content />
      </RichTextEditor>
      <Text size="xs" c="gray.8" mt={4} id={mentionHintId}>
        {t('mentions.hint')}
      </Text>
      {mention ? (
        <MentionList
          id={listId}
          query={mention.query}
          members={members}
          loading={membersLoading}
          settled={settled}
          active={active}
          onPick={(member) => mention.choose(member)}
          position={mention.position}
        />
      ) : null}
    </Input.Wrapper>
  );
}
