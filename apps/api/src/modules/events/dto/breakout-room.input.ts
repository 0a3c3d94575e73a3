import { Field, InputType, Int } from '@nestjs/graphql';
import { Transform } from 'class-transformer';
import { IsInt, IsOptional, IsString, IsUrl, Length, MaxLength, Min } from 'class-validator';
import { EVENT_LIMITS as L, LIMITS } from '@liblab/domain';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const trimToNull = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() || null : value);

@InputType({ description: 'A convention’s breakout room for one project or working group: a room, a link, or both.' })
export class BreakoutRoomInput {
  @Field()
  @Transform(trim)
  @IsString()
  @Length(1, L.breakoutNameMax, { message: `Give a name of 1 to ${L.breakoutNameMax} characters.` })
  name: string;

  @Field({ description: 'The project or working group that meets there.' })
  @Transform(trim)
  @IsString()
  @Length(1, L.breakoutProjectMax, { message: `Name the project or working group (1 to ${L.breakoutProjectMax} characters).` })
  project: string;

  @Field(() => String, { nullable: true })
  @Transform(trimToNull)
  @IsOptional()
  @IsString()
  @MaxLength(L.roomMax, { message: `Keep the room under ${L.roomMax} characters.` })
  room?: string | null;

  @Field(() => String, { nullable: true, description: 'An online room; shown like the join link, to confirmed registrants and organisers.' })
  @Transform(trimToNull)
  @IsOptional()
  @IsUrl({ protocols: ['https'], require_protocol: true }, { message: 'Give a full web address starting with https://.' })
  @MaxLength(LIMITS.urlMax)
  url?: string | null;

  @Field(() => Int, { nullable: true, description: 'The session it belongs to: its position (from 0) in the input’s sessions.' })
  @IsOptional()
  @IsInt({ message: 'Choose a session of the programme.' })
  @Min(0, { message: 'Choose a session of the programme.' })
  sessionIndex?: number | null;
}
