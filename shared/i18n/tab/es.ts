import type { TabTexts } from './types.js';

export const es: TabTexts = {
  appTitle: 'MultiLine Messaging',
  loading: 'Cargando…',
  startTimeout: 'La aplicación tardó demasiado en iniciarse. Revisa tu conexión y vuelve a intentarlo.',
  retry: 'Reintentar',
  appFailed: 'Algo salió mal al mostrar la aplicación. Vuelve a cargarla para continuar.',
  outsideTeamsTitle: 'Abre esta aplicación en Microsoft Teams',
  outsideTeamsBody:
    'MultiLine Messaging funciona dentro de Microsoft Teams. Abre Teams, elige Aplicaciones y abre MultiLine Messaging desde allí.',
  teamsSignInFailed: 'Teams no pudo iniciar tu sesión: {reason}',
  signInTitle: 'Elige un usuario de demostración',
  signInIntro:
    'Este servidor funciona en modo de desarrollo, así que puedes entrar como uno de sus usuarios de demostración.',
  signInAs: 'Entrar como {name}',
  signInFailed: 'No se pudo iniciar sesión: {reason}',
  signOut: 'Cerrar sesión',
  roleAdvisor: 'Asesor',
  roleAdmin: 'Administrador',
  roleCompliance: 'Cumplimiento',
  signedInAs: 'Sesión iniciada como {name}',

  inboxTitle: 'Conversaciones',
  newConversation: 'Nueva conversación',
  inboxEmpty: 'Todavía no hay conversaciones. Empieza una con Nueva conversación.',
  inboxLoadFailed: 'No se pudieron cargar las conversaciones: {reason}',
  unreadCount: { count: 'count', one: '{count} mensaje sin leer', other: '{count} mensajes sin leer' },
  noMessagesYet: 'Aún no hay mensajes',
  youPrefix: 'Tú: {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: 'Esperando consentimiento',
  statePaused: 'En pausa',
  stateDeclined: 'Rechazado',
  stateNotOnWhatsApp: 'Sin WhatsApp',
  stateConsentFailed: 'Solicitud fallida',
  stateClosed: 'Cerrada',

  selectConversation: 'Selecciona una conversación o empieza una nueva.',
  backToInbox: 'Volver a las conversaciones',
  threadLoadFailed: 'No se pudo cargar esta conversación: {reason}',
  threadEmpty: 'Todavía no hay mensajes en esta conversación.',
  messagesWith: 'Mensajes con {name}',
  today: 'Hoy',
  yesterday: 'Ayer',
  statusPending: 'En cola: se enviará cuando el contacto pueda recibirlo',
  statusSending: 'Enviando',
  statusSent: 'Enviado',
  statusDelivered: 'Entregado',
  statusRead: 'Leído',
  statusFailed: 'No entregado: {reason}',
  statusFailedNoReason: 'No entregado',
  templateMessage: 'Plantilla «{name}»',
  pictureMessage: 'Imagen',
  unsupportedMessage: 'Este tipo de mensaje no se puede mostrar aquí.',

  composerLabel: 'Mensaje',
  composerPlaceholder: 'Escribe un mensaje',
  send: 'Enviar',
  queuedConsent:
    'El contacto aún no ha aceptado mensajes. Lo que envíes ahora queda en cola y sale en cuanto acepte.',
  queuedWindow:
    'El contacto no ha escrito en las últimas 24 horas. Lo que envíes ahora queda en cola y sale en cuanto retome la conversación.',
  declinedWhatsApp:
    'El contacto rechazó los mensajes de WhatsApp, así que el envío está desactivado. Puede aceptarlos en cualquier momento respondiendo SÍ.',
  declinedSms:
    'El contacto se dio de baja de los SMS, así que el envío está desactivado hasta que envíe START.',
  closedThread: 'Esta conversación está cerrada.',
  readOnlyThread: 'Puedes leer esta conversación, pero no escribir en ella.',
  notOnWhatsApp: 'Este contacto no usa WhatsApp.',
  consentFailed: 'La solicitud de permiso no pudo entregarse al contacto.',
  notSent: 'No enviado: {reason}',
  edit: 'Editar',
  askPermission: 'Pedir permiso',
  optInNeeded: 'Pide permiso al contacto antes de escribirle.',

  newConversationTitle: 'Nueva conversación de WhatsApp',
  contactSearchLabel: 'Nombre o número del contacto',
  contactSearchPlaceholder: 'Escribe un nombre o un número',
  contactsLabel: 'Contactos',
  noContactMatches: 'Ningún contacto coincide con «{query}».',
  searching: 'Buscando…',
  cancel: 'Cancelar',
  startConversation: 'Empezar conversación',
  startFailed: 'No se pudo empezar la conversación: {reason}',
  optInTitle: '¿Pedir permiso a {name}?',
  optInBody:
    'WhatsApp exige el consentimiento del contacto antes de que una empresa le escriba. {name} recibirá una solicitud para aceptar mensajes de tu empresa. Ya puedes escribir: tus mensajes se enviarán en cuanto acepte.',
  optInConfirm: 'Enviar solicitud',
  optInLater: 'Ahora no',
  optInFailed: 'No se pudo enviar la solicitud: {reason}',

  navLabel: 'Secciones',
  navSearch: 'Buscar',
  navContacts: 'Contactos',
  navAdmin: 'Administración',

  // Composer (pictures, templates, window banner, reminder)

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots
  adminTitle: 'Administración',
  adminForbidden:
    'Esta página es solo para los administradores de su organización. Pida a uno de ellos que haga el cambio que necesite.',
  adminLoadFailed: 'No se pudo cargar la configuración de administración: {reason}',
  adminSettingsTitle: 'WhatsApp para su organización',
  adminWhatsappEnabled: 'Mensajería de WhatsApp activada',
  adminWhatsappEnabledHint:
    'Mientras esté desactivada, nadie de su organización puede escribir a los contactos por WhatsApp.',
  adminSenderNumber: 'ID del número de envío',
  adminSenderNumberHint:
    'El ID del número de WhatsApp Business desde el que se envían los mensajes, tal como lo muestra WhatsApp Manager.',
  adminBusinessAccount: 'ID de la cuenta de WhatsApp Business',
  adminBusinessAccountHint:
    'La cuenta a la que pertenece el número; sus plantillas de mensaje se sincronizan desde ella.',
  adminSmsNumber: 'Número de envío de SMS',
  adminSmsNumberHint: 'En formato internacional, por ejemplo +14155550100. Déjelo vacío para no enviar SMS.',
  adminDigitsOnly: 'Use solo dígitos.',
  adminE164:
    'Use el formato internacional: + y luego el código de país y el número, por ejemplo +14155550100.',
  adminSave: 'Guardar configuración',
  adminSaving: 'Guardando…',
  adminSaved: 'Configuración guardada.',
  adminSaveFailed: 'No se pudo guardar la configuración: {reason}',
  adminLicencesTitle: 'Licencias',
  adminLicencesIntro:
    'Solo los usuarios con licencia pueden escribir a los contactos por WhatsApp. Los usuarios aparecen aquí en cuanto han abierto la aplicación.',
  adminLicenceCount: {
    count: 'count',
    one: '{count} de {total} usuarios tiene licencia',
    other: '{count} de {total} usuarios tienen licencia',
  },
  adminUserColumn: 'Usuario',
  adminRolesColumn: 'Roles',
  adminLicenceColumn: 'Licencia de WhatsApp',
  adminLicenceFor: 'Licencia de WhatsApp de {name}',
  adminLicenceFailed: 'No se pudo cambiar la licencia de {name}: {reason}',
  adminUsersEmpty: 'Nadie ha abierto la aplicación todavía.',
  adminUsersLoadFailed: 'No se pudieron cargar los usuarios: {reason}',
  adminTemplatesTitle: 'Plantillas de mensaje',
  adminTemplatesIntro:
    'Las plantillas de su cuenta de WhatsApp Business y su estado. Los usuarios solo pueden enviar las aprobadas; las de la propia aplicación (consentimiento, reanudación…) están marcadas. Sincronice después de crear o cambiar plantillas en WhatsApp Manager.',
  adminSyncTemplates: 'Sincronizar plantillas',
  adminSyncQueued: 'Sincronización iniciada: la lista se actualiza en cuanto WhatsApp responda.',
  adminSyncFailed: 'No se pudieron sincronizar las plantillas: {reason}',
  adminTemplatesEmpty: 'Todavía no hay plantillas.',
  adminTemplatesLoadFailed: 'No se pudieron cargar las plantillas: {reason}',
  adminTemplateName: 'Plantilla',
  adminTemplateLanguage: 'Idioma',
  adminTemplateCategory: 'Categoría',
  adminTemplateStatus: 'Estado',
  adminStatusApproved: 'Aprobada',
  adminCategoryMarketing: 'Marketing',
  adminCategoryUtility: 'Utilidad',
  adminCategoryAuthentication: 'Autenticación',
  adminTemplatePurpose: 'Se usa para',
  adminPurposeBusiness: 'Mensajes de sus usuarios',
  adminPurposeOptIn: 'Solicitud de consentimiento',
  adminPurposeOptInReminder: 'Recordatorio de consentimiento',
  adminPurposeResume: 'Solicitud de reanudación',
  adminPurposeNotice: 'Aviso de la aplicación',
  adminStatusPending: 'Pendiente',
  adminStatusRejected: 'Rechazada',
  adminStatusPaused: 'En pausa',
  adminStatusDisabled: 'Desactivada',
  adminStatusDeleted: 'Eliminada',
  adminRequestMissing:
    'No se puede enviar: no hay ninguna plantilla para ella. Cree una en WhatsApp Manager en la categoría Utilidad y luego sincronice.',
  adminRequestNotApproved:
    'No se puede enviar: su plantilla {template} está «{status}» en WhatsApp. Corríjala en WhatsApp Manager y luego sincronice.',
  adminRequestNotUtility:
    'No se puede enviar: su plantilla {template} está en la categoría «{category}» y debe ser Utilidad. Cámbiela en WhatsApp Manager y luego sincronice.',

  networkError: 'No se pudo contactar con el servidor.',
  timeoutError: 'El servidor tardó demasiado en responder.',
};
