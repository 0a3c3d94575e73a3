import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { PageHeader } from '@liblab/web-ui';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { NetworkSize } from './network-size';

/** The front door for visitors: what LibLab is, who it is for, and how to join. */
export function VisitorHome() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <PageHeader title={t('home.visitor.title')} description={t('home.visitor.lead')} />
      <Group gap="md">
        <Button component={Link} to="/sign-up" size="md">
          {t('home.visitor.signUp')}
        </Button>
        <Button component={Link} to="/sign-in" size="md" variant="default">
          {t('home.visitor.signIn')}
        </Button>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="lg" component="section" aria-labelledby="what-heading">
          <Title order={2} size="h3" id="what-heading" mb="sm">
            {t('home.visitor.whatTitle')}
          </Title>
          <Text mb="sm">{t('home.visitor.whatBody')}</Text>
          <List spacing="xs">
            <List.Item>{t('home.visitor.point1')}</List.Item>
            <List.Item>{t('home.visitor.point2')}</List.Item>
            <List.Item>{t('home.visitor.point3')}</List.Item>
          </List>
        </Paper>
        <Paper withBorder p="lg" component="section" aria-labelledby="who-heading">
          <Title order={2} size="h3" id="who-heading" mb="sm">
            {t('home.visitor.whoTitle')}
          </Title>
          <Text mb="sm">{t('home.visitor.whoBody')}</Text>
          <Text>{t('home.visitor.rolesBody')}</Text>
        </Paper>
      </SimpleGrid>
      <NetworkSize />
    </Stack>
  );
}
