import type { TabTexts } from './types.js';

export const de: TabTexts = {
  appTitle: 'MultiLine Messaging',
  loading: 'Wird geladen…',
  startTimeout:
    'Die App hat zu lange zum Starten gebraucht. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.',
  retry: 'Erneut versuchen',
  appFailed: 'Beim Anzeigen der App ist ein Fehler aufgetreten. Laden Sie sie neu, um fortzufahren.',
  outsideTeamsTitle: 'Öffnen Sie diese App in Microsoft Teams',
  outsideTeamsBody:
    'MultiLine Messaging läuft in Microsoft Teams. Öffnen Sie Teams, wählen Sie „Apps“ und öffnen Sie dort MultiLine Messaging.',
  teamsSignInFailed: 'Teams konnte Sie nicht anmelden: {reason}',
  signInTitle: 'Demo-Benutzer wählen',
  signInIntro:
    'Dieser Server läuft im Entwicklungsmodus. Sie können sich als einer seiner Demo-Benutzer anmelden.',
  signInAs: 'Als {name} anmelden',
  signInFailed: 'Anmeldung fehlgeschlagen: {reason}',
  signOut: 'Abmelden',
  roleAdvisor: 'Berater',
  roleAdmin: 'Administrator',
  roleCompliance: 'Compliance',
  signedInAs: 'Angemeldet als {name}',

  inboxTitle: 'Unterhaltungen',
  newConversation: 'Neue Unterhaltung',
  inboxEmpty: 'Noch keine Unterhaltungen. Beginnen Sie eine mit „Neue Unterhaltung“.',
  inboxLoadFailed: 'Die Unterhaltungen konnten nicht geladen werden: {reason}',
  unreadCount: {
    count: 'count',
    one: '{count} ungelesene Nachricht',
    other: '{count} ungelesene Nachrichten',
  },
  noMessagesYet: 'Noch keine Nachrichten',
  youPrefix: 'Sie: {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: 'Wartet auf Zustimmung',
  statePaused: 'Pausiert',
  stateDeclined: 'Abgelehnt',
  stateNotOnWhatsApp: 'Nicht bei WhatsApp',
  stateConsentFailed: 'Anfrage fehlgeschlagen',
  stateClosed: 'Geschlossen',

  selectConversation: 'Wählen Sie eine Unterhaltung oder beginnen Sie eine neue.',
  backToInbox: 'Zurück zu den Unterhaltungen',
  threadLoadFailed: 'Diese Unterhaltung konnte nicht geladen werden: {reason}',
  threadEmpty: 'In dieser Unterhaltung gibt es noch keine Nachrichten.',
  messagesWith: 'Nachrichten mit {name}',
  today: 'Heute',
  yesterday: 'Gestern',
  statusPending: 'In der Warteschlange: wird gesendet, sobald der Kontakt sie empfangen kann',
  statusSending: 'Wird gesendet',
  statusSent: 'Gesendet',
  statusDelivered: 'Zugestellt',
  statusRead: 'Gelesen',
  statusFailed: 'Nicht zugestellt: {reason}',
  statusFailedNoReason: 'Nicht zugestellt',
  templateMessage: 'Vorlage „{name}“',
  pictureMessage: 'Bild',
  unsupportedMessage: 'Diese Art von Nachricht kann hier nicht angezeigt werden.',

  composerLabel: 'Nachricht',
  composerPlaceholder: 'Nachricht eingeben',
  send: 'Senden',
  queuedConsent:
    'Der Kontakt hat Nachrichten noch nicht zugestimmt. Was Sie jetzt senden, wartet in einer Warteschlange und geht hinaus, sobald er zustimmt.',
  queuedWindow:
    'Der Kontakt hat in den letzten 24 Stunden nicht geschrieben. Was Sie jetzt senden, wartet in einer Warteschlange und geht hinaus, sobald er die Unterhaltung fortsetzt.',
  declinedWhatsApp:
    'Der Kontakt hat WhatsApp-Nachrichten abgelehnt, daher ist das Senden deaktiviert. Er kann jederzeit mit JA zustimmen.',
  declinedSms: 'Der Kontakt hat SMS abbestellt, daher ist das Senden deaktiviert, bis er START schreibt.',
  closedThread: 'Diese Unterhaltung ist geschlossen.',
  readOnlyThread: 'Sie können diese Unterhaltung lesen, aber nicht darin schreiben.',
  notOnWhatsApp: 'Dieser Kontakt nutzt WhatsApp nicht.',
  consentFailed: 'Die Einwilligungsanfrage konnte dem Kontakt nicht zugestellt werden.',
  notSent: 'Nicht gesendet: {reason}',
  edit: 'Bearbeiten',
  askPermission: 'Um Erlaubnis bitten',
  optInNeeded: 'Bitten Sie den Kontakt um Erlaubnis, bevor Sie ihm schreiben.',

  newConversationTitle: 'Neue WhatsApp-Unterhaltung',
  contactSearchLabel: 'Name oder Nummer des Kontakts',
  contactSearchPlaceholder: 'Name oder Nummer eingeben',
  contactsLabel: 'Kontakte',
  noContactMatches: 'Kein Kontakt passt zu „{query}“.',
  searching: 'Suche läuft…',
  cancel: 'Abbrechen',
  startConversation: 'Unterhaltung beginnen',
  startFailed: 'Die Unterhaltung konnte nicht begonnen werden: {reason}',
  optInTitle: '{name} um Erlaubnis bitten?',
  optInBody:
    'WhatsApp verlangt die Zustimmung des Kontakts, bevor ein Unternehmen ihm schreibt. {name} erhält eine Anfrage, Nachrichten Ihres Unternehmens anzunehmen. Sie können schon jetzt schreiben: Ihre Nachrichten werden gesendet, sobald er zustimmt.',
  optInConfirm: 'Anfrage senden',
  optInLater: 'Nicht jetzt',
  optInFailed: 'Die Anfrage konnte nicht gesendet werden: {reason}',

  navLabel: 'Bereiche',
  navSearch: 'Suche',
  navContacts: 'Kontakte',
  navAdmin: 'Verwaltung',

  // Composer (pictures, templates, window banner, reminder)

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots
  adminTitle: 'Verwaltung',
  adminForbidden:
    'Diese Seite ist nur für die Administratoren Ihrer Organisation. Wenden Sie sich an einen von ihnen, wenn hier etwas geändert werden muss.',
  adminLoadFailed: 'Die Verwaltungseinstellungen konnten nicht geladen werden: {reason}',
  adminSettingsTitle: 'WhatsApp für Ihre Organisation',
  adminWhatsappEnabled: 'WhatsApp-Nachrichten aktiviert',
  adminWhatsappEnabledHint:
    'Solange dies ausgeschaltet ist, kann niemand in Ihrer Organisation Kontakten über WhatsApp schreiben.',
  adminSenderNumber: 'ID der Absender-Telefonnummer',
  adminSenderNumberHint:
    'Die ID der WhatsApp-Business-Nummer, von der Nachrichten gesendet werden, wie sie im WhatsApp Manager angezeigt wird.',
  adminBusinessAccount: 'WhatsApp-Business-Konto-ID',
  adminBusinessAccountHint:
    'Das Konto, dem die Nummer gehört; seine Nachrichtenvorlagen werden von dort synchronisiert.',
  adminSmsNumber: 'SMS-Absendernummer',
  adminSmsNumberHint: 'Im internationalen Format, z. B. +14155550100. Leer lassen, um keine SMS zu senden.',
  adminDigitsOnly: 'Nur Ziffern verwenden.',
  adminE164: 'Internationales Format verwenden: + gefolgt von Ländervorwahl und Nummer, z. B. +14155550100.',
  adminSave: 'Einstellungen speichern',
  adminSaving: 'Wird gespeichert…',
  adminSaved: 'Einstellungen gespeichert.',
  adminSaveFailed: 'Die Einstellungen konnten nicht gespeichert werden: {reason}',
  adminLicencesTitle: 'Lizenzen',
  adminLicencesIntro:
    'Nur lizenzierte Benutzer können Kontakten über WhatsApp schreiben. Benutzer erscheinen hier, sobald sie die App geöffnet haben.',
  adminLicenceCount: {
    count: 'count',
    one: '{count} von {total} Benutzern ist lizenziert',
    other: '{count} von {total} Benutzern sind lizenziert',
  },
  adminUserColumn: 'Benutzer',
  adminRolesColumn: 'Rollen',
  adminLicenceColumn: 'WhatsApp-Lizenz',
  adminLicenceFor: 'WhatsApp-Lizenz für {name}',
  adminLicenceFailed: 'Die Lizenz von {name} konnte nicht geändert werden: {reason}',
  adminUsersEmpty: 'Noch niemand hat die App geöffnet.',
  adminUsersLoadFailed: 'Die Benutzer konnten nicht geladen werden: {reason}',
  adminTemplatesTitle: 'Nachrichtenvorlagen',
  adminTemplatesIntro:
    'Die Vorlagen Ihres WhatsApp-Business-Kontos und ihr Status. Benutzer können nur genehmigte senden; die eigenen Vorlagen der App (Zustimmung, Fortsetzen …) sind gekennzeichnet. Synchronisieren Sie, nachdem Sie im WhatsApp Manager Vorlagen erstellt oder geändert haben.',
  adminSyncTemplates: 'Vorlagen synchronisieren',
  adminSyncQueued:
    'Synchronisierung gestartet: Die Liste wird aktualisiert, sobald WhatsApp geantwortet hat.',
  adminSyncFailed: 'Die Vorlagen konnten nicht synchronisiert werden: {reason}',
  adminTemplatesEmpty: 'Noch keine Vorlagen.',
  adminTemplatesLoadFailed: 'Die Vorlagen konnten nicht geladen werden: {reason}',
  adminTemplateName: 'Vorlage',
  adminTemplateLanguage: 'Sprache',
  adminTemplateCategory: 'Kategorie',
  adminTemplateStatus: 'Status',
  adminStatusApproved: 'Genehmigt',
  adminCategoryMarketing: 'Marketing',
  adminCategoryUtility: 'Utility',
  adminCategoryAuthentication: 'Authentifizierung',
  adminTemplatePurpose: 'Verwendet für',
  adminPurposeBusiness: 'Nachrichten Ihrer Benutzer',
  adminPurposeOptIn: 'Zustimmungsanfrage',
  adminPurposeOptInReminder: 'Erinnerung an die Zustimmung',
  adminPurposeResume: 'Anfrage zum Fortsetzen',
  adminPurposeNotice: 'Hinweis der App',
  adminStatusPending: 'Ausstehend',
  adminStatusRejected: 'Abgelehnt',
  adminStatusPaused: 'Pausiert',
  adminStatusDisabled: 'Deaktiviert',
  adminStatusDeleted: 'Gelöscht',
  adminRequestMissing:
    'Kann nicht gesendet werden: Es gibt keine Vorlage dafür. Erstellen Sie eine im WhatsApp Manager in der Kategorie „Utility“ und synchronisieren Sie dann.',
  adminRequestNotApproved:
    'Kann nicht gesendet werden: Ihre Vorlage {template} hat in WhatsApp den Status „{status}“. Beheben Sie das im WhatsApp Manager und synchronisieren Sie dann.',
  adminRequestNotUtility:
    'Kann nicht gesendet werden: Ihre Vorlage {template} ist in der Kategorie „{category}“, muss aber „Utility“ sein. Ändern Sie das im WhatsApp Manager und synchronisieren Sie dann.',

  networkError: 'Der Server ist nicht erreichbar.',
  timeoutError: 'Der Server hat zu lange für die Antwort gebraucht.',
};
