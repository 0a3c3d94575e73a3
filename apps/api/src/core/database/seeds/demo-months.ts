import type { EntityManager } from 'typeorm';
import { visibleText, sanitizeRichText } from '../../html/rich-text.js';
import { PostEntity } from '../../../modules/posts/entities/post.entity.js';
import { setPostTags } from '../../../modules/tags/post-tags.js';
import { MonthEntity } from '../../../modules/months/entities/month.entity.js';
import { monthArchiveBody } from '../../../modules/months/month-archive-body.js';
import { DEMO_MONTHS } from './demo-months-data.js';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

interface SeedMember {
  id: string;
  name: string;
  library_id: string | null;
  roles: string[];
}

/**
 * The demo's thematic months with their experts, questions, answers and (for the archived one) summary
 * inspiration, inside the caller's transaction, after the demo members exist. Questions answer counters
 * are set from the rows. Seeded questions get no escalation job (the one shown escalated is marked so).
 */
export async function seedDemoMonths(manager: EntityManager): Promise<{ months: number; posts: number }> {
  const rows: (SeedMember & { email: string })[] = await manager.query('SELECT id, email, name, library_id, roles FROM members');
  const members = new Map(rows.map((m) => [m.email, m]));
  const member = (email: string): SeedMember => {
    const found = members.get(email);
    if (!found) throw new Error(`Demo months name an unknown demo member: ${email}`);
    return found;
  };
  const now = Date.now();
  const posts = manager.getRepository(PostEntity);
  let written = 0;

  for (const demo of DEMO_MONTHS) {
    const month = await manager.getRepository(MonthEntity).save({
      title: demo.title,
      theme: demo.theme,
      description: demo.description,
      status: demo.status,
      coverImageUrl: demo.coverImageUrl,
      startsAt: new Date(now + demo.startsInDays * DAY),
      endsAt: new Date(now + demo.endsInDays * DAY),
      answerHours: demo.answerHours,
      createdById: member(demo.createdBy).id,
    });
    await manager.query('INSERT INTO month_experts (month_id, member_id) SELECT $1, unnest($2::uuid[])', [
      month.id,
      demo.experts.map((email) => member(email).id),
    ]);
    const answerIds = new Map<string, string[]>();
    const questionIds = new Map<string, string>();
    for (const q of demo.questions) {
      const askedAt = new Date(now - q.hoursAgo * HOUR);
      const question = await posts.save(
        posts.create({
          kind: 'question',
          authorId: member(q.author).id,
          libraryId: member(q.author).library_id,
          title: q.title,
          body: sanitizeRichText(q.body),
          language: q.language,
          answerCount: q.answers.length,
          createdAt: askedAt,
        }),
      );
      await setPostTags(manager, question.id, q.tags);
      questionIds.set(q.key, question.id);
      await manager.query('INSERT INTO month_questions (question_id, month_id, created_at, escalated_at) VALUES ($1, $2, $3, $4)', [
        question.id,
        month.id,
        askedAt,
        q.escalated ? new Date(askedAt.getTime() + demo.answerHours * HOUR) : null,
      ]);
      const answers = await posts.save(
        q.answers.map((a) =>
          posts.create({
            kind: 'answer',
            parentId: question.id,
            authorId: member(a.author).id,
            libraryId: member(a.author).library_id,
            body: sanitizeRichText(a.body),
            language: q.language,
            byExpert: member(a.author).roles.includes('expert'),
            createdAt: new Date(askedAt.getTime() + a.hoursLater * HOUR),
          }),
        ),
      );
      answerIds.set(q.key, answers.map((a) => a.id));
      written += 1 + answers.length;
    }
    if (demo.archive) {
      const { language, summary, bestAnswers } = demo.archive;
      const quoted = bestAnswers.map(([key, index]) => {
        const q = demo.questions.find((x) => x.key === key)!;
        const a = q.answers[index];
        return { body: sanitizeRichText(a.body), authorName: member(a.author).name, questionId: questionIds.get(key)!, questionTitle: q.title };
      });
      const html = sanitizeRichText(summary);
      const inspiration = await posts.save(
        posts.create({
          kind: 'inspiration',
          authorId: member(demo.createdBy).id,
          libraryId: member(demo.createdBy).library_id,
          title: demo.title,
          summary: visibleText(html).slice(0, 500),
          body: sanitizeRichText(monthArchiveBody(html, quoted, language, '')),
          language,
          createdAt: new Date(now + demo.endsInDays * DAY + 3 * DAY),
        }),
      );
      await setPostTags(manager, inspiration.id, [demo.theme]);
      await manager.getRepository(MonthEntity).update(month.id, { summaryInspirationId: inspiration.id });
      written += 1;
    }
  }
  return { months: DEMO_MONTHS.length, posts: written };
}
