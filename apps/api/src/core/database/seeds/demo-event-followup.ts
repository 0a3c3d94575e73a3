/**
 * What happened during and after the demo's past convention (seeds/000: "Vi samlar upp och besvarar de
 * frågor som inkommit under konferensen", project rooms for each pilot library): questions asked during
 * it and answered afterwards, the recording and slides, and a breakout room per project.
 */
import type { EntityManager } from 'typeorm';
import type { Language } from '@liblab/domain';
import { sanitizeRichText } from '../../html/rich-text.js';
import { PostEntity } from '../../../modules/posts/entities/post.entity.js';
import { setPostTags } from '../../../modules/tags/post-tags.js';

const MINUTE = 60 * 1000;
const HOUR = 60 * MINUTE;

interface DemoEventQuestion {
  author: string;
  title: string;
  body: string;
  tags: string[];
  /** Asked this many minutes after the event started. */
  minutesIn: number;
  answers: { author: string; body: string; hoursAfterEnd: number }[];
}

interface DemoBreakoutRoom {
  name: string;
  project: string;
  room?: string;
  url?: string;
  /** The title of the programme session it belongs to. */
  session?: string;
}

export interface DemoEventFollowUp {
  language: Language;
  recordingUrl: string;
  slidesUrl: string;
  breakoutRooms: DemoBreakoutRoom[];
  questions: DemoEventQuestion[];
}

const PROJECT_ROOMS = 'Projektrum: ställ frågor till varje projekt';

export const CONVENTION_FOLLOW_UP: DemoEventFollowUp = {
  language: 'sv',
  recordingUrl: 'https://play.liblab.demo/delningskonferens-tankesmedjor',
  slidesUrl: 'https://material.liblab.demo/delningskonferens-tankesmedjor.pdf',
  breakoutRooms: [
    { name: 'Projektrum 1', project: 'Karlskrona: medborgarförslag med AI', room: 'Studierum 1', url: 'https://meet.liblab.demo/tankesmedjor-karlskrona', session: PROJECT_ROOMS },
    { name: 'Projektrum 2', project: 'Vaggeryd: AI-föreläsningar och digitala tipsrundor', room: 'Studierum 2', session: PROJECT_ROOMS },
    { name: 'Projektrum 3', project: 'Lund och Ystad: debatt och dialog', room: 'Hörsalen', session: PROJECT_ROOMS },
    { name: 'Projektrum 4', project: 'Oskarshamn och Emmaboda: samtalskvällar', room: 'Barnavdelningen, sagorummet', session: PROJECT_ROOMS },
    { name: 'Projektrum 5', project: 'Halmstad och Hylte: prioriterade målgrupper', url: 'https://meet.liblab.demo/tankesmedjor-halmstad-hylte', session: PROJECT_ROOMS },
    { name: 'Arbetsgrupp', project: 'Nätverket för demokratiarbete i Sydsverige', room: 'Slottet, mötesrum 3' },
  ],
  questions: [
    {
      author: 'lars.ek@liblab.demo', minutesIn: 35, tags: ['AI', 'demokrati'],
      title: 'Hur fick Karlskrona invånarna att våga använda ChatGPT för medborgarförslag?',
      body: '<p>Vi vill prova samma sak i Malmö men är osäkra på hur vi ska presentera verktyget utan att det uppfattas som att biblioteket tar ställning.</p>',
      answers: [
        {
          author: 'samordnare@liblab.demo', hoursAfterEnd: 20,
          body: '<p>Karlskrona höll korta drop-in-pass där personalen visade verktyget på ett påhittat förslag (fler parkbänkar) och invånarna sedan skrev sitt eget. Poängen var att biblioteket lär ut verktyget, inte innehållet. Inspelningen från 09:20 visar hur de gjorde.</p>',
        },
      ],
    },
    {
      author: 'karin.nilsson@liblab.demo', minutesIn: 110, tags: ['demokrati', 'målgrupper'],
      title: 'Hur når man deltagare i daglig verksamhet med demokratifrågor?',
      body: '<p>Lund nämnde samarbetet med daglig verksamhet. Hur planerade ni träffarna och vilket material använde ni?</p>',
      answers: [
        {
          author: 'expert.sv@liblab.demo', hoursAfterEnd: 30,
          body: '<p>Lund träffade samma grupp varannan vecka under en termin och använde lättlästa nyheter (8 Sidor) som utgångspunkt. Börja med ett ämne deltagarna själva tar upp, och bjud in en politiker först när gruppen känner sig trygg.</p>',
        },
        {
          author: 'samordnare@liblab.demo', hoursAfterEnd: 52,
          body: '<p>Materialet från Lund finns i bildspelet (bild 14–18). Vi lägger upp fler exempel i nätverkets arbetsgrupp.</p>',
        },
      ],
    },
    {
      author: 'bibliotekarie@liblab.demo', minutesIn: 75, tags: ['debatt', 'demokrati'],
      title: 'Vilka regler hade ni för politiker som deltog i debatterna?',
      body: '<p>Bjöd ni in alla partier, även de som inte sitter i fullmäktige? Och vem modererade?</p>',
      answers: [
        {
          author: 'expert.sv@liblab.demo', hoursAfterEnd: 26,
          body: '<p>Ystad bjöd in alla partier i fullmäktige och lät en bibliotekarie moderera efter skrivna regler som publicerades i förväg. Oskarshamn valde i stället samtalskvällar utan politiker på scen.</p>',
        },
      ],
    },
    {
      author: 'ingrid.sjoberg@liblab.demo', minutesIn: 170, tags: ['barn och unga', 'demokrati'],
      title: 'Finns det material om digitala tipsrundor på demokratitema för barn?',
      body: '<p>Vaggeryd nämnde digitala tipsrundor. Finns frågorna att låna, och fungerar de för mellanstadiet?</p>',
      answers: [],
    },
  ],
};

/** The follow-up of one seeded event, inside the caller's transaction. Returns how many posts it wrote. */
export async function seedEventFollowUp(
  manager: EntityManager,
  event: { id: string; startsAt: Date; endsAt: Date },
  followUp: DemoEventFollowUp,
  member: (email: string) => { id: string; library_id: string | null; roles: string[] },
): Promise<number> {
  await manager.query('UPDATE events SET recording_url = $2, slides_url = $3 WHERE id = $1', [event.id, followUp.recordingUrl, followUp.slidesUrl]);
  const sessions: { id: string; title: string }[] = await manager.query('SELECT id, title FROM event_sessions WHERE event_id = $1', [event.id]);
  for (const [position, room] of followUp.breakoutRooms.entries()) {
    await manager.query(
      `INSERT INTO event_breakout_rooms (event_id, position, name, project, room, url, session_id) VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [event.id, position, room.name, room.project, room.room ?? null, room.url ?? null, sessions.find((s) => s.title === room.session)?.id ?? null],
    );
  }
  const posts = manager.getRepository(PostEntity);
  let written = 0;
  for (const q of followUp.questions) {
    const askedAt = new Date(event.startsAt.getTime() + q.minutesIn * MINUTE);
    const author = member(q.author);
    const question = await posts.save(
      posts.create({
        kind: 'question',
        authorId: author.id,
        libraryId: author.library_id,
        title: q.title,
        body: sanitizeRichText(q.body),
        language: followUp.language,
        answerCount: q.answers.length,
        createdAt: askedAt,
      }),
    );
    await setPostTags(manager, question.id, q.tags);
    await manager.query('INSERT INTO event_questions (question_id, event_id, created_at) VALUES ($1, $2, $3)', [question.id, event.id, askedAt]);
    for (const a of q.answers) {
      const answerer = member(a.author);
      await posts.save(
        posts.create({
          kind: 'answer',
          parentId: question.id,
          authorId: answerer.id,
          libraryId: answerer.library_id,
          body: sanitizeRichText(a.body),
          language: followUp.language,
          byExpert: answerer.roles.includes('expert'),
          createdAt: new Date(event.endsAt.getTime() + a.hoursAfterEnd * HOUR),
        }),
      );
    }
    written += 1 + q.answers.length;
  }
  return written;
}
