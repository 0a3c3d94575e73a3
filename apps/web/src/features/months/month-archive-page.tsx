import { NetworkStatus } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { LANGUAGES } from '@liblab/domain';
import { Alert, Anchor, Badge, Button, Checkbox, Fieldset, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Language, MonthArchiveQuery } from '@liblab/web-graphql';
import { ErrorState, FormAlert, LoadingState, LoadMorePager, PageHeader } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isDomainLanguage, toApiLanguage } from '../../i18n/language-codes';
import { RequireSignIn } from '../../session/require-sign-in';
import { useFormError } from '../../shared/fields/use-form-error';
import { QueryError } from '../../shared/query-error';
import { isBlankHtml, RichTextField } from '../../shared/rich-text/rich-text-field';
import { MONTH_FORM_LIMITS } from './month-limits';
import { archiveMonthMutation, monthArchiveQuery } from './months.operations';

type ArchiveMonth = MonthArchiveQuery['month'];
type ArchiveQuestion = ArchiveMonth['questions']['edges'][number]['node']['question'];

interface ArchiveValues {
  /** In the order chosen: the inspiration quotes them so. */
  bestAnswerIds: string[];
  summary: string;
  language: Language;
}

/** An answer's visible text, shortened, to recognise it by (the API sent sanitised HTML). */
function excerpt(html: string, max = 240): string {
  const text = (new DOMParser().parseFromString(html, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function QuestionAnswers({ question, chosen, onToggle }: { question: ArchiveQuestion; chosen: readonly string[]; onToggle: (id: string) => void }) {
  const { t } = useTranslation();
  const { answers } = question;
  const lang = question.language.toLowerCase();
  return (
    <Fieldset legend={<span lang={lang}>{question.title}</span>} variant="filled">
      {answers.edges.length === 0 ? (
        <Text size="sm">{t('monthArchive.noAnswers')}</Text>
      ) : (
        <Stack gap="sm">
          {answers.edges.map(({ node: answer }) => {
            const position = chosen.indexOf(answer.id);
            return (
              <Checkbox
                key={answer.id}
                checked={position >= 0}
                onChange={() => onToggle(answer.id)}
                label={
                  <Group gap="xs" wrap="wrap" component="span">
                    <span>{t('monthArchive.answerBy', { name: answer.author?.name ?? t('knowledge.formerMember') })}</span>
                    {answer.byExpert ? (
                      <Badge color="grape.9" variant="filled" size="sm" component="span">
                        {t('monthArchive.expert')}
                      </Badge>
                    ) : null}
                    <span>· {t('monthArchive.votes', { count: answer.voteCount })}</span>
                    {position >= 0 ? (
                      <Badge color="indigo.9" variant="outline" size="sm" component="span">
                        {t('monthArchive.order', { n: position + 1 })}
                      </Badge>
                    ) : null}
                  </Group>
                }
                description={<span lang={lang}>{excerpt(answer.body)}</span>}
              />
            );
          })}
          {answers.totalCount > answers.edges.length ? (
            <Text size="sm">{t('monthArchive.moreAnswers', { count: answers.totalCount - answers.edges.length })}</Text>
          ) : null}
        </Stack>
      )}
    </Fieldset>
  );
}

interface ArchiveFormProps {
  month: ArchiveMonth;
  onLoadMore: () => void;
  loadingMore: boolean;
  onArchived: () => void;
}

function ArchiveForm({ month, onLoadMore, loadingMore, onArchived }: ArchiveFormProps) {
  const { t, i18n } = useTranslation();
  const resolved = i18n.resolvedLanguage;
  const [confirming, setConfirming] = useState(false);
  const [archive, { loading }] = useMutation(archiveMonthMutation);
  const form = useForm<ArchiveValues>({
    initialValues: { bestAnswerIds: [], summary: '', language: toApiLanguage(isDomainLanguage(resolved) ? resolved : 'en') },
    validate: {
      summary: (value) => (isBlankHtml(value) ? t('fieldErrors.required') : null),
      bestAnswerIds: (value) =>
        value.length > MONTH_FORM_LIMITS.bestAnswersMax ? t('monthFieldErrors.bestAnswerIds', { max: MONTH_FORM_LIMITS.bestAnswersMax }) : null,
    },
  });
  const { formError, clearFormError, showError } = useFormError(form);
  const chosen = form.values.bestAnswerIds;
  const { questions } = month;
  const answersError = form.errors['bestAnswerIds'];

  const toggle = (id: string) => {
    form.setFieldValue('bestAnswerIds', chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id]);
    form.clearFieldError('bestAnswerIds');
  };

  const submit = async () => {
    clearFormError();
    try {
      await archive({ variables: { id: month.id, input: form.getValues() } });
      onArchived();
    } catch (error) {
      showError(error, {
        summary: t('knowledgeFieldErrors.body', { max: 20_000 }),
        bestAnswerIds: t('monthFieldErrors.bestAnswerIds', { max: MONTH_FORM_LIMITS.bestAnswersMax }),
        language: t('fieldErrors.locale'),
      });
    } finally {
      setConfirming(false);
    }
  };

  return (
    <form onSubmit={form.onSubmit(() => setConfirming(true))} noValidate>
      <Stack gap="lg" maw={860}>
        {formError ? <FormAlert>{formError}</FormAlert> : null}
        <Fieldset legend={t('monthArchive.answersLegend')} aria-describedby={answersError ? 'best-answers-error' : 'best-answers-hint'}>
          <Stack gap="md">
            <Text size="sm" id="best-answers-hint">
              {t('monthArchive.answersHint', { max: MONTH_FORM_LIMITS.bestAnswersMax })}
            </Text>
            {answersError ? (
              <Text size="sm" c="red.9" id="best-answers-error" role="alert">
                {answersError}
              </Text>
            ) : null}
            {questions.edges.length === 0 ? (
              <Text>{t('monthArchive.noQuestions')}</Text>
            ) : (
              questions.edges.map(({ node }) => (
                <QuestionAnswers key={node.question.id} question={node.question} chosen={chosen} onToggle={toggle} />
              ))
            )}
            {questions.edges.length > 0 ? (
              <LoadMorePager
                shown={questions.edges.length}
                total={questions.totalCount}
                hasNextPage={questions.pageInfo.hasNextPage}
                loading={loadingMore}
                onLoadMore={onLoadMore}
                label={t('monthArchive.loadMore')}
              />
            ) : null}
            <Text fw={600} role="status" aria-live="polite">
              {t('monthArchive.chosen', { count: chosen.length })}
            </Text>
          </Stack>
        </Fieldset>
        <RichTextField
          id="month-summary"
          label={t('monthArchive.summary')}
          description={t('monthArchive.summaryHint')}
          required
          value={form.values.summary}
          error={form.errors['summary']}
          onChange={(html) => form.setFieldValue('summary', html)}
          onBlur={() => form.validateField('summary')}
        />
        <Select
          label={t('monthArchive.language')}
          withAsterisk
          allowDeselect={false}
          maw={320}
          data={LANGUAGES.map((code) => ({ value: toApiLanguage(code), label: t(`languages.${toApiLanguage(code)}`) }))}
          {...form.getInputProps('language')}
        />
        <Group justify="flex-end">
          <Button component={Link} to={`/months/${month.id}`} variant="default">
            {t('common.cancel')}
          </Button>
          <Button type="submit">{t('monthArchive.submit')}</Button>
        </Group>
      </Stack>
      <Modal
        opened={confirming}
        onClose={() => setConfirming(false)}
        title={t('monthArchive.confirmTitle')}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="lg">{t('monthArchive.confirmMessage', { count: chosen.length })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setConfirming(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void submit()} loading={loading}>
            {t('monthArchive.submit')}
          </Button>
        </Group>
      </Modal>
    </form>
  );
}

function MonthArchive({ id }: { id: string }) {
  const { t } = useTranslation();
  const [archivedHere, setArchivedHere] = useState(false);
  const { data, loading, error, refetch, fetchMore, networkStatus } = useQuery(monthArchiveQuery, {
    variables: { id },
    fetchPolicy: 'network-only',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const month = data?.month;
  if (!month) {
    return (
      <>
        <PageHeader title={t('monthLifecycle.archive')} />
        {loading ? <LoadingState /> : <QueryError error={error} onRetry={() => void refetch()} />}
      </>
    );
  }
  const title = t('monthArchive.title', { title: month.title });
  const back = (
    <Anchor component={Link} to={`/months/${month.id}`}>
      {t('monthArchive.backToMonth')}
    </Anchor>
  );
  if (!month.viewerCanManage) {
    return (
      <>
        <PageHeader title={title} />
        <ErrorState problem={{ code: 'FORBIDDEN', message: '', fields: [] }} />
      </>
    );
  }
  if (month.status === 'ARCHIVED') {
    return (
      <>
        <PageHeader title={title} />
        <Alert color="teal" variant="light" role="status" title={archivedHere ? t('monthArchive.done') : t('monthArchive.alreadyArchived')}>
          <Stack gap="xs">
            {month.summaryInspiration ? (
              <Text>
                {t('monthArchive.doneBody')}{' '}
                <Anchor component={Link} to={`/inspirations/${month.summaryInspiration.id}`}>
                  {month.summaryInspiration.title}
                </Anchor>
              </Text>
            ) : null}
            {back}
          </Stack>
        </Alert>
      </>
    );
  }
  if (month.status !== 'WRAP_UP') {
    return (
      <>
        <PageHeader title={title} />
        <Stack gap="sm">
          <Text role="status">{t('monthArchive.notReady', { status: t(`months.statuses.${month.status}`) })}</Text>
          {back}
        </Stack>
      </>
    );
  }
  return (
    <>
      <PageHeader title={title} description={t('monthArchive.lead')} actions={back} />
      <ArchiveForm
        month={month}
        loadingMore={networkStatus === NetworkStatus.fetchMore}
        onLoadMore={() => void fetchMore({ variables: { after: month.questions.pageInfo.endCursor } })}
        onArchived={() => setArchivedHere(true)}
      />
    </>
  );
}

/** /months/:id/archive: after the wrap-up, coordinators gather best answers and a summary into an inspiration. */
export function MonthArchivePage() {
  const { id = '' } = useParams();
  return (
    <RequireSignIn>
      <MonthArchive key={id} id={id} />
    </RequireSignIn>
  );
}
