import { useMutation } from '@apollo/client/react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { MonthStatus } from '@liblab/web-graphql';
import { LiveStatus, SectionPanel, useNotify } from '@liblab/web-ui';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useErrorMessage } from '../../shared/use-error-message';
import { formatHours } from './month-time';
import { advanceMonthMutation } from './months.operations';

/** The steps `advanceMonth` takes; archiving has its own page (summary and best answers). */
type AdvanceStep = 'ANNOUNCED' | 'OPEN' | 'WRAP_UP';

function nextStep(status: MonthStatus): AdvanceStep | 'ARCHIVE' | null {
  switch (status) {
    case 'DRAFT':
      return 'ANNOUNCED';
    case 'ANNOUNCED':
      return 'OPEN';
    case 'OPEN':
      return 'WRAP_UP';
    case 'WRAP_UP':
      return 'ARCHIVE';
    case 'ARCHIVED':
      return null;
  }
}

export interface MonthLifecycleProps {
  monthId: string;
  status: MonthStatus;
  answerHours: number;
  /** Reload what depends on the status (the ask button, the page's facts). */
  onChanged: () => Promise<unknown>;
}

/**
 * Coordinators move the month one step forward (announce, open, wrap up), each after a confirmation in a modal
 * dialog; the last step, archiving, leads to its own page. A step someone else took first is reported, not repeated.
 */
export function MonthLifecycle({ monthId, status, answerHours, onChanged }: MonthLifecycleProps) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const describe = useErrorMessage();
  const [dialogOpen, setDialogOpen] = useState(false);
  // The dialog keeps its step while it fades out, even once the month has moved on.
  const [dialogStep, setDialogStep] = useState<AdvanceStep>('ANNOUNCED');
  const [done, setDone] = useState('');
  const [advance, { loading }] = useMutation(advanceMonthMutation);
  const step = nextStep(status);
  const duration = formatHours(answerHours, i18n.resolvedLanguage ?? 'en');

  const confirm = async (to: AdvanceStep) => {
    setDone('');
    try {
      await advance({ variables: { id: monthId, to } });
      setDone(t(`monthLifecycle.steps.${to}.done`));
    } catch (error) {
      notify({ title: t('monthLifecycle.failed'), message: describe(error), color: 'red' });
    } finally {
      setDialogOpen(false);
      await onChanged();
    }
  };

  return (
    <SectionPanel headingId="month-lifecycle-heading" title={t('monthLifecycle.heading')}>
      <Stack gap="sm">
        <Text>{t('monthLifecycle.current', { status: t(`months.statuses.${status}`) })}</Text>
        {status === 'DRAFT' ? <Text size="sm">{t('monthLifecycle.draftNote')}</Text> : null}
        {status === 'ARCHIVED' ? <Text size="sm">{t('monthLifecycle.archivedNote')}</Text> : null}
        <Group gap="sm" wrap="wrap">
          {step === 'ARCHIVE' ? (
            <Button component={Link} to={`/months/${monthId}/archive`}>
              {t('monthLifecycle.archive')}
            </Button>
          ) : step ? (
            <Button
              onClick={() => {
                setDialogStep(step);
                setDialogOpen(true);
              }}
            >
              {t(`monthLifecycle.steps.${step}.button`)}
            </Button>
          ) : null}
          {status !== 'ARCHIVED' ? (
            <Button component={Link} to={`/months/${monthId}/edit`} variant="default">
              {t('months.edit')}
            </Button>
          ) : null}
        </Group>
        <LiveStatus>{done}</LiveStatus>
      </Stack>
      <Modal
        opened={dialogOpen}
        onClose={() => setDialogOpen(false)}
        title={t(`monthLifecycle.steps.${dialogStep}.title`)}
        centered
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <Text mb="lg">{t(`monthLifecycle.steps.${dialogStep}.message`, { duration })}</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={() => setDialogOpen(false)} data-autofocus>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void confirm(dialogStep)} loading={loading}>
            {t(`monthLifecycle.steps.${dialogStep}.button`)}
          </Button>
        </Group>
      </Modal>
    </SectionPanel>
  );
}
