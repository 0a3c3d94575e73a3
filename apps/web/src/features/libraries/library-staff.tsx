import { Anchor, Paper, Table, Text, Title } from '@mantine/core';
import type { LibraryPageQuery } from '@liblab/web-graphql';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

type StaffMember = LibraryPageQuery['library']['staff'][number];

/** Digits and a leading + only, for tel: links ("+48 71 335 54 00" → "+48713355400"). */
export function telHref(phone: string): string {
  return `tel:${phone.replace(/[^\d+]/g, '')}`;
}

/** The library's people with a job title, and how to reach them. */
export function LibraryStaff({ staff }: { staff: readonly StaffMember[] }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="lg" component="section" aria-labelledby="library-staff-heading">
      <Title order={2} size="h3" id="library-staff-heading" mb="sm">
        {t('libraryPage.staff')}
      </Title>
      {staff.length === 0 ? (
        <Text>{t('libraryPage.noStaff')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={560}>
          <Table striped highlightOnHover verticalSpacing="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('libraryPage.staffName')}</Table.Th>
                <Table.Th scope="col">{t('fields.position')}</Table.Th>
                <Table.Th scope="col">{t('libraryPage.staffEmail')}</Table.Th>
                <Table.Th scope="col">{t('fields.phone')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {staff.map((person) => (
                <Table.Tr key={person.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/members/${person.id}`}>
                      {person.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{person.position}</Table.Td>
                  <Table.Td>
                    {person.publicEmail ? <Anchor href={`mailto:${person.publicEmail}`}>{person.publicEmail}</Anchor> : '—'}
                  </Table.Td>
                  <Table.Td>{person.phone ? <Anchor href={telHref(person.phone)}>{person.phone}</Anchor> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Paper>
  );
}
