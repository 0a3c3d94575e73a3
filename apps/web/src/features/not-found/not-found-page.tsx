import { Anchor, Group, Text } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Any address the portal does not know. */
export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={t('notFound.title')} description={t('notFound.body')} />
      <Text mb="sm">{t('notFound.where')}</Text>
      <Group gap="lg" component="nav" aria-label={t('notFound.linksLabel')}>
        <Anchor component={Link} to="/">
          {t('notFound.home')}
        </Anchor>
        <Anchor component={Link} to="/members">
          {t('nav.members')}
        </Anchor>
        <Anchor component={Link} to="/libraries">
          {t('nav.libraries')}
        </Anchor>
      </Group>
    </>
  );
}
