import { CurrentSession, ResolvedSession, SignedInGuard } from '@entraide/api-identity';
import { UseGuards } from '@nestjs/common';
import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';

import {
  ApplicationIdInput,
  ApplyInput,
  CloseMentoringPairInput,
  CreateMentoringPairInput,
  DecideApplicationInput,
  LogMentoringSessionInput,
  MissionIdInput,
  MissionInput,
  MissionSearchInput,
  RecordAttendanceInput,
  RecordVettingInput,
  UpdateMissionInput,
  VolunteerProfileInput,
} from './dto/missions.inputs';
import {
  ApplicantModel,
  MentoringPairModel,
  MissionApplicationModel,
  MissionModel,
  MissionRecommendationModel,
  MissionSearchResultModel,
  VolunteeringHistoryModel,
  VolunteerProfileModel,
} from './models/missions.models';
import { ApplicationsService } from './services/applications.service';
import { MentoringService } from './services/mentoring.service';
import { MissionsService } from './services/missions.service';
import { VolunteersService } from './services/volunteers.service';

@Resolver()
export class MissionsResolver {
  constructor(private readonly missionsService: MissionsService) {}

  @Query(() => MissionSearchResultModel, {
    description: 'Published missions with shifts to come or a weekly slot, best text match first (public).',
  })
  missions(
    @Args('search', { nullable: true }) search?: MissionSearchInput,
  ): Promise<MissionSearchResultModel> {
    return this.missionsService.search(search ?? { first: 20, offset: 0 });
  }

  @Query(() => MissionModel, { description: 'One mission (public).' })
  mission(@Args('id', { type: () => ID }) id: string): Promise<MissionModel> {
    return this.missionsService.get(id);
  }

  @Query(() => [MissionModel], { description: "An association's missions, closed ones too (its members)." })
  @UseGuards(SignedInGuard)
  organisationMissions(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<MissionModel[]> {
    return this.missionsService.ofOrganisation(organisationId, session.user.id);
  }

  @Mutation(() => MissionModel, { description: 'Publishes a mission (members of a verified association).' })
  @UseGuards(SignedInGuard)
  publishMission(@Args('input') input: MissionInput, @CurrentSession() session: ResolvedSession) {
    return this.missionsService.publish(input, session.user.id);
  }

  @Mutation(() => MissionModel)
  @UseGuards(SignedInGuard)
  updateMission(@Args('input') input: UpdateMissionInput, @CurrentSession() session: ResolvedSession) {
    return this.missionsService.update(input, session.user.id);
  }

  @Mutation(() => MissionModel, { description: 'Closes a mission: no more applications.' })
  @UseGuards(SignedInGuard)
  closeMission(@Args('input') input: MissionIdInput, @CurrentSession() session: ResolvedSession) {
    return this.missionsService.close(input.id, session.user.id);
  }

  @Mutation(() => MissionModel, { description: 'A copy of a mission, published, without its shifts.' })
  @UseGuards(SignedInGuard)
  duplicateMission(@Args('input') input: MissionIdInput, @CurrentSession() session: ResolvedSession) {
    return this.missionsService.duplicate(input.id, session.user.id);
  }
}

@Resolver()
@UseGuards(SignedInGuard)
export class VolunteersResolver {
  constructor(
    private readonly volunteers: VolunteersService,
    private readonly applications: ApplicationsService,
  ) {}

  @Query(() => VolunteerProfileModel, { nullable: true })
  myVolunteerProfile(@CurrentSession() session: ResolvedSession): Promise<VolunteerProfileModel | null> {
    return this.volunteers.profile(session.user.id);
  }

  @Mutation(() => VolunteerProfileModel)
  saveVolunteerProfile(
    @Args('input') input: VolunteerProfileInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.volunteers.saveProfile(input, session.user.id);
  }

  @Query(() => [MissionRecommendationModel], {
    description: 'Missions that suit my profile best, each with its reasons.',
  })
  missionRecommendations(
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number,
    @CurrentSession() session: ResolvedSession,
  ): Promise<MissionRecommendationModel[]> {
    return this.volunteers.recommendations(session.user.id, first);
  }

  @Query(() => [MissionApplicationModel])
  myApplications(@CurrentSession() session: ResolvedSession): Promise<MissionApplicationModel[]> {
    return this.applications.ofVolunteer(session.user.id);
  }

  @Query(() => VolunteeringHistoryModel, { description: 'Hours given, for the attestation.' })
  myVolunteering(@CurrentSession() session: ResolvedSession): Promise<VolunteeringHistoryModel> {
    return this.applications.history(session.user.id);
  }

  @Query(() => [MissionApplicationModel], { description: "A mission's applications (the association)." })
  missionApplications(
    @Args('missionId', { type: () => ID }) missionId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<MissionApplicationModel[]> {
    return this.applications.ofMission(missionId, session.user.id);
  }

  @Mutation(() => MissionApplicationModel)
  applyToMission(@Args('input') input: ApplyInput, @CurrentSession() session: ResolvedSession) {
    return this.applications.apply(input, session.user.id);
  }

  @Mutation(() => MissionApplicationModel)
  withdrawApplication(@Args('input') input: ApplicationIdInput, @CurrentSession() session: ResolvedSession) {
    return this.applications.withdraw(input.id, session.user.id);
  }

  @Mutation(() => MissionApplicationModel, {
    description: 'Accepts, declines or wait-lists (the association).',
  })
  decideApplication(
    @Args('input') input: DecideApplicationInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.applications.decide(input, session.user.id);
  }

  @Mutation(() => ApplicantModel, {
    description: 'Records that the association checked a volunteer (the date and what; never the document).',
  })
  recordVetting(@Args('input') input: RecordVettingInput, @CurrentSession() session: ResolvedSession) {
    return this.applications.recordVetting(input, session.user.id);
  }

  @Mutation(() => MissionApplicationModel, { description: 'Attendance and hours of an accepted volunteer.' })
  recordAttendance(@Args('input') input: RecordAttendanceInput, @CurrentSession() session: ResolvedSession) {
    return this.applications.recordAttendance(input, session.user.id);
  }
}

@Resolver()
@UseGuards(SignedInGuard)
export class MentoringResolver {
  constructor(private readonly mentoring: MentoringService) {}

  @Query(() => [MentoringPairModel], {
    description: "An association's mentoring pairs (its members, coordinators).",
  })
  organisationMentoring(
    @Args('organisationId', { type: () => ID }) organisationId: string,
    @CurrentSession() session: ResolvedSession,
  ): Promise<MentoringPairModel[]> {
    return this.mentoring.ofOrganisation(organisationId, session.user.id);
  }

  @Query(() => [MentoringPairModel], { description: 'The pairs I mentor in.' })
  myMentoring(@CurrentSession() session: ResolvedSession): Promise<MentoringPairModel[]> {
    return this.mentoring.ofMentor(session.user.id);
  }

  @Mutation(() => MentoringPairModel, {
    description: 'Pairs a mentor with a person the association supports.',
  })
  createMentoringPair(
    @Args('input') input: CreateMentoringPairInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.mentoring.create(input, session.user.id);
  }

  @Mutation(() => MentoringPairModel, { description: 'Logs a session (the mentor or the association).' })
  logMentoringSession(
    @Args('input') input: LogMentoringSessionInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.mentoring.logSession(input, session.user.id);
  }

  @Mutation(() => MentoringPairModel, { description: 'Ends the pairing with its outcome (the association).' })
  closeMentoringPair(
    @Args('input') input: CloseMentoringPairInput,
    @CurrentSession() session: ResolvedSession,
  ) {
    return this.mentoring.close(input, session.user.id);
  }
}
