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

  // Composer (pictures, templates, window banner, reminder)

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots
  adminTitle: 'Administration',
  adminForbidden:
    'Cette page est réservée aux administrateurs de votre organisation. Adressez-vous à l’un d’eux si quelque chose doit y être modifié.',
  adminLoadFailed: 'Les paramètres d’administration n’ont pas pu être chargés : {reason}',
  adminSettingsTitle: 'WhatsApp pour votre organisation',
  adminWhatsappEnabled: 'Messagerie WhatsApp activée',
  adminWhatsappEnabledHint:
    'Tant qu’elle est désactivée, personne dans votre organisation ne peut écrire aux contacts sur WhatsApp.',
  adminSenderNumber: 'ID du numéro d’envoi',
  adminSenderNumberHint:
    'L’ID du numéro WhatsApp Business depuis lequel les messages sont envoyés, tel qu’affiché dans WhatsApp Manager.',
  adminBusinessAccount: 'ID du compte WhatsApp Business',
  adminBusinessAccountHint:
    'Le compte propriétaire du numéro ; ses modèles de message sont synchronisés depuis ce compte.',
  adminSmsNumber: 'Numéro d’envoi des SMS',
  adminSmsNumberHint:
    'Au format international, par exemple +14155550100. Laissez vide pour n’envoyer aucun SMS.',
  adminDigitsOnly: 'Utilisez uniquement des chiffres.',
  adminE164:
    'Utilisez le format international : + puis l’indicatif du pays et le numéro, par exemple +14155550100.',
  adminSave: 'Enregistrer les paramètres',
  adminSaving: 'Enregistrement…',
  adminSaved: 'Paramètres enregistrés.',
  adminSaveFailed: 'Les paramètres n’ont pas pu être enregistrés : {reason}',
  adminLicencesTitle: 'Licences',
  adminLicencesIntro:
    'Seuls les utilisateurs disposant d’une licence peuvent écrire aux contacts sur WhatsApp. Les utilisateurs apparaissent ici dès qu’ils ont ouvert l’application.',
  adminLicenceCount: {
    count: 'count',
    one: '{count} utilisateur sur {total} dispose d’une licence',
    other: '{count} utilisateurs sur {total} disposent d’une licence',
  },
  adminUserColumn: 'Utilisateur',
  adminRolesColumn: 'Rôles',
  adminLicenceColumn: 'Licence WhatsApp',
  adminLicenceFor: 'Licence WhatsApp de {name}',
  adminLicenceFailed: 'La licence de {name} n’a pas pu être modifiée : {reason}',
  adminUsersEmpty: 'Personne n’a encore ouvert l’application.',
  adminUsersLoadFailed: 'Les utilisateurs n’ont pas pu être chargés : {reason}',
  adminTemplatesTitle: 'Modèles de message',
  adminTemplatesIntro:
    'Les modèles de votre compte WhatsApp Business et leur état. Les utilisateurs ne peuvent envoyer que les modèles approuvés ; ceux de l’application (consentement, reprise…) sont signalés. Synchronisez après avoir créé ou modifié des modèles dans WhatsApp Manager.',
  adminSyncTemplates: 'Synchroniser les modèles',
  adminSyncQueued: 'Synchronisation lancée : la liste se met à jour dès que WhatsApp a répondu.',
  adminSyncFailed: 'Les modèles n’ont pas pu être synchronisés : {reason}',
  adminTemplatesEmpty: 'Aucun modèle pour l’instant.',
  adminTemplatesLoadFailed: 'Les modèles n’ont pas pu être chargés : {reason}',
  adminTemplateName: 'Modèle',
  adminTemplateLanguage: 'Langue',
  adminTemplateCategory: 'Catégorie',
  adminTemplateStatus: 'État',
  adminStatusApproved: 'Approuvé',
  adminCategoryMarketing: 'Marketing',
  adminCategoryUtility: 'Utilitaire',
  adminCategoryAuthentication: 'Authentification',
  adminTemplatePurpose: 'Utilisé pour',
  adminPurposeBusiness: 'Messages de vos utilisateurs',
  adminPurposeOptIn: 'Demande de consentement',
  adminPurposeOptInReminder: 'Rappel de consentement',
  adminPurposeResume: 'Demande de reprise',
  adminPurposeNotice: 'Avis de l’application',
  adminStatusPending: 'En attente',
  adminStatusRejected: 'Refusé',
  adminStatusPaused: 'En pause',
  adminStatusDisabled: 'Désactivé',
  adminStatusDeleted: 'Supprimé',
  adminRequestMissing:
    'Ne peut pas être envoyée : aucun modèle n’existe pour elle. Créez-en un dans WhatsApp Manager dans la catégorie Utilitaire, puis synchronisez.',
  adminRequestNotApproved:
    'Ne peut pas être envoyée : son modèle {template} est « {status} » dans WhatsApp. Corrigez-le dans WhatsApp Manager, puis synchronisez.',
  adminRequestNotUtility:
    'Ne peut pas être envoyée : son modèle {template} est dans la catégorie « {category} » alors qu’il doit être Utilitaire. Modifiez-le dans WhatsApp Manager, puis synchronisez.',

  networkError: 'Le serveur est injoignable.',
  timeoutError: 'Le serveur a mis trop de temps à répondre.',
};
