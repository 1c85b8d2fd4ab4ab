import type { Text } from '../render.js';

/** The tab's words in English: the source every other locale of `shared/i18n/tab/` translates. */
export const en = {
  appTitle: 'MultiLine Messaging',
  loading: 'Loading…',
  startTimeout: 'The app took too long to start. Check your connection and try again.',
  retry: 'Try again',
  appFailed: 'Something went wrong while showing the app. Reload it to continue.',
  outsideTeamsTitle: 'Open this app in Microsoft Teams',
  outsideTeamsBody:
    'MultiLine Messaging works inside Microsoft Teams. Open Teams, choose Apps, and open MultiLine Messaging from there.',
  teamsSignInFailed: 'Teams could not sign you in: {reason}',
  signInTitle: 'Choose a demo user',
  signInIntro: 'This server runs in development mode, so you can sign in as one of its demo users.',
  signInAs: 'Sign in as {name}',
  signInFailed: 'Sign-in failed: {reason}',
  signOut: 'Sign out',
  roleAdvisor: 'Advisor',
  roleAdmin: 'Admin',
  roleCompliance: 'Compliance',
  signedInAs: 'Signed in as {name}',

  inboxTitle: 'Conversations',
  newConversation: 'New conversation',
  inboxEmpty: 'No conversations yet. Start one with New conversation.',
  inboxLoadFailed: 'The conversations could not be loaded: {reason}',
  unreadCount: {
    count: 'count',
    one: '{count} unread message',
    other: '{count} unread messages',
  },
  noMessagesYet: 'No messages yet',
  youPrefix: 'You: {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: 'Awaiting consent',
  statePaused: 'Paused',
  stateDeclined: 'Declined',
  stateNotOnWhatsApp: 'Not on WhatsApp',
  stateConsentFailed: 'Opt-in failed',
  stateClosed: 'Closed',

  selectConversation: 'Select a conversation, or start a new one.',
  backToInbox: 'Back to conversations',
  threadLoadFailed: 'This conversation could not be loaded: {reason}',
  threadEmpty: 'No messages in this conversation yet.',
  messagesWith: 'Messages with {name}',
  today: 'Today',
  yesterday: 'Yesterday',
  statusPending: 'Queued: it will be sent once the contact can receive it',
  statusSending: 'Sending',
  statusSent: 'Sent',
  statusDelivered: 'Delivered',
  statusRead: 'Read',
  statusFailed: 'Not delivered: {reason}',
  statusFailedNoReason: 'Not delivered',
  templateMessage: 'Template “{name}”',
  pictureMessage: 'Picture',
  unsupportedMessage: 'This kind of message cannot be shown here.',

  composerLabel: 'Message',
  composerPlaceholder: 'Type a message',
  send: 'Send',
  queuedConsent:
    'The contact has not accepted messages yet. What you send now waits in a queue and goes out as soon as they accept.',
  queuedWindow:
    'The contact has not written in the last 24 hours. What you send now waits in a queue and goes out as soon as they resume the conversation.',
  declinedWhatsApp:
    'The contact declined WhatsApp messages, so sending is turned off. They can still opt in at any time by replying YES.',
  declinedSms: 'The contact opted out of text messages, so sending is turned off until they text START.',
  closedThread: 'This conversation is closed.',
  readOnlyThread: 'You can read this conversation but not write in it.',
  notOnWhatsApp: 'This contact does not use WhatsApp.',
  consentFailed: 'The permission request could not be delivered to the contact.',
  notSent: 'Not sent: {reason}',
  edit: 'Edit',
  askPermission: 'Ask for permission',
  optInNeeded: 'Ask the contact for permission before you message them.',

  newConversationTitle: 'New WhatsApp conversation',
  contactSearchLabel: 'Contact name or number',
  contactSearchPlaceholder: 'Type a name or a number',
  contactsLabel: 'Contacts',
  noContactMatches: 'No contact matches “{query}”.',
  searching: 'Searching…',
  cancel: 'Cancel',
  startConversation: 'Start conversation',
  startFailed: 'The conversation could not be started: {reason}',
  optInTitle: 'Ask {name} for permission?',
  optInBody:
    'WhatsApp requires a contact’s consent before a business messages them. {name} will get a request to accept messages from your company. You can write now: your messages are sent once they accept.',
  optInConfirm: 'Send request',
  optInLater: 'Not now',
  optInFailed: 'The request could not be sent: {reason}',

  navLabel: 'Sections',
  navSearch: 'Search',
  navContacts: 'Contacts',
  navAdmin: 'Admin',

  // Composer (pictures, templates, window banner, reminder)

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'The server could not be reached.',
  timeoutError: 'The server took too long to answer.',
} satisfies Record<string, Text>;
