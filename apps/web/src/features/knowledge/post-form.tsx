import { useQuery } from '@apollo/client/react';
import { KNOWLEDGE_LIMITS, LANGUAGES } from '@liblab/domain';
import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, TagsInput, Text, Textarea, TextInput } from '@mantine/core';
import { useForm, type UseFormReturnType } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { readApiProblem, type Language } from '@liblab/web-graphql';
import { applyApiProblem, FormAlert } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiLanguage } from '../../i18n/language-codes';
import { isBlankHtml, RichTextField } from '../../shared/rich-text/rich-text-field';
import { useErrorMessage } from '../../shared/use-error-message';
import { tagSuggestionsQuery } from '../tags/tags.operations';

export interface LinkValue {
  title: string;
  url: string;
}

export interface PostFormValues {
  title: string;
  summary: string;
  body: string;
  language: Language;
  tags: string[];
  links: LinkValue[];
  attachments: LinkValue[];
}

export interface PostFormProps {
  kind: 'question' | 'inspiration';
  initialValues: PostFormValues;
  submitLabel: string;
  onSubmit: (values: PostFormValues) => Promise<void>;
  onCancel: () => void;
}

const URL_PATTERN = /^https?:\/\/\S+$/i;

/** What the link rows use of the form. */
type LinkRowsForm = Pick<UseFormReturnType<PostFormValues>, 'values' | 'errors' | 'getInputProps' | 'removeListItem' | 'insertListItem'>;

function LinkRows({ form, field, legend }: { form: LinkRowsForm; field: 'links' | 'attachments'; legend: string }) {
  const { t } = useTranslation();
  const rows = form.values[field];
  const error = form.errors[field];
  const errorId = `${field}-error`;
  return (
    <Fieldset legend={legend} aria-describedby={error ? errorId : undefined}>
      <Stack gap="sm">
        {error ? (
          <Text size="sm" c="red.9" id={errorId} role="alert">
            {error}
          </Text>
        ) : null}
        {rows.length === 0 ? (
          <Text size="sm" c="gray.8">
            {t('postForm.noLinks')}
          </Text>
        ) : null}
        {rows.map((_, index) => (
          <Group key={index} align="flex-start" wrap="nowrap" gap="xs">
            <SimpleGrid cols={{ base: 1, sm: 2 }} style={{ flex: 1 }}>
              <TextInput
                label={t('postForm.linkTitle', { n: index + 1 })}
                maxLength={KNOWLEDGE_LIMITS.linkTitleMax}
                {...form.getInputProps(`${field}.${index}.title`)}
              />
              <TextInput label={t('postForm.linkUrl', { n: index + 1 })} type="url" placeholder="https://" {...form.getInputProps(`${field}.${index}.url`)} />
            </SimpleGrid>
            <ActionIcon
              variant="outline"
              color="red.9"
              mt={28}
              size="lg"
              aria-label={t('postForm.removeLink', { n: index + 1 })}
              onClick={() => form.removeListItem(field, index)}
            >
              <span aria-hidden="true">✕</span>
            </ActionIcon>
          </Group>
        ))}
        {rows.length < KNOWLEDGE_LIMITS.linksMax ? (
          <Group>
            <Button variant="default" size="xs" onClick={() => form.insertListItem(field, { title: '', url: '' })}>
              {field === 'links' ? t('postForm.addLink') : t('postForm.addAttachment')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Fieldset>
  );
}

/** Ask or edit a question, share or edit an inspiration: the API's limits are checked before sending. */
export function PostForm({ kind, initialValues, submitLabel, onSubmit, onCancel }: PostFormProps) {
  const { t } = useTranslation();
  const describe = useErrorMessage();
  const [formError, setFormError] = useState<string | null>(null);
  const [tagSearch, setTagSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(tagSearch, 250);
  const suggestions = useQuery(tagSuggestionsQuery, { variables: { search: debouncedSearch.trim() || null } });
  const tagOptions = [...new Set((suggestions.data ?? suggestions.previousData)?.tags.edges.map((edge) => edge.node.name) ?? [])];

  const linkRule = (value: LinkValue[]) => {
    const bad = value.some((link) => !link.title.trim() || !URL_PATTERN.test(link.url.trim()));
    return bad ? t('knowledgeFieldErrors.links') : null;
  };
  const form = useForm<PostFormValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: {
      title: (value) =>
        value.trim().length < KNOWLEDGE_LIMITS.titleMin || value.trim().length > KNOWLEDGE_LIMITS.titleMax
          ? t('knowledgeFieldErrors.postTitle', { min: KNOWLEDGE_LIMITS.titleMin, max: KNOWLEDGE_LIMITS.titleMax })
          : null,
      summary: (value) => (value.trim().length > KNOWLEDGE_LIMITS.summaryMax ? t('fieldErrors.tooLong', { max: KNOWLEDGE_LIMITS.summaryMax }) : null),
      body: (value) => (isBlankHtml(value) ? t('fieldErrors.required') : null),
      tags: (value) =>
        value.length > KNOWLEDGE_LIMITS.tagsMax || value.some((tag) => tag.trim().length < KNOWLEDGE_LIMITS.tagMin || tag.trim().length > KNOWLEDGE_LIMITS.tagMax)
          ? t('knowledgeFieldErrors.tags', { max: KNOWLEDGE_LIMITS.tagsMax, min: KNOWLEDGE_LIMITS.tagMin, tagMax: KNOWLEDGE_LIMITS.tagMax })
          : null,
      links: linkRule,
      attachments: linkRule,
    },
  });

  const submit = async (values: PostFormValues) => {
    setFormError(null);
    try {
      await onSubmit(values);
    } catch (error) {
      const problem = readApiProblem(error);
      const { placed, unplaced } = applyApiProblem(form, problem, {
        title: t('knowledgeFieldErrors.postTitle', { min: KNOWLEDGE_LIMITS.titleMin, max: KNOWLEDGE_LIMITS.titleMax }),
        summary: t('fieldErrors.tooLong', { max: KNOWLEDGE_LIMITS.summaryMax }),
        body: t('knowledgeFieldErrors.body', { max: KNOWLEDGE_LIMITS.bodyTextMax }),
        tags: t('knowledgeFieldErrors.tags', { max: KNOWLEDGE_LIMITS.tagsMax, min: KNOWLEDGE_LIMITS.tagMin, tagMax: KNOWLEDGE_LIMITS.tagMax }),
        links: t('knowledgeFieldErrors.links'),
        attachments: t('knowledgeFieldErrors.links'),
        language: t('fieldErrors.required'),
      });
      if (!placed || unplaced.length > 0) setFormError(describe(error));
    }
  };

  return (
    <form onSubmit={form.onSubmit(submit)} noValidate>
      <Stack gap="md">
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <TextInput
          label={kind === 'question' ? t('postForm.questionTitle') : t('postForm.title')}
          description={kind === 'question' ? t('postForm.questionTitleHint') : undefined}
          withAsterisk
          maxLength={KNOWLEDGE_LIMITS.titleMax}
          {...form.getInputProps('title')}
        />
        {kind === 'inspiration' ? (
          <Textarea
            label={t('postForm.summary')}
            description={t('postForm.summaryHint', { max: KNOWLEDGE_LIMITS.summaryMax })}
            autosize
            minRows={2}
            maxLength={KNOWLEDGE_LIMITS.summaryMax}
            {...form.getInputProps('summary')}
          />
        ) : null}
        <RichTextField
          id={`${kind}-body`}
          label={kind === 'question' ? t('postForm.questionBody') : t('postForm.body')}
          description={t('postForm.bodyHint')}
          required
          value={form.values.body}
          error={form.errors['body']}
          onChange={(html) => form.setFieldValue('body', html)}
          onBlur={() => form.validateField('body')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <Select
            label={t('postForm.language')}
            withAsterisk
            allowDeselect={false}
            data={LANGUAGES.map((code) => ({ value: toApiLanguage(code), label: t(`languages.${toApiLanguage(code)}`) }))}
            {...form.getInputProps('language')}
          />
          <TagsInput
            label={t('postForm.tags')}
            description={t('postForm.tagsHint', { max: KNOWLEDGE_LIMITS.tagsMax })}
            data={tagOptions}
            maxTags={KNOWLEDGE_LIMITS.tagsMax}
            searchValue={tagSearch}
            onSearchChange={setTagSearch}
            clearable
            clearButtonProps={{ 'aria-label': t('postForm.clearTags') }}
            splitChars={[',']}
            {...form.getInputProps('tags')}
          />
        </SimpleGrid>
        {kind === 'inspiration' ? (
          <>
            <LinkRows form={form} field="links" legend={t('postForm.links')} />
            <LinkRows form={form} field="attachments" legend={t('postForm.attachments')} />
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={form.submitting}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Values to send: trimmed, empty link rows dropped. */
export function cleanLinks(links: readonly LinkValue[]): LinkValue[] {
  return links.map((link) => ({ title: link.title.trim(), url: link.url.trim() })).filter((link) => link.title || link.url);
}
