import { Column, CreateDateColumn, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { MemberEntity } from '../../members/entities/member.entity.js';

/**
 * The secret of a member's private "my events" feed (`/calendar/me/<selector><verifier>.ics`). The selector
 * finds the row; the verifier is compared in constant time, so response times say nothing about it. The
 * token is kept readable because the member must be able to copy the URL again; whoever can read this
 * table can read the registrations it lists anyway. Rotating replaces both halves: the old URL is dead.
 */
@Entity({ name: 'calendar_tokens' })
export class CalendarTokenEntity {
  @PrimaryColumn({ name: 'member_id', type: 'uuid' })
  memberId: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: MemberEntity;

  @Column({ type: 'text', unique: true })
  selector: string;

  @Column({ type: 'text' })
  verifier: string;

  /** When this token was made (first use or last rotation). */
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
