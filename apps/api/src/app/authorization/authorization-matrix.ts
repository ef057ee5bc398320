/**
 * Who may run each mutation. Every mutation in the schema must have a row (the matrix test fails
 * otherwise), with an outcome for every kind of actor and an example operation to run as that actor.
 *
 * Actors: nobody signed in; a citizen; the admin of organisation A; a member of organisation B; staff of
 * collection point X; staff of point Y; a member of a sponsor; a City coordinator.
 */
export const ACTORS = [
  'anonymous',
  'citizen',
  'adminOfA',
  'memberOfB',
  'staffOfX',
  'staffOfY',
  'sponsor',
  'coordinator',
] as const;
export type Actor = (typeof ACTORS)[number];

export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN';

/** What the operations need; built afresh, in a fresh state, for every case. */
export interface ActorContext {
  /** A fresh email, unique in the test database. */
  uniqueEmail(): string;
  /** A fresh, valid RNA number. */
  uniqueRna(): string;
  /** The acting person's credentials (the anonymous actor has them too, e.g. to sign in). */
  person: { email: string; password: string };
  /** Another session of the acting person (a random id for the anonymous actor). */
  otherSessionId: string;
  /** Tokens from the links mailed to the acting person. */
  verificationToken: string;
  resetToken: string;
  /** An invitation into organisation A addressed to the acting person. */
  invitationToken: string;
  /** Organisation A, verified, with two admins, and one of its members (not an admin). */
  organisationAId: string;
  memberOfAId: string;
  /** An organisation registered by someone else, awaiting a coordinator's decision. */
  pendingOrganisationId: string;
  /** Collection point X, one of its staff, and an account that could join it. */
  pointXId: string;
  staffOfXId: string;
  assignableEmail: string;
  /** A socks variant; point X holds 49 of it. */
  variantId: string;
  /** An open need of organisation A, and a dispatch from X for it awaiting confirmation. */
  needOfAId: string;
  dispatchToAId: string;
  /** Offers of the acting person (a bystander's for the anonymous actor): one not booked, one booked. */
  unbookedOfferId: string;
  bookingId: string;
  /** A free drop-off slot at X. */
  slotStartsAt: string;
  /** A bystander's drop-off booked at X, to receive. */
  bookingAtX: { code: string; offerId: string };
  pointYId: string;
  /** A transfer from point Y to point X, in transit. */
  transferToXId: string;
  /** A matching proposal of 2 units from X's stock for the need of A, waiting for a decision. */
  proposalId: string;
  /** The acting person's host offers: a complete draft, a verified one and a paused one. */
  hostDraftId: string;
  ownVerifiedOfferId: string;
  ownPausedOfferId: string;
  /** A bystander's offer waiting for organisation A's home visit. */
  submittedOfferId: string;
  /** A household referred by A, waiting for a host. */
  requestOfAId: string;
  /** Hosting proposals for households of A: proposed (a bystander's home), forwarded to and accepted by the
   * acting person, accepted by a bystander host. */
  proposedToAId: string;
  forwardedToActorId: string;
  acceptedByActorId: string;
  acceptedForAId: string;
  /** A household of A hosted by a bystander. */
  activeStayId: string;
  /** Housing operator H (its admin is A's admin) and two of the acting person's homes in its district. */
  operatorHId: string;
  availableUnitId: string;
  takenOnUnitId: string;
  /** A mission of A with a shift to come; the acting person's application to it and a bystander's. */
  missionOfAId: string;
  shiftToComeId: string;
  /** Another shift of that mission, nobody applied to. */
  freeShiftId: string;
  ownApplicationId: string;
  waitingApplicationId: string;
  waitingVolunteerId: string;
  /** A bystander accepted for a shift of A that took place today. */
  acceptedTodayId: string;
  /** A mentoring pair of A (a bystander mentors). */
  pairOfAId: string;
  /** Sponsor S (the acting person is a member when acting as a sponsor). */
  sponsorSId: string;
  /** Initiatives of A: one waiting for approval, one approved (with a bystander's paid donation). */
  submittedInitiativeId: string;
  approvedInitiativeId: string;
  /** The acting person's donation waiting on the test-payment page, and their monthly donation waiting to start. */
  pendingCheckoutSessionId: string;
  monthlyDonationId: string;
  paymentToRefundId: string;
  /** Sponsor S's request to meet the team of another approved initiative of A. */
  contactRequestId: string;
  /** The fingerprint of a round previewed just now. */
  roundFingerprint: string;
}

export interface MatrixRow {
  expected: Record<Actor, Outcome>;
  operation(context: ActorContext): { query: string; variables?: Record<string, unknown> };
}

const everyone = (outcome: Outcome): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>;
const signedIn: Record<Actor, Outcome> = { ...everyone('ALLOWED'), anonymous: 'UNAUTHENTICATED' };
const only = (...allowed: Actor[]): Record<Actor, Outcome> => ({
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHENTICATED',
  ...Object.fromEntries(allowed.map((actor) => [actor, 'ALLOWED'])),
});

export const MATRIX_PASSWORD = 'correct horse battery staple';

/** A mission with one shift in three days (the organisation is set by each row). */
const MISSION = {
  title: 'Cours de français',
  description: 'Conversation en petits groupes.',
  kind: 'FRENCH_LESSONS',
  districtCode: '75018',
  schedule: 'SHIFTS',
  shifts: [
    {
      startsAt: new Date(Date.now() + 3 * 86_400_000).toISOString(),
      endsAt: new Date(Date.now() + 3 * 86_400_000 + 7_200_000).toISOString(),
      capacity: 4,
    },
  ],
  contactName: 'Awa',
  contactEmail: 'cours@example.org',
};

/** A Paris day, YYYY-MM-DD, `days` from today. */
function parisDay(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return new Date(Date.parse(`${today}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export const AUTHORIZATION_MATRIX: Record<string, MatrixRow> = {
  signUp: {
    expected: everyone('ALLOWED'),
    operation: ({ uniqueEmail }) => ({
      query: 'mutation ($input: SignUpInput!) { signUp(input: $input) { viewer { id } } }',
      variables: { input: { email: uniqueEmail(), password: MATRIX_PASSWORD, displayName: 'Matrix' } },
    }),
  },
  signIn: {
    expected: everyone('ALLOWED'),
    operation: ({ person }) => ({
      query: 'mutation ($input: SignInInput!) { signIn(input: $input) { viewer { id } } }',
      variables: { input: person },
    }),
  },
  signOut: {
    expected: everyone('ALLOWED'),
    operation: () => ({ query: 'mutation { signOut { signedOut } }' }),
  },
  revokeSession: {
    expected: signedIn,
    operation: ({ otherSessionId }) => ({
      query: 'mutation ($input: RevokeSessionInput!) { revokeSession(input: $input) { session { id } } }',
      variables: { input: { sessionId: otherSessionId } },
    }),
  },
  verifyEmail: {
    expected: everyone('ALLOWED'),
    operation: ({ verificationToken }) => ({
      query: 'mutation ($input: VerifyEmailInput!) { verifyEmail(input: $input) { viewer { id } } }',
      variables: { input: { token: verificationToken } },
    }),
  },
  resendVerificationEmail: {
    expected: signedIn,
    operation: () => ({ query: 'mutation { resendVerificationEmail { sent } }' }),
  },
  requestPasswordReset: {
    expected: everyone('ALLOWED'),
    operation: ({ person }) => ({
      query:
        'mutation ($input: RequestPasswordResetInput!) { requestPasswordReset(input: $input) { accepted } }',
      variables: { input: { email: person.email } },
    }),
  },
  resetPassword: {
    expected: everyone('ALLOWED'),
    operation: ({ resetToken }) => ({
      query: 'mutation ($input: ResetPasswordInput!) { resetPassword(input: $input) { viewer { id } } }',
      variables: { input: { token: resetToken, password: 'another long passphrase' } },
    }),
  },
  registerOrganisation: {
    expected: signedIn,
    operation: ({ uniqueRna }) => ({
      query:
        'mutation ($input: RegisterOrganisationInput!) { registerOrganisation(input: $input) { organisation { id } } }',
      variables: {
        input: {
          kind: 'ASSOCIATION',
          name: 'Matrix association',
          rna: uniqueRna(),
          districtCodes: ['75010'],
          contactEmail: 'contact@matrix.example.org',
        },
      },
    }),
  },
  verifyOrganisation: {
    expected: only('coordinator'),
    operation: ({ pendingOrganisationId }) => ({
      query:
        'mutation ($input: VerifyOrganisationInput!) { verifyOrganisation(input: $input) { organisation { id } } }',
      variables: { input: { organisationId: pendingOrganisationId } },
    }),
  },
  rejectOrganisation: {
    expected: only('coordinator'),
    operation: ({ pendingOrganisationId }) => ({
      query:
        'mutation ($input: RejectOrganisationInput!) { rejectOrganisation(input: $input) { organisation { id } } }',
      variables: { input: { organisationId: pendingOrganisationId, reason: 'Not an association.' } },
    }),
  },
  inviteMember: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, uniqueEmail }) => ({
      query: 'mutation ($input: InviteMemberInput!) { inviteMember(input: $input) { invitation { id } } }',
      variables: { input: { organisationId: organisationAId, email: uniqueEmail() } },
    }),
  },
  acceptInvitation: {
    expected: signedIn,
    operation: ({ invitationToken }) => ({
      query:
        'mutation ($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { membership { role } } }',
      variables: { input: { token: invitationToken } },
    }),
  },
  removeMember: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, memberOfAId }) => ({
      query: 'mutation ($input: RemoveMemberInput!) { removeMember(input: $input) { userId } }',
      variables: { input: { organisationId: organisationAId, userId: memberOfAId } },
    }),
  },
  assignStaff: {
    expected: only('coordinator'),
    operation: ({ pointXId, assignableEmail }) => ({
      query: 'mutation ($input: AssignStaffInput!) { assignStaff(input: $input) { staff { userId } } }',
      variables: { input: { collectionPointId: pointXId, email: assignableEmail } },
    }),
  },
  exportMyData: {
    expected: signedIn,
    operation: () => ({ query: 'mutation { exportMyData { json } }' }),
  },
  deleteMyAccount: {
    expected: signedIn,
    operation: ({ person }) => ({
      query: 'mutation ($input: DeleteMyAccountInput!) { deleteMyAccount(input: $input) { deleted } }',
      variables: { input: { password: person.password } },
    }),
  },
  unassignStaff: {
    expected: only('coordinator'),
    operation: ({ pointXId, staffOfXId }) => ({
      query: 'mutation ($input: UnassignStaffInput!) { unassignStaff(input: $input) { staff { userId } } }',
      variables: { input: { collectionPointId: pointXId, userId: staffOfXId } },
    }),
  },
  postNeed: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, variantId }) => ({
      query: 'mutation ($input: PostNeedInput!) { postNeed(input: $input) { need { id } } }',
      variables: {
        input: {
          organisationId: organisationAId,
          variantId,
          quantity: 5,
          districtCode: '75018',
          urgency: 'HIGH',
        },
      },
    }),
  },
  updateNeed: {
    expected: only('adminOfA'),
    operation: ({ needOfAId }) => ({
      query: 'mutation ($input: UpdateNeedInput!) { updateNeed(input: $input) { need { id } } }',
      variables: { input: { needId: needOfAId, urgency: 'CRITICAL' } },
    }),
  },
  closeNeed: {
    expected: only('adminOfA'),
    operation: ({ needOfAId }) => ({
      query: 'mutation ($input: NeedIdInput!) { closeNeed(input: $input) { need { id } } }',
      variables: { input: { needId: needOfAId } },
    }),
  },
  makeOffer: {
    expected: signedIn,
    operation: ({ needOfAId }) => ({
      query: 'mutation ($input: MakeOfferInput!) { makeOffer(input: $input) { offer { id } } }',
      variables: { input: { needId: needOfAId, quantity: 2, condition: 'NEW' } },
    }),
  },
  withdrawOffer: {
    expected: signedIn,
    operation: ({ unbookedOfferId }) => ({
      query: 'mutation ($input: OfferIdInput!) { withdrawOffer(input: $input) { offer { id } } }',
      variables: { input: { offerId: unbookedOfferId } },
    }),
  },
  bookDropOff: {
    expected: signedIn,
    operation: ({ pointXId, slotStartsAt, unbookedOfferId }) => ({
      query: 'mutation ($input: BookDropOffInput!) { bookDropOff(input: $input) { booking { id } } }',
      variables: { input: { collectionPointId: pointXId, slotStartsAt, offerIds: [unbookedOfferId] } },
    }),
  },
  rescheduleDropOff: {
    expected: signedIn,
    operation: ({ bookingId, slotStartsAt }) => ({
      query:
        'mutation ($input: RescheduleDropOffInput!) { rescheduleDropOff(input: $input) { booking { id } } }',
      variables: { input: { bookingId, slotStartsAt } },
    }),
  },
  cancelDropOff: {
    expected: signedIn,
    operation: ({ bookingId }) => ({
      query: 'mutation ($input: BookingIdInput!) { cancelDropOff(input: $input) { booking { id } } }',
      variables: { input: { bookingId } },
    }),
  },
  receiveDropOff: {
    expected: only('staffOfX'),
    operation: ({ pointXId, bookingAtX }) => ({
      query: 'mutation ($input: ReceiveDropOffInput!) { receiveDropOff(input: $input) { booking { id } } }',
      variables: {
        input: {
          collectionPointId: pointXId,
          code: bookingAtX.code,
          lines: [{ offerId: bookingAtX.offerId, receivedQuantity: 1 }],
        },
      },
    }),
  },
  recordWalkInGift: {
    expected: only('staffOfX'),
    operation: ({ pointXId, variantId }) => ({
      query: 'mutation ($input: WalkInGiftInput!) { recordWalkInGift(input: $input) { received } }',
      variables: { input: { collectionPointId: pointXId, lines: [{ variantId, quantity: 3 }] } },
    }),
  },
  dispatchToNeed: {
    expected: only('staffOfX'),
    operation: ({ pointXId, needOfAId }) => ({
      query: 'mutation ($input: DispatchInput!) { dispatchToNeed(input: $input) { dispatch { id } } }',
      variables: { input: { collectionPointId: pointXId, needId: needOfAId, quantity: 2 } },
    }),
  },
  confirmDelivery: {
    expected: only('adminOfA'),
    operation: ({ dispatchToAId }) => ({
      query: 'mutation ($input: DispatchIdInput!) { confirmDelivery(input: $input) { dispatch { id } } }',
      variables: { input: { dispatchId: dispatchToAId } },
    }),
  },
  recordStockCount: {
    expected: only('staffOfX'),
    operation: ({ pointXId, variantId }) => ({
      query: 'mutation ($input: StockCountInput!) { recordStockCount(input: $input) { level { quantity } } }',
      variables: {
        input: { collectionPointId: pointXId, variantId, countedQuantity: 47, reason: 'Inventaire' },
      },
    }),
  },
  writeOffStock: {
    expected: only('staffOfX'),
    operation: ({ pointXId, variantId }) => ({
      query: 'mutation ($input: WriteOffInput!) { writeOffStock(input: $input) { level { quantity } } }',
      variables: { input: { collectionPointId: pointXId, variantId, quantity: 1, reason: 'Abîmé' } },
    }),
  },
  sendStockTransfer: {
    expected: only('staffOfX'),
    operation: ({ pointXId, pointYId, variantId }) => ({
      query: 'mutation ($input: SendTransferInput!) { sendStockTransfer(input: $input) { transfer { id } } }',
      variables: {
        input: { fromPointId: pointXId, toPointId: pointYId, lines: [{ variantId, quantity: 4 }] },
      },
    }),
  },
  receiveStockTransfer: {
    expected: only('staffOfX'),
    operation: ({ transferToXId }) => ({
      query:
        'mutation ($input: ReceiveTransferInput!) { receiveStockTransfer(input: $input) { transfer { id } } }',
      variables: { input: { transferId: transferToXId } },
    }),
  },
  acceptItemProposal: {
    expected: only('staffOfX'),
    operation: ({ proposalId }) => ({
      query:
        'mutation ($input: AcceptItemProposalInput!) { acceptItemProposal(input: $input) { proposal { id } } }',
      variables: { input: { proposalId } },
    }),
  },
  declineItemProposal: {
    expected: only('staffOfX', 'adminOfA'),
    operation: ({ proposalId }) => ({
      query:
        'mutation ($input: DeclineItemProposalInput!) { declineItemProposal(input: $input) { proposal { id } } }',
      variables: { input: { proposalId, reason: 'Plus nécessaire' } },
    }),
  },
  saveHostOffer: {
    expected: signedIn,
    operation: ({ hostDraftId }) => ({
      query: 'mutation ($input: SaveHostOfferInput!) { saveHostOffer(input: $input) { id } }',
      variables: { input: { id: hostDraftId, step: 4, offersMeals: true } },
    }),
  },
  submitHostOffer: {
    expected: signedIn,
    operation: ({ hostDraftId, organisationAId }) => ({
      query: 'mutation ($input: SubmitHostOfferInput!) { submitHostOffer(input: $input) { id } }',
      variables: { input: { id: hostDraftId, verifierOrganisationId: organisationAId } },
    }),
  },
  pauseHostOffer: {
    expected: signedIn,
    operation: ({ ownVerifiedOfferId }) => ({
      query: 'mutation ($id: ID!) { pauseHostOffer(input: { id: $id }) { id } }',
      variables: { id: ownVerifiedOfferId },
    }),
  },
  withdrawHostOffer: {
    expected: signedIn,
    operation: ({ ownVerifiedOfferId }) => ({
      query: 'mutation ($id: ID!) { withdrawHostOffer(input: { id: $id }) { id } }',
      variables: { id: ownVerifiedOfferId },
    }),
  },
  rejectHostOffer: {
    expected: only('adminOfA'),
    operation: ({ submittedOfferId }) => ({
      query: 'mutation ($input: RejectHostOfferInput!) { rejectHostOffer(input: $input) { id } }',
      variables: { input: { id: submittedOfferId, reason: 'Logement insalubre' } },
    }),
  },
  // Hosting proposals waiting to be forwarded are superseded by the runs later rows queue: forward them first.
  forwardHostingProposal: {
    expected: only('adminOfA'),
    operation: ({ proposedToAId }) => ({
      query: 'mutation ($id: ID!) { forwardHostingProposal(input: { id: $id }) { id } }',
      variables: { id: proposedToAId },
    }),
  },
  acceptHostingProposal: {
    expected: signedIn,
    operation: ({ forwardedToActorId }) => ({
      query: 'mutation ($id: ID!) { acceptHostingProposal(input: { id: $id }) { id } }',
      variables: { id: forwardedToActorId },
    }),
  },
  planHostingMeeting: {
    expected: signedIn,
    operation: ({ acceptedByActorId }) => ({
      query: 'mutation ($input: PlanHostingMeetingInput!) { planHostingMeeting(input: $input) { id } }',
      variables: {
        input: {
          proposalId: acceptedByActorId,
          at: new Date(Date.now() + 86_400_000).toISOString(),
          place: 'Au local',
        },
      },
    }),
  },
  startStay: {
    expected: only('adminOfA'),
    operation: ({ acceptedForAId }) => ({
      query: 'mutation ($input: StartStayInput!) { startStay(input: $input) { id } }',
      variables: {
        input: {
          proposalId: acceptedForAId,
          startsOn: parisDay(0),
          plannedEndOn: parisDay(30),
          agreementSignedOn: parisDay(0),
        },
      },
    }),
  },
  recordStayCheckIn: {
    expected: only('adminOfA'),
    operation: ({ activeStayId }) => ({
      query: 'mutation ($input: StayNoteInput!) { recordStayCheckIn(input: $input) { id } }',
      variables: { input: { stayId: activeStayId, on: parisDay(0), note: 'Tout va bien' } },
    }),
  },
  reportStayIncident: {
    expected: only('adminOfA'),
    operation: ({ activeStayId }) => ({
      query: 'mutation ($input: ReportStayIncidentInput!) { reportStayIncident(input: $input) { id } }',
      variables: { input: { stayId: activeStayId, on: parisDay(0), note: 'Dispute', severity: 'LOW' } },
    }),
  },
  extendStay: {
    expected: only('adminOfA'),
    operation: ({ activeStayId }) => ({
      query: 'mutation ($input: ExtendStayInput!) { extendStay(input: $input) { id } }',
      variables: { input: { stayId: activeStayId, plannedEndOn: parisDay(90) } },
    }),
  },
  updateHostingRequest: {
    expected: only('adminOfA'),
    operation: ({ requestOfAId, organisationAId }) => ({
      query: 'mutation ($input: UpdateHostingRequestInput!) { updateHostingRequest(input: $input) { id } }',
      variables: {
        input: {
          id: requestOfAId,
          organisationId: organisationAId,
          alias: 'Famille M.',
          ageBands: ['AGE_26_59'],
          languages: ['fr'],
          legalStatus: 'REFUGEE',
          neededFrom: parisDay(0),
          minimumDays: 7,
          desiredDays: 60,
        },
      },
    }),
  },
  closeHostingRequest: {
    expected: only('adminOfA'),
    operation: ({ requestOfAId }) => ({
      query: 'mutation ($input: CloseHostingRequestInput!) { closeHostingRequest(input: $input) { id } }',
      variables: { input: { id: requestOfAId, reason: 'Relogé par le 115' } },
    }),
  },
  offerRentalUnit: {
    expected: signedIn,
    operation: () => ({
      query: 'mutation ($input: OfferRentalUnitInput!) { offerRentalUnit(input: $input) { id } }',
      variables: {
        input: {
          districtCode: '75018',
          address: '5 rue du Test',
          surfaceM2: 25,
          rooms: 1,
          availableFrom: parisDay(0),
        },
      },
    }),
  },
  withdrawRentalUnit: {
    expected: signedIn,
    operation: ({ availableUnitId }) => ({
      query: 'mutation ($id: ID!) { withdrawRentalUnit(input: { id: $id }) { id } }',
      variables: { id: availableUnitId },
    }),
  },
  takeOnRentalUnit: {
    expected: only('adminOfA'),
    operation: ({ availableUnitId, operatorHId }) => ({
      query: 'mutation ($input: RentalUnitDecisionInput!) { takeOnRentalUnit(input: $input) { id } }',
      variables: { input: { unitId: availableUnitId, organisationId: operatorHId } },
    }),
  },
  declineRentalUnit: {
    expected: only('adminOfA'),
    operation: ({ availableUnitId, operatorHId }) => ({
      query: 'mutation ($input: DeclineRentalUnitInput!) { declineRentalUnit(input: $input) { id } }',
      variables: { input: { unitId: availableUnitId, organisationId: operatorHId, reason: 'Trop petit' } },
    }),
  },
  markRentalUnitLet: {
    expected: only('adminOfA'),
    operation: ({ takenOnUnitId, operatorHId }) => ({
      query: 'mutation ($input: RentalUnitDecisionInput!) { markRentalUnitLet(input: $input) { id } }',
      variables: { input: { unitId: takenOnUnitId, organisationId: operatorHId } },
    }),
  },
  publishMission: {
    expected: only('adminOfA'),
    operation: ({ organisationAId }) => ({
      query: 'mutation ($input: MissionInput!) { publishMission(input: $input) { id } }',
      variables: { input: { ...MISSION, organisationId: organisationAId } },
    }),
  },
  updateMission: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, missionOfAId }) => ({
      query: 'mutation ($input: UpdateMissionInput!) { updateMission(input: $input) { id } }',
      variables: { input: { ...MISSION, shifts: [], id: missionOfAId, organisationId: organisationAId } },
    }),
  },
  duplicateMission: {
    expected: only('adminOfA'),
    operation: ({ missionOfAId }) => ({
      query: 'mutation ($id: ID!) { duplicateMission(input: { id: $id }) { id } }',
      variables: { id: missionOfAId },
    }),
  },
  closeMission: {
    expected: only('adminOfA'),
    operation: ({ missionOfAId }) => ({
      query: 'mutation ($id: ID!) { closeMission(input: { id: $id }) { id } }',
      variables: { id: missionOfAId },
    }),
  },
  saveVolunteerProfile: {
    expected: signedIn,
    operation: () => ({
      query:
        'mutation ($input: VolunteerProfileInput!) { saveVolunteerProfile(input: $input) { districts } }',
      variables: {
        input: {
          skills: [],
          languages: [{ code: 'fr', level: 'C2' }],
          availability: ['SAT_MORNING'],
          districts: ['75018'],
          maxHoursPerWeek: 3,
          solidarityReserve: false,
          civicService: false,
        },
      },
    }),
  },
  applyToMission: {
    expected: signedIn,
    operation: ({ missionOfAId, freeShiftId }) => ({
      query: 'mutation ($input: ApplyInput!) { applyToMission(input: $input) { id } }',
      variables: { input: { missionId: missionOfAId, shiftId: freeShiftId, message: 'Disponible' } },
    }),
  },
  withdrawApplication: {
    expected: signedIn,
    operation: ({ ownApplicationId }) => ({
      query: 'mutation ($id: ID!) { withdrawApplication(input: { id: $id }) { id } }',
      variables: { id: ownApplicationId },
    }),
  },
  decideApplication: {
    expected: only('adminOfA'),
    operation: ({ waitingApplicationId }) => ({
      query: 'mutation ($input: DecideApplicationInput!) { decideApplication(input: $input) { id } }',
      variables: { input: { id: waitingApplicationId, decision: 'ACCEPT' } },
    }),
  },
  recordVetting: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, waitingVolunteerId }) => ({
      query: 'mutation ($input: RecordVettingInput!) { recordVetting(input: $input) { id } }',
      variables: {
        input: {
          organisationId: organisationAId,
          volunteerId: waitingVolunteerId,
          checkedOn: parisDay(0),
          what: 'Casier vu',
        },
      },
    }),
  },
  recordAttendance: {
    expected: only('adminOfA'),
    operation: ({ acceptedTodayId }) => ({
      query: 'mutation ($input: RecordAttendanceInput!) { recordAttendance(input: $input) { id } }',
      variables: {
        input: { applicationId: acceptedTodayId, occurredOn: parisDay(0), present: true, hours: 2 },
      },
    }),
  },
  createMentoringPair: {
    expected: only('adminOfA'),
    operation: ({ organisationAId, person }) => ({
      query: 'mutation ($input: CreateMentoringPairInput!) { createMentoringPair(input: $input) { id } }',
      variables: {
        input: {
          organisationId: organisationAId,
          mentorEmail: person.email,
          menteeAlias: 'M. K.',
          goals: ['HOUSING_APPLICATION'],
        },
      },
    }),
  },
  logMentoringSession: {
    expected: only('adminOfA'),
    operation: ({ pairOfAId }) => ({
      query: 'mutation ($input: LogMentoringSessionInput!) { logMentoringSession(input: $input) { id } }',
      variables: { input: { pairId: pairOfAId, occurredOn: parisDay(0), minutes: 45, topic: 'Dossier CAF' } },
    }),
  },
  closeMentoringPair: {
    expected: only('adminOfA'),
    operation: ({ pairOfAId }) => ({
      query: 'mutation ($input: CloseMentoringPairInput!) { closeMentoringPair(input: $input) { id } }',
      variables: { input: { pairId: pairOfAId, outcome: 'Logement trouvé' } },
    }),
  },
  // The rows below queue hosting runs.
  createHostingRequest: {
    expected: only('adminOfA'),
    operation: ({ organisationAId }) => ({
      query: 'mutation ($input: HostingRequestInput!) { createHostingRequest(input: $input) { id } }',
      variables: {
        input: {
          organisationId: organisationAId,
          alias: 'Famille K.',
          ageBands: ['AGE_26_59', 'AGE_3_5'],
          languages: ['ps'],
          legalStatus: 'ASYLUM_SEEKER',
          neededFrom: parisDay(0),
          minimumDays: 14,
          desiredDays: 60,
        },
      },
    }),
  },
  verifyHostOffer: {
    expected: only('adminOfA'),
    operation: ({ submittedOfferId }) => ({
      query: 'mutation ($input: VerifyHostOfferInput!) { verifyHostOffer(input: $input) { id } }',
      variables: { input: { id: submittedOfferId, homeVisitOn: parisDay(0), visitedBy: 'Nadia' } },
    }),
  },
  resumeHostOffer: {
    expected: signedIn,
    operation: ({ ownPausedOfferId }) => ({
      query: 'mutation ($id: ID!) { resumeHostOffer(input: { id: $id }) { id } }',
      variables: { id: ownPausedOfferId },
    }),
  },
  declineHostingProposal: {
    expected: signedIn,
    operation: ({ forwardedToActorId }) => ({
      query:
        'mutation ($id: ID!) { declineHostingProposal(input: { id: $id, reason: "Pas disponible" }) { id } }',
      variables: { id: forwardedToActorId },
    }),
  },
  endStay: {
    expected: only('adminOfA'),
    operation: ({ activeStayId }) => ({
      query: 'mutation ($input: EndStayInput!) { endStay(input: $input) { id } }',
      variables: { input: { stayId: activeStayId, endedOn: parisDay(0), reason: 'Relogement' } },
    }),
  },
  startHostingMatchingRun: {
    expected: only('coordinator'),
    operation: () => ({ query: 'mutation { startHostingMatchingRun { id } }' }),
  },
  submitInitiative: {
    expected: only('adminOfA'),
    operation: ({ organisationAId }) => ({
      query: 'mutation ($input: InitiativeInput!) { submitInitiative(input: $input) { id } }',
      variables: {
        input: {
          organisationId: organisationAId,
          title: 'Atelier vélo',
          description: 'Réparer des vélos ensemble.',
          kind: 'WELCOME',
          districtCodes: ['75018'],
          budgetCents: 50_000,
          deadline: parisDay(30),
        },
      },
    }),
  },
  approveInitiative: {
    expected: only('coordinator'),
    operation: ({ submittedInitiativeId }) => ({
      query: 'mutation ($id: ID!) { approveInitiative(input: { id: $id }) { id } }',
      variables: { id: submittedInitiativeId },
    }),
  },
  rejectInitiative: {
    expected: only('coordinator'),
    operation: ({ submittedInitiativeId }) => ({
      query:
        'mutation ($id: ID!) { rejectInitiative(input: { id: $id, reason: "Budget à détailler" }) { id } }',
      variables: { id: submittedInitiativeId },
    }),
  },
  closeInitiative: {
    expected: only('adminOfA', 'coordinator'),
    operation: ({ approvedInitiativeId }) => ({
      query: 'mutation ($id: ID!) { closeInitiative(input: { id: $id }) { id } }',
      variables: { id: approvedInitiativeId },
    }),
  },
  postInitiativeUpdate: {
    expected: only('adminOfA'),
    operation: ({ approvedInitiativeId }) => ({
      query:
        'mutation ($id: ID!) { postInitiativeUpdate(input: { initiativeId: $id, body: "Premier repas samedi" }) { id } }',
      variables: { id: approvedInitiativeId },
    }),
  },
  recordPayout: {
    expected: only('coordinator'),
    operation: ({ approvedInitiativeId }) => ({
      query: 'mutation ($input: PayoutInput!) { recordPayout(input: $input) { id } }',
      variables: {
        input: { initiativeId: approvedInitiativeId, amountCents: 1_000, bankReference: 'VIR-0001' },
      },
    }),
  },
  donate: {
    expected: signedIn,
    operation: ({ approvedInitiativeId }) => ({
      query: 'mutation ($input: DonateInput!) { donate(input: $input) { checkoutUrl } }',
      variables: {
        input: {
          initiativeId: approvedInitiativeId,
          amountCents: 1_000,
          frequency: 'ONE_OFF',
          anonymous: false,
        },
      },
    }),
  },
  completeTestPayment: {
    expected: signedIn,
    operation: ({ pendingCheckoutSessionId }) => ({
      query:
        'mutation ($id: String!) { completeTestPayment(input: { checkoutSessionId: $id, outcome: SUCCEED }) { id } }',
      variables: { id: pendingCheckoutSessionId },
    }),
  },
  cancelMonthlyDonation: {
    expected: signedIn,
    operation: ({ monthlyDonationId }) => ({
      query: 'mutation ($id: ID!) { cancelMonthlyDonation(input: { id: $id }) { id } }',
      variables: { id: monthlyDonationId },
    }),
  },
  refundDonationPayment: {
    expected: only('coordinator'),
    operation: ({ paymentToRefundId }) => ({
      query:
        'mutation ($id: ID!) { refundDonationPayment(input: { paymentId: $id, amountCents: 1000 }) { id } }',
      variables: { id: paymentToRefundId },
    }),
  },
  pledgeMatchingFund: {
    expected: only('sponsor'),
    operation: ({ sponsorSId }) => ({
      query: 'mutation ($input: PledgeInput!) { pledgeMatchingFund(input: $input) { id } }',
      variables: {
        input: {
          organisationId: sponsorSId,
          amountCents: 1_000_000,
          periodStart: parisDay(0),
          periodEnd: parisDay(90),
        },
      },
    }),
  },
  fundInitiative: {
    expected: only('sponsor'),
    operation: ({ sponsorSId, approvedInitiativeId }) => ({
      query: 'mutation ($input: SponsorGrantInput!) { fundInitiative(input: $input) { id } }',
      variables: {
        input: { organisationId: sponsorSId, initiativeId: approvedInitiativeId, amountCents: 10_000 },
      },
    }),
  },
  requestInitiativeContact: {
    expected: only('sponsor'),
    operation: ({ sponsorSId, approvedInitiativeId }) => ({
      query: 'mutation ($input: ContactRequestInput!) { requestInitiativeContact(input: $input) { id } }',
      variables: {
        input: {
          organisationId: sponsorSId,
          initiativeId: approvedInitiativeId,
          message: 'Nous aimerions vous rencontrer.',
        },
      },
    }),
  },
  answerContactRequest: {
    expected: only('adminOfA'),
    operation: ({ contactRequestId }) => ({
      query: 'mutation ($id: ID!) { answerContactRequest(input: { id: $id, accept: true }) { id } }',
      variables: { id: contactRequestId },
    }),
  },
  publishFundingRound: {
    expected: only('coordinator'),
    operation: ({ roundFingerprint }) => ({
      query:
        'mutation ($fingerprint: String!) { publishFundingRound(input: { fingerprint: $fingerprint }) { id } }',
      variables: { fingerprint: roundFingerprint },
    }),
  },
  refreshCoordinationDashboard: {
    expected: only('coordinator'),
    operation: () => ({ query: 'mutation { refreshCoordinationDashboard { refreshedAt } }' }),
  },
  updateOrganisationProfile: {
    expected: only('adminOfA'),
    operation: ({ organisationAId }) => ({
      query:
        'mutation ($input: UpdateOrganisationProfileInput!) { updateOrganisationProfile(input: $input) { id } }',
      variables: {
        input: {
          organisationId: organisationAId,
          description: 'Accueil de jour et vestiaire solidaire.',
          contactEmail: 'contact@matrix.example.org',
        },
      },
    }),
  },
  markNotificationsRead: {
    expected: signedIn,
    operation: () => ({
      query: 'mutation { markNotificationsRead(input: {}) { unreadCount } }',
    }),
  },
  updateNotificationPreferences: {
    expected: signedIn,
    operation: () => ({
      query:
        'mutation ($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { emailFrequency } }',
      variables: { input: { emailFrequency: 'DAILY_DIGEST', mutedKinds: ['ANNOUNCEMENT'] } },
    }),
  },
  publishAnnouncement: {
    expected: only('coordinator'),
    operation: () => ({
      query:
        'mutation ($input: PublishAnnouncementInput!) { publishAnnouncement(input: $input) { announcement { id recipients } } }',
      variables: {
        input: { title: 'Collecte de manteaux', body: 'Samedi, au point du 18e.', districtCode: '75018' },
      },
    }),
  },
  // Last on purpose: the run it queues supersedes waiting proposals, which no later case should meet.
  startMatchingRun: {
    expected: only('coordinator'),
    operation: () => ({ query: 'mutation { startMatchingRun { run { id } } }' }),
  },
};
