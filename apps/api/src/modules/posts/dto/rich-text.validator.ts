import { ValidateBy, type ValidationOptions } from 'class-validator';
import { KNOWLEDGE_LIMITS } from '@liblab/domain';
import { sanitizeRichText, visibleText } from '../../../core/html/rich-text.js';

const { bodyHtmlMax, bodyTextMax } = KNOWLEDGE_LIMITS;

function problem(value: unknown): string | null {
  if (typeof value !== 'string') return 'Write the text.';
  if (value.length > bodyHtmlMax) return `Keep the text under ${bodyTextMax} characters.`;
  const length = visibleText(sanitizeRichText(value)).length;
  if (length === 0) return 'Write the text.';
  if (length > bodyTextMax) return `Keep the text under ${bodyTextMax} characters.`;
  return null;
}

/**
 * A rich-text body: some visible text once sanitised, and not too much of it. Measured on what will be
 * stored, so `<p><script>…</script></p>` is as empty as `<p></p>`. Services sanitise again when saving.
 */
export function IsRichText(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'isRichText',
      validator: {
        validate: (value: unknown) => problem(value) === null,
        defaultMessage: (args) => problem(args?.value) ?? 'Write the text.',
      },
    },
    options,
  );
}
