import { Args, ID, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { AuthMember } from '../../core/auth/auth-member.js';
import { CurrentMember, Roles } from '../../core/auth/decorators.js';
import { EventMaterialsInput } from './dto/event-materials.input.js';
import { EventMaterialsService } from './event-materials.service.js';
import { Event } from './models/event.model.js';

/**
 * The recording and slides of an event. Organisers (coordinators, admins) set them; signed-in members see
 * them, visitors do not: recordings show the participants of a members' event and belong with the rest of
 * the network's content, which is for members (docs/decisions.md).
 */
@Resolver(() => Event)
export class EventMaterialsResolver {
  constructor(private readonly materials: EventMaterialsService) {}

  @Roles('coordinator')
  @Mutation(() => Event, {
    description: 'Coordinators and admins: sets (or with null removes) the recording and slides links; a new recording notifies the registrants.',
  })
  updateEventMaterials(
    @CurrentMember() actor: AuthMember,
    @Args('eventId', { type: () => ID }) eventId: string,
    @Args('input') input: EventMaterialsInput,
  ): Promise<Event> {
    return this.materials.update(actor, eventId, input);
  }

  @ResolveField(() => String, { nullable: true, description: 'The recording, for signed-in members; null for visitors or when there is none.' })
  recordingUrl(@Parent() event: Event, @CurrentMember() viewer: AuthMember | null): string | null {
    return viewer ? event.recordingUrl : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The slides, for signed-in members; null for visitors or when there are none.' })
  slidesUrl(@Parent() event: Event, @CurrentMember() viewer: AuthMember | null): string | null {
    return viewer ? event.slidesUrl : null;
  }
}
