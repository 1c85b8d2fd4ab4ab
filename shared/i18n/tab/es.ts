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

  uploadingPictureProgress: 'Subiendo la imagen… {percent}',
  errorReminderTooEarly: 'Todavía es pronto para un recordatorio. Puede enviar uno a partir de {time}.',
  // Composer (pictures, templates, window banner, reminder)
  windowOpen:
    'La ventana de 24 horas de WhatsApp está abierta: quedan {remaining} para escribir libremente (hasta {time}).',
  windowJustClosed:
    'La ventana de 24 horas se ha cerrado. Lo que envíe ahora espera en una cola y sale en cuanto el contacto retome la conversación.',
  sendReminder: 'Enviar un recordatorio',
  reminderLater: 'Si no responde, podrá enviar un recordatorio a partir de {time}.',
  reminderSent: 'Recordatorio enviado a {name}.',
  reminderFailed: 'No se pudo enviar el recordatorio: {reason}',
  attachPicture: 'Adjuntar una imagen',
  removePicture: 'Quitar la imagen',
  pictureTooBig: '«{name}» pesa {size}: una imagen puede pesar como máximo 5 MB.',
  pictureWrongType: '«{name}» no es una imagen JPEG o PNG.',
  pictureEmpty: '«{name}» está vacío.',
  pictureUnreadable: 'No se pudo leer «{name}».',
  pictureToSend: 'Imagen para enviar: {name}, {size}',
  captionLabel: 'Pie de foto (opcional)',
  captionPlaceholder: 'Añadir un pie de foto',
  pictureOpen: 'Abrir la imagen',
  pictureFrom: 'Imagen de {name}',
  pictureYours: 'Imagen que envió',
  pictureLoadFailed: 'No se pudo cargar la imagen: {reason}',
  close: 'Cerrar',
  templates: 'Plantilla',
  templatePickerTitle: 'Enviar una plantilla',
  templateListLabel: 'Plantillas aprobadas',
  templatesEmpty:
    'Todavía no hay plantillas aprobadas. Un administrador puede sincronizarlas desde WhatsApp.',
  templatesLoadFailed: 'No se pudieron cargar las plantillas: {reason}',
  templateParam: 'Parámetro {number}',
  templatePreview: 'Vista previa',
  templateParamEmpty: 'Rellene este parámetro.',
  templateParamNewline:
    'Un parámetro no puede contener un salto de línea, un tabulador ni más de cuatro espacios seguidos.',
  sendTemplate: 'Enviar plantilla',
  templatesDisabled: 'No se pueden enviar plantillas en esta conversación.',

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'No se pudo contactar con el servidor.',
  timeoutError: 'El servidor tardó demasiado en responder.',
};
