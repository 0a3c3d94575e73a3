import { Anchor, Text } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';

/** Shown when a page fails to render (or its code cannot load, e.g. after a new release). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (import.meta.env.DEV) console.error(error);
  return (
    <>
      <PageHeader title={t('routeError.title')} />
      <Text mb="md">{t('routeError.body')}</Text>
      <Anchor component={Link} to="/" reloadDocument>
        {t('routeError.home')}
      </Anchor>
    </>
  );
}
