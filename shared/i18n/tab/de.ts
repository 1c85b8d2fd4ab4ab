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

  uploadingPictureProgress: 'Bild wird hochgeladen… {percent}',
  errorReminderTooEarly: 'Für eine Erinnerung ist es noch zu früh. Sie können ab {time} eine senden.',
  // Composer (pictures, templates, window banner, reminder)
  windowOpen:
    'Das 24-Stunden-Fenster von WhatsApp ist offen: noch {remaining}, um frei zu schreiben (bis {time}).',
  windowJustClosed:
    'Das 24-Stunden-Fenster hat sich geschlossen. Was Sie jetzt senden, wartet in einer Warteschlange und geht hinaus, sobald der Kontakt das Gespräch fortsetzt.',
  sendReminder: 'Erinnerung senden',
  reminderLater: 'Wenn keine Antwort kommt, können Sie ab {time} eine Erinnerung senden.',
  reminderSent: 'Erinnerung an {name} gesendet.',
  reminderFailed: 'Die Erinnerung konnte nicht gesendet werden: {reason}',
  attachPicture: 'Bild anhängen',
  removePicture: 'Bild entfernen',
  pictureTooBig: '„{name}“ ist {size} groß: Ein Bild darf höchstens 5 MB groß sein.',
  pictureWrongType: '„{name}“ ist kein JPEG- oder PNG-Bild.',
  pictureEmpty: '„{name}“ ist leer.',
  pictureUnreadable: '„{name}“ konnte nicht gelesen werden.',
  pictureToSend: 'Zu sendendes Bild: {name}, {size}',
  captionLabel: 'Bildunterschrift (optional)',
  captionPlaceholder: 'Bildunterschrift hinzufügen',
  pictureOpen: 'Bild öffnen',
  pictureFrom: 'Bild von {name}',
  pictureYours: 'Von Ihnen gesendetes Bild',
  pictureLoadFailed: 'Das Bild konnte nicht geladen werden: {reason}',
  close: 'Schließen',
  templates: 'Vorlage',
  templatePickerTitle: 'Vorlage senden',
  templateListLabel: 'Genehmigte Vorlagen',
  templatesEmpty:
    'Es gibt noch keine genehmigten Vorlagen. Ein Administrator kann sie aus WhatsApp synchronisieren.',
  templatesLoadFailed: 'Die Vorlagen konnten nicht geladen werden: {reason}',
  templateParam: 'Parameter {number}',
  templatePreview: 'Vorschau',
  templateParamEmpty: 'Füllen Sie diesen Parameter aus.',
  templateParamNewline:
    'Ein Parameter darf keinen Zeilenumbruch, keinen Tabulator und nicht mehr als vier Leerzeichen in Folge enthalten.',
  sendTemplate: 'Vorlage senden',
  templatesDisabled: 'In diesem Gespräch können keine Vorlagen gesendet werden.',

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'Der Server ist nicht erreichbar.',
  timeoutError: 'Der Server hat zu lange für die Antwort gebraucht.',
};
