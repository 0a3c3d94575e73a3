import { Anchor, AppShell, Box, Burger, Button, Container, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { MAIN_CONTENT_ID, SkipLink } from './skip-link';
import { useFocusHeadingOnNavigate } from './use-focus-heading-on-navigate';

export interface NavItem {
  to: string;
  label: string;
}

export interface AppLayoutProps {
  brand: string;
  navItems: readonly NavItem[];
  /** Right side of the header: language switcher, account menu or sign-in buttons. */
  headerActions: ReactNode;
  footer?: ReactNode;
  children: ReactNode;
}

function NavLinks({ items, onNavigate, vertical }: { items: readonly NavItem[]; onNavigate?: () => void; vertical?: boolean }) {
  const links = items.map((item) => (
    <Button
      key={item.to}
      component={NavLink}
      to={item.to}
      variant="subtle"
      justify={vertical ? 'flex-start' : undefined}
      onClick={onNavigate}
      styles={{ root: { fontWeight: 600 } }}
      className="liblab-nav-link"
    >
      {item.label}
    </Button>
  ));
  return vertical ? <Stack gap={4}>{links}</Stack> : <Group gap={4} wrap="nowrap">{links}</Group>;
}

/** The portal's frame: skip link, header with brand and navigation, one main landmark, footer. */
export function AppLayout({ brand, navItems, headerActions, footer, children }: AppLayoutProps) {
  const { t } = useTranslation('ui');
  const [drawerOpen, drawer] = useDisclosure(false);
  useFocusHeadingOnNavigate(MAIN_CONTENT_ID);

  return (
    // Two rows from `sm` up: brand and actions, then the navigation on a row of its own, so a growing
    // navigation (and longer labels in Polish or Norwegian) never wraps under the fixed-height header.
    <AppShell header={{ height: { base: 64, sm: 108 } }} padding={0}>
      <SkipLink />
      <AppShell.Header>
        <Container size="lg" h="100%">
          <Group h={64} justify="space-between" wrap="nowrap" gap="sm">
            <Group gap="md" wrap="nowrap">
              <Burger
                opened={drawerOpen}
                onClick={drawer.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={drawerOpen ? t('closeNavigation') : t('openNavigation')}
                aria-expanded={drawerOpen}
                aria-controls="mobile-navigation"
              />
              <Anchor component={Link} to="/" fw={800} fz="xl" underline="never" c="indigo.9" aria-label={t('brandHome')}>
                {brand}
              </Anchor>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {headerActions}
            </Group>
          </Group>
          <Box component="nav" visibleFrom="sm" aria-label={t('mainNavigation')} h={44} ml={-12} style={{ overflowX: 'auto' }}>
            <NavLinks items={navItems} />
          </Box>
        </Container>
      </AppShell.Header>
      <Drawer
        opened={drawerOpen}
        onClose={drawer.close}
        title={brand}
        size="xs"
        id="mobile-navigation"
        closeButtonProps={{ 'aria-label': t('closeNavigation') }}
      >
        <nav aria-label={t('mainNavigation')}>
          <NavLinks items={navItems} onNavigate={drawer.close} vertical />
        </nav>
      </Drawer>
      <AppShell.Main id={MAIN_CONTENT_ID} tabIndex={-1} style={{ outline: 'none' }}>
        <Container size="lg" py="xl">
          {children}
        </Container>
      </AppShell.Main>
      {footer ? (
        <Container component="footer" size="lg" py="lg">
          {footer}
        </Container>
      ) : null}
    </AppShell>
  );
}
