import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';
import { MonthEntity } from './month.entity.js';

/** A member invited as an expert of a month: their answers to its questions are expert answers. */
@Entity({ name: 'month_experts' })
export class MonthExpertEntity {
  @PrimaryColumn({ name: 'month_id', type: 'uuid' })
  monthId: string;

  @ManyToOne(() => MonthEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'month_id' })
  month?: MonthEntity;

  @Index()
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz', precision: 3 })
  createdAt: Date;
}
