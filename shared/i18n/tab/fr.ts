import type { TabTexts } from './types.js';

export const fr: TabTexts = {
  appTitle: 'MultiLine Messaging',
  loading: 'Chargement…',
  startTimeout: 'L’application a mis trop de temps à démarrer. Vérifiez votre connexion et réessayez.',
  retry: 'Réessayer',
  appFailed: 'Un problème est survenu à l’affichage de l’application. Rechargez-la pour continuer.',
  outsideTeamsTitle: 'Ouvrez cette application dans Microsoft Teams',
  outsideTeamsBody:
    'MultiLine Messaging fonctionne dans Microsoft Teams. Ouvrez Teams, choisissez Applications, puis ouvrez MultiLine Messaging.',
  teamsSignInFailed: 'Teams n’a pas pu vous connecter : {reason}',
  signInTitle: 'Choisissez un utilisateur de démonstration',
  signInIntro:
    'Ce serveur tourne en mode développement : vous pouvez vous connecter en tant que l’un de ses utilisateurs de démonstration.',
  signInAs: 'Se connecter en tant que {name}',
  signInFailed: 'La connexion a échoué : {reason}',
  signOut: 'Se déconnecter',
  roleAdvisor: 'Conseiller',
  roleAdmin: 'Administrateur',
  roleCompliance: 'Conformité',
  signedInAs: 'Connecté en tant que {name}',

  inboxTitle: 'Conversations',
  newConversation: 'Nouvelle conversation',
  inboxEmpty: 'Aucune conversation pour l’instant. Commencez-en une avec Nouvelle conversation.',
  inboxLoadFailed: 'Les conversations n’ont pas pu être chargées : {reason}',
  unreadCount: { count: 'count', one: '{count} message non lu', other: '{count} messages non lus' },
  noMessagesYet: 'Aucun message pour l’instant',
  youPrefix: 'Vous : {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: 'Consentement attendu',
  statePaused: 'En pause',
  stateDeclined: 'Refusé',
  stateNotOnWhatsApp: 'Pas sur WhatsApp',
  stateConsentFailed: 'Demande non remise',
  stateClosed: 'Fermée',

  selectConversation: 'Choisissez une conversation, ou commencez-en une nouvelle.',
  backToInbox: 'Retour aux conversations',
  threadLoadFailed: 'Cette conversation n’a pas pu être chargée : {reason}',
  threadEmpty: 'Pas encore de message dans cette conversation.',
  messagesWith: 'Messages avec {name}',
  today: 'Aujourd’hui',
  yesterday: 'Hier',
  statusPending: 'En file d’attente : il partira dès que le contact pourra le recevoir',
  statusSending: 'Envoi en cours',
  statusSent: 'Envoyé',
  statusDelivered: 'Remis',
  statusRead: 'Lu',
  statusFailed: 'Non remis : {reason}',
  statusFailedNoReason: 'Non remis',
  templateMessage: 'Modèle « {name} »',
  pictureMessage: 'Image',
  unsupportedMessage: 'Ce type de message ne peut pas être affiché ici.',

  composerLabel: 'Message',
  composerPlaceholder: 'Écrivez un message',
  send: 'Envoyer',
  queuedConsent:
    'Le contact n’a pas encore accepté les messages. Ce que vous envoyez maintenant attend dans une file et partira dès qu’il aura accepté.',
  queuedWindow:
    'Le contact n’a pas écrit depuis plus de 24 heures. Ce que vous envoyez maintenant attend dans une file et partira dès qu’il reprendra la conversation.',
  declinedWhatsApp:
    'Le contact a refusé les messages WhatsApp, l’envoi est donc désactivé. Il peut accepter à tout moment en répondant OUI.',
  declinedSms: 'Le contact s’est désabonné des SMS : l’envoi est désactivé jusqu’à ce qu’il écrive START.',
  closedThread: 'Cette conversation est fermée.',
  readOnlyThread: 'Vous pouvez lire cette conversation, mais pas y écrire.',
  notOnWhatsApp: 'Ce contact n’utilise pas WhatsApp.',
  consentFailed: 'La demande d’autorisation n’a pas pu être remise au contact.',
  notSent: 'Non envoyé : {reason}',
  edit: 'Modifier',
  askPermission: 'Demander l’autorisation',
  optInNeeded: 'Demandez l’autorisation du contact avant de lui écrire.',

  newConversationTitle: 'Nouvelle conversation WhatsApp',
  contactSearchLabel: 'Nom ou numéro du contact',
  contactSearchPlaceholder: 'Tapez un nom ou un numéro',
  contactsLabel: 'Contacts',
  noContactMatches: 'Aucun contact ne correspond à « {query} ».',
  searching: 'Recherche…',
  cancel: 'Annuler',
  startConversation: 'Commencer la conversation',
  startFailed: 'La conversation n’a pas pu commencer : {reason}',
  optInTitle: 'Demander l’autorisation de {name} ?',
  optInBody:
    'WhatsApp exige le consentement du contact avant qu’une entreprise lui écrive. {name} recevra une demande pour accepter les messages de votre entreprise. Vous pouvez déjà écrire : vos messages partiront dès qu’il aura accepté.',
  optInConfirm: 'Envoyer la demande',
  optInLater: 'Plus tard',
  optInFailed: 'La demande n’a pas pu être envoyée : {reason}',

  navLabel: 'Sections',
  navSearch: 'Rechercher',
  navContacts: 'Contacts',
  navAdmin: 'Administration',

  uploadingPictureProgress: 'Envoi de l’image… {percent}',
  // Composer (pictures, templates, window banner, reminder)
  windowOpen:
    'La fenêtre de 24 heures de WhatsApp est ouverte : il reste {remaining} pour écrire librement (jusqu’à {time}).',
  windowJustClosed:
    'La fenêtre de 24 heures s’est fermée. Ce que vous envoyez maintenant attend dans une file et part dès que le contact reprend la conversation.',
  sendReminder: 'Envoyer un rappel',
  reminderLater: 'Sans réponse de sa part, vous pourrez envoyer un rappel à partir du {time}.',
  reminderSent: 'Rappel envoyé à {name}.',
  reminderFailed: 'Le rappel n’a pas pu être envoyé : {reason}',
  attachPicture: 'Joindre une image',
  removePicture: 'Retirer l’image',
  pictureTooBig: '« {name} » fait {size} : une image peut faire au plus 5 Mo.',
  pictureWrongType: '« {name} » n’est pas une image JPEG ou PNG.',
  pictureEmpty: '« {name} » est vide.',
  pictureUnreadable: '« {name} » n’a pas pu être lu.',
  pictureToSend: 'Image à envoyer : {name}, {size}',
  captionLabel: 'Légende (facultative)',
  captionPlaceholder: 'Ajouter une légende',
  pictureOpen: 'Ouvrir l’image',
  pictureFrom: 'Image de {name}',
  pictureYours: 'Image que vous avez envoyée',
  pictureLoadFailed: 'L’image n’a pas pu être chargée : {reason}',
  close: 'Fermer',
  templates: 'Modèle',
  templatePickerTitle: 'Envoyer un modèle',
  templateListLabel: 'Modèles approuvés',
  templatesEmpty:
    'Aucun modèle approuvé pour l’instant. Un administrateur peut les synchroniser depuis WhatsApp.',
  templatesLoadFailed: 'Les modèles n’ont pas pu être chargés : {reason}',
  templateParam: 'Paramètre {number}',
  templatePreview: 'Aperçu',
  templateParamEmpty: 'Renseignez ce paramètre.',
  templateParamNewline:
    'Un paramètre ne peut contenir ni saut de ligne, ni tabulation, ni plus de quatre espaces à la suite.',
  sendTemplate: 'Envoyer le modèle',
  templatesDisabled: 'Les modèles ne peuvent pas être envoyés dans cette conversation.',

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'Le serveur est injoignable.',
  timeoutError: 'Le serveur a mis trop de temps à répondre.',
};
