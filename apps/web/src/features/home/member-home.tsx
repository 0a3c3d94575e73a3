import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeFeed } from '../feed/home-feed';
import { NetworkSize } from './network-size';

export interface MemberHomeProps {
  name: string;
  library: { slug: string; name: string } | null;
}

function Shortcut({ to, title, body }: { to: string; title: string; body: string }) {
  return (
    <Paper withBorder p="lg" radius="md" component="li" h="100%">
      <Title order={3} size="h4" mb={6}>
        <Anchor component={Link} to={to} fw={700} inherit>
          {title}
        </Anchor>
      </Title>
      <Text>{body}</Text>
    </Paper>
  );
}

/** A signed-in member's start page: a welcome, the home feed, and the way to each part of the portal. */
export function MemberHome({ name, library }: MemberHomeProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageHeader
        title={t('home.member.title', { name })}
        description={t('feed.followHint')}
        actions={
          <Group gap="xs">
            <Button component={Link} to="/questions/new">
              {t('feed.ask')}
            </Button>
            <Button component={Link} to="/inspirations/new" variant="light">
              {t('feed.share')}
            </Button>
          </Group>
        }
      />
      <HomeFeed />
      <Title order={2} size="h3">
        {t('home.member.lead')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        <Shortcut to="/members" title={t('home.member.directoryTitle')} body={t('home.member.directoryBody')} />
        <Shortcut to="/libraries" title={t('home.member.librariesTitle')} body={t('home.member.librariesBody')} />
        <Shortcut to="/profile" title={t('home.member.profileTitle')} body={t('home.member.profileBody')} />
      </SimpleGrid>
      {library ? (
        <Text>
          {t('home.member.yourLibrary')}{' '}
          <Anchor component={Link} to={`/libraries/${library.slug}`}>
            {library.name}
          </Anchor>
        </Text>
      ) : null}
      <NetworkSize />
    </Stack>
  );
}
