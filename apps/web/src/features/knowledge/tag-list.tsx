import { Badge, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** Tags as links to their pages, in a labelled list. */
export function TagList({ tags }: { tags: readonly { id: string; slug: string; name: string }[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return null;
  return (
    <Group gap={6} component="ul" aria-label={t('knowledge.tags')} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {tags.map((tag) => (
        <li key={tag.id}>
          <Badge component={Link} to={`/tags/${encodeURIComponent(tag.slug)}`} variant="outline" color="indigo.9" style={{ cursor: 'pointer', textTransform: 'none' }}>
            #{tag.name}
          </Badge>
        </li>
      ))}
    </Group>
  );
}
