import type { ContentKind, LinkRecord, PostEntity } from '../entities/post.entity.js';
import type { LanguageEnum } from '../../../core/graphql/domain-enums.js';

/**
 * What resolvers hand to GraphQL for an inspiration, question or answer: one shape for all three, so
 * the interfaces (Content, Post, Votable) resolve from any of them; `kind` picks the type.
 */
export interface ContentRecord {
  kind: ContentKind;
  id: string;
  parentId: string | null;
  authorId: string | null;
  libraryId: string | null;
  title: string;
  summary: string;
  body: string;
  language: LanguageEnum;
  links: LinkRecord[];
  attachments: LinkRecord[];
  byExpert: boolean;
  accepted: boolean;
  voteCount: number;
  answerCount: number;
  commentCount: number;
  createdAt: Date;
  editedAt: Date | null;
}

export function toContent(entity: PostEntity): ContentRecord {
  return {
    kind: entity.kind,
    id: entity.id,
    parentId: entity.parentId,
    authorId: entity.authorId,
    libraryId: entity.libraryId,
    title: entity.title ?? '',
    summary: entity.summary,
    body: entity.body,
    language: entity.language as LanguageEnum,
    links: entity.links,
    attachments: entity.attachments,
    byExpert: entity.byExpert,
    accepted: entity.accepted,
    voteCount: entity.voteCount,
    answerCount: entity.answerCount,
    commentCount: entity.commentCount,
    createdAt: entity.createdAt,
    editedAt: entity.editedAt,
  };
}
