import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  AnnouncementModel,
  PublishAnnouncementInput,
  PublishAnnouncementPayload,
} from './announcements.models';
import { AnnouncementsService } from './announcements.service';

@Resolver()
@UseGuards(SignedInGuard)
export class AnnouncementsResolver {
  constructor(private readonly board: AnnouncementsService) {}

  @Query(() => [AnnouncementModel], {
    description: "Coordinators' announcements a partner can read, newest first.",
  })
  announcements(
    @CurrentSession() session: ResolvedSession,
    @Args('first', { type: () => Int, defaultValue: 20 }) first: number,
  ): Promise<AnnouncementModel[]> {
    return this.board.list(session.user.id, first);
  }

  @Mutation(() => PublishAnnouncementPayload, {
    description: 'Sends an announcement to every partner or to those of one arrondissement (coordinators).',
  })
  async publishAnnouncement(
    @CurrentSession() session: ResolvedSession,
    @Args('input') input: PublishAnnouncementInput,
  ): Promise<PublishAnnouncementPayload> {
    return { announcement: await this.board.publish(session.user.id, input) };
  }
}
