import { Button, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { PageHeader, SectionPanel } from '@liblab/web-ui';
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
        <SectionPanel headingId="what-heading" title={t('home.visitor.whatTitle')}>
          <Text mb="sm">{t('home.visitor.whatBody')}</Text>
          <List spacing="xs">
            <List.Item>{t('home.visitor.point1')}</List.Item>
            <List.Item>{t('home.visitor.point2')}</List.Item>
            <List.Item>{t('home.visitor.point3')}</List.Item>
          </List>
        </SectionPanel>
        <SectionPanel headingId="who-heading" title={t('home.visitor.whoTitle')}>
          <Text mb="sm">{t('home.visitor.whoBody')}</Text>
          <Text>{t('home.visitor.rolesBody')}</Text>
        </SectionPanel>
      </SimpleGrid>
      <NetworkSize />
    </Stack>
  );
}
