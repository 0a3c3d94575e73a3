import { useMutation } from '@apollo/client/react';
import { useNotify } from '@liblab/web-ui';
import { Button, Menu } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useResetSession } from '../session/liblab-apollo-context';
import { signOutMutation } from '../session/session.operations';
import { useErrorMessage } from '../shared/use-error-message';

/** The signed-in member's menu in the header: their profile, their public page and signing out. */
export function AccountMenu({ memberId, name }: { memberId: string; name: string }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const navigate = useNavigate();
  const resetSession = useResetSession();
  const describe = useErrorMessage();
  const [signOut, { loading }] = useMutation(signOutMutation);

  const handleSignOut = async () => {
    try {
      await signOut();
      await navigate('/');
      await resetSession();
      notify({ message: t('account.signedOut'), color: 'teal' });
    } catch (error) {
      notify({ title: t('account.signOutFailed'), message: describe(error), color: 'red' });
    }
  };

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="light" loading={loading} aria-label={t('account.menuFor', { name })}>
          {name}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Item component={Link} to="/profile">
          {t('nav.profile')}
        </Menu.Item>
        <Menu.Item component={Link} to={`/members/${memberId}`}>
          {t('account.publicPage')}
        </Menu.Item>
        <Menu.Item component={Link} to="/my-events">
          {t('events.mine.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/bookmarks">
          {t('bookmarks.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/notifications">
          {t('notifications.title')}
        </Menu.Item>
        <Menu.Item component={Link} to="/settings/notifications">
          {t('notifications.settings')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Item onClick={() => void handleSignOut()}>{t('account.signOut')}</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
