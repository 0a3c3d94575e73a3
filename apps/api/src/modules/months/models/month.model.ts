import { Field, Float, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Question } from '../../questions/models/question.model.js';
import type { ContentRecord } from '../../posts/models/content-record.js';
import type { MonthEntity } from '../entities/month.entity.js';

export enum MonthStatusEnum {
  DRAFT = 'draft',
  ANNOUNCED = 'announced',
  OPEN = 'open',
  WRAP_UP = 'wrap_up',
  ARCHIVED = 'archived',
}
registerEnumType(MonthStatusEnum, {
  name: 'MonthStatus',
  description: 'A thematic month moves forward one step at a time: DRAFT → ANNOUNCED → OPEN → WRAP_UP → ARCHIVED.',
});

@ObjectType({ description: 'A thematic month: a theme, invited experts who answer members’ questions within a promised time, and its archive.' })
export class Month {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  theme: string;

  @Field()
  description: string;

  @Field(() => MonthStatusEnum)
  status: MonthStatusEnum;

  @Field()
  startsAt: Date;

  @Field()
  endsAt: Date;

  @Field(() => String, { nullable: true })
  coverImageUrl: string | null;

  @Field(() => Int, { description: 'Hours within which an expert answers each question; later questions are escalated.' })
  answerHours: number;

  @Field()
  createdAt: Date;

  /** Resolved through loaders. */
  createdById: string | null;
  summaryInspirationId: string | null;
}

export function toMonth(entity: MonthEntity): Month {
  return {
    id: entity.id,
    title: entity.title,
    theme: entity.theme,
    description: entity.description,
    status: entity.status as MonthStatusEnum,
    startsAt: entity.startsAt,
    endsAt: entity.endsAt,
    coverImageUrl: entity.coverImageUrl,
    answerHours: entity.answerHours,
    createdAt: entity.createdAt,
    createdById: entity.createdById,
    summaryInspirationId: entity.summaryInspirationId,
  };
}

@ObjectType({ description: 'How a month keeps its promise; expert answers are by its invited experts or members holding the expert role.' })
export class MonthStats {
  @Field(() => Int, { description: 'Live questions asked in the month.' })
  questionCount: number;

  @Field(() => Int, { description: 'Questions with at least one expert answer.' })
  answeredCount: number;

  @Field(() => Int, { description: 'Questions without an expert answer yet.' })
  unansweredCount: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from a question to its first expert answer; null while none is answered.' })
  medianMinutesToFirstExpertAnswer: number | null;

  @Field(() => Int, { description: 'Questions escalated for passing the answer time without an expert answer.' })
  escalatedCount: number;
}

@ObjectType({ description: 'A question asked in a month, with the month’s promise about it.' })
export class MonthQuestion {
  @Field(() => Question)
  question: ContentRecord;

  @Field({ description: 'When an expert answer is promised by (asked + the month’s answer hours).' })
  answerDueAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the first expert answer came; null while none has.' })
  firstExpertAnswerAt: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was escalated to the experts and the coordinator; null if it never was.' })
  escalatedAt: Date | null;
}
