import { Anchor, Button, Group, Text } from '@mantine/core';
import { AppLayout, LanguageSwitcher, type NavItem } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router';
import { INTERFACE_LANGUAGES } from '../i18n/language-codes';
import { useSession } from '../session/use-session';
import { NotificationBell } from '../features/notifications/notification-bell';
import { HeaderSearch } from '../features/search/header-search';
import { AccountMenu } from './account-menu';

/** Every page's frame: navigation for what exists now, language, and the account or sign-in buttons. */
export function RootLayout() {
  const { t } = useTranslation();
  const { me, loading } = useSession();

  const navItems: NavItem[] = [
    { to: '/questions', label: t('nav.questions') },
    { to: '/inspirations', label: t('nav.inspirations') },
    { to: '/months', label: t('months.nav') },
    { to: '/events', label: t('events.nav') },
    { to: '/members', label: t('nav.members') },
    { to: '/libraries', label: t('nav.libraries') },
  ];

  const account = me ? (
    <AccountMenu memberId={me.id} name={me.name} />
  ) : loading ? null : (
    <Group gap="xs" wrap="nowrap">
      <Button component={Link} to="/sign-in" variant="subtle">
        {t('nav.signIn')}
      </Button>
      <Button component={Link} to="/sign-up" visibleFrom="xs">
        {t('nav.signUp')}
      </Button>
    </Group>
  );

  return (
    <AppLayout
      brand="LibLab"
      navItems={navItems}
      headerActions={
        <>
          <HeaderSearch />
          {me ? <NotificationBell /> : null}
          <LanguageSwitcher languages={INTERFACE_LANGUAGES} />
          {account}
        </>
      }
      footer={
        <Text size="sm">
          {t('footer.about')}{' '}
          <Anchor component={Link} to="/libraries">
            {t('footer.libraries')}
          </Anchor>
        </Text>
      }
    >
      <Outlet />
    </AppLayout>
  );
}
