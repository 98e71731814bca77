// The keys of content/data/messages.yaml. Listed once here so that a missing or misspelled
// message fails content validation instead of showing a blank reply.
import { z } from 'zod';
import { LocalizedSchema } from './schema';

export const MESSAGE_KEYS = [
  'welcome', 'privacy', 'firstSmsGreeting', 'menuPrompt',
  'menu.learn', 'menu.find', 'menu.family', 'menu.meetings', 'menu.compare', 'menu.urgent',
  'learnPrompt', 'groupsPrompt', 'moreGroups', 'allGroups', 'allTopics', 'moreTopics',
  'finderIntro', 'finderNotSure', 'finderBack', 'finderResultsSelf', 'finderResultsFamily', 'finderResultsStaff',
  'finderWhyPrefix', 'finderNoReason', 'finderNone', 'finderRefine', 'finderDetails', 'finderCompare', 'finderShowMore',
  'finderChange', 'finderStartOver', 'finderNoMore', 'finderShareCopy', 'finderFirstMeeting',
  'groupMeeting', 'groupFind', 'groupCompare', 'backToMenu', 'groupMeetingIntro', 'groupFindIntro', 'groupFindGeneric',
  'compareWhich', 'comparePick', 'compareTitle',
  'facet.for', 'facet.model', 'facet.spiritual', 'facet.sponsors', 'facet.formats', 'facet.goal', 'facet.founded',
  'facet.size', 'facet.website', 'facet.finder', 'facet.phone', 'facet.status', 'facet.gender',
  'value.audience.person', 'value.audience.family', 'value.audience.teen-family', 'value.twelveStep', 'value.notTwelveStep',
  'value.spiritual.religious', 'value.spiritual.spiritual', 'value.spiritual.buddhist', 'value.spiritual.secular',
  'value.sponsors.yes', 'value.sponsors.no', 'value.sponsors.mentors', 'value.sponsors.unclear',
  'value.goal.abstinence', 'value.goal.moderation', 'value.goal.abstinence-or-moderation', 'value.goal.own-wellbeing',
  'value.gender.mixed', 'value.gender.women',
  'value.format.in-person', 'value.format.online-video', 'value.format.chat', 'value.format.forum', 'value.format.email',
  'value.format.phone', 'value.format.app',
  'fallback', 'clarify', 'help', 'forgotten', 'turnError', 'stateUnavailable', 'emptyMessage', 'crisisContinue', 'crisisMenu',
  'moreHint', 'languageSwitched',
  'sms.choicesLead', 'sms.moreNext', 'sms.choicesAbove', 'welcomeBrief',
  'finderMoreOptions', 'finderMoreOptionsPrompt', 'finderAllFit', 'finderApart.approach', 'finderApart.women', 'finderApart.formats',
  'meetings.askPlace', 'meetings.placeUnknown', 'meetings.online', 'meetings.askDay', 'meetings.today', 'meetings.tomorrow',
  'meetings.resultsNear', 'meetings.resultsOnline', 'meetings.whatNamed', 'meetings.whatAny', 'meetings.later',
  'meetings.noneNear', 'meetings.noneOnline', 'meetings.noMore', 'meetings.noList', 'meetings.feedDown', 'meetings.feedPartial',
  'meetings.feedStale', 'meetings.sample', 'meetings.more', 'meetings.anotherDay', 'meetings.onlineInstead', 'meetings.tryAgain',
  'meetings.findNear', 'meetings.findOne', 'meetings.join', 'meetings.miles', 'meetings.attendanceOnline', 'meetings.attendanceHybrid',
  'facet.cost', 'facet.books', 'facet.audience', 'smalltalk.greeting', 'smalltalk.thanks', 'smalltalk.goodbye', 'smalltalk.bot',
  'outOfScope', 'referralFor', 'referralIntro', 'clarifyFact',
  'sms.optedOut', 'sms.help',
  'meetings.approximate', 'meetings.listedAsOf', 'meetings.reportProblem',
] as const;

export type MessageKey = (typeof MESSAGE_KEYS)[number];

export const MessagesSchema = z
  .object(Object.fromEntries(MESSAGE_KEYS.map((k) => [k, LocalizedSchema])) as Record<MessageKey, typeof LocalizedSchema>)
  .strict();

export type Messages = z.infer<typeof MessagesSchema>;
