import type { LocaleCatalog } from './types.js';

const busy = 'Demasiadas solicitudes. Espere un momento y vuelva a intentarlo.';
const unavailable = 'El servicio no está disponible temporalmente. Vuelva a intentarlo en breve.';
const contactAdmin = 'Póngase en contacto con su administrador.';

export const es: LocaleCatalog = {
  someone: 'Un miembro del equipo',
  notices: {
    opt_in_requested:
      '{by} ha solicitado al contacto permiso para enviarle mensajes por WhatsApp. Los mensajes que escriba ahora se enviarán en cuanto lo acepte.',
    opt_in_reminder_sent: 'Se ha enviado al contacto un recordatorio de la solicitud de permiso.',
    opt_in_reminder_available:
      'El contacto no ha respondido a la solicitud de permiso en 24 horas. Ya puede enviarle un recordatorio.',
    opt_in_granted: 'El contacto ha aceptado recibir mensajes de WhatsApp. Ya puede escribirle.',
    opt_in_declined:
      'El contacto ha rechazado los mensajes de WhatsApp. El envío de mensajes y plantillas está desactivado. El contacto puede dar su consentimiento en cualquier momento respondiendo SÍ.',
    opted_out:
      'El contacto ha pedido dejar de recibir mensajes de WhatsApp. El envío seguirá desactivado salvo que vuelva a dar su consentimiento.',
    opt_in_failed_will_retry:
      'No se ha podido entregar la solicitud de permiso. Volveremos a enviarla el {retryAt} y le informaremos del resultado.',
    opt_in_retried: 'Se ha vuelto a enviar la solicitud de permiso al contacto.',
    opt_in_failed_thread_closed:
      'La solicitud de permiso no se ha podido entregar por segunda vez, por lo que se ha cerrado esta conversación.',
    contact_not_on_whatsapp: 'Este contacto no utiliza WhatsApp. Puede enviarle un SMS en su lugar.',
    resume_requested:
      'La conversación está en pausa porque el contacto no ha escrito en las últimas 24 horas. Le hemos pedido que la reanude. Los mensajes que envíe quedarán en espera y se entregarán en cuanto lo haga.',
    resume_failed: 'No se ha podido entregar al contacto la solicitud para reanudar la conversación.',
    conversation_resumed: {
      count: 'delivered',
      one: 'El contacto ha reanudado la conversación. Se ha entregado {delivered} mensaje en espera.',
      many: 'El contacto ha reanudado la conversación. Se han entregado {delivered} de mensajes en espera.',
      other: 'El contacto ha reanudado la conversación. Se han entregado {delivered} mensajes en espera.',
    },
    can_continue: 'Ya puede continuar la conversación con el contacto.',
    participant_added: '{by} ha añadido a {userId} a la conversación.',
    participant_removed: '{by} ha eliminado a {userId} de la conversación.',
    participant_left: '{userId} ha salido de la conversación.',
    conversation_transferred: '{from} ha transferido la conversación a {to}.',
    contact_not_notified_participant_added:
      'No hemos podido avisar al contacto de que {userId} se ha unido a la conversación.',
    contact_not_notified_participant_removed:
      'No hemos podido avisar al contacto de que se ha eliminado a {userId} de la conversación.',
    contact_not_notified_participant_left:
      'No hemos podido avisar al contacto de que {userId} ha salido de la conversación.',
    contact_not_notified_conversation_transferred:
      'No hemos podido avisar al contacto de que la conversación se ha transferido a {userId}.',
    conversation_restarted: 'Se ha reiniciado la conversación.',
    thread_closed: 'Esta conversación está cerrada.',
    message_failed: 'No se ha podido entregar su mensaje. {reason}',
    sms_thread_started:
      'Se ha abierto una conversación por SMS con este contacto. Continúe allí para comunicarse con él por mensaje de texto.',
    sms_opted_out:
      'El contacto respondió {keyword} y ya no recibe SMS de usted. El envío de SMS permanece desactivado hasta que responda START.',
    sms_opted_in: 'El contacto respondió {keyword} y puede volver a recibir SMS de usted.',
  },
  errors: {
    consent_already_requested: 'Ya se ha solicitado permiso a este contacto.',
    consent_already_granted: 'Este contacto ya ha aceptado recibir mensajes de WhatsApp.',
    consent_declined:
      'Este contacto ha rechazado los mensajes de WhatsApp. Puede dar su consentimiento respondiendo SÍ.',
    consent_not_requested: 'Todavía no se ha solicitado permiso a este contacto.',
    consent_pending: 'El contacto aún no ha respondido a la solicitud de permiso.',
    contact_not_on_whatsapp: 'No es posible comunicarse con este contacto por WhatsApp.',
    reminder_not_allowed:
      'Solo se puede enviar un recordatorio mientras la solicitud de permiso esté pendiente de respuesta.',
    reminder_too_early:
      'Aún es pronto para enviar un recordatorio. Espere 24 horas desde la última solicitud.',
    thread_closed: 'Esta conversación está cerrada.',
    thread_not_closed: 'Solo se puede reiniciar una conversación cerrada.',
    open_thread_exists: 'Ya existe una conversación de WhatsApp abierta con este contacto.',
    not_a_participant: 'Esta persona no forma parte de la conversación.',
    already_a_participant: 'Esta persona ya forma parte de la conversación.',
    cannot_remove_self: 'No puede eliminarse de la conversación. Si desea salir, abandónela.',
    cannot_transfer_to_self: 'No puede transferir la conversación a su propia cuenta.',
    message_empty: 'El mensaje no puede estar vacío.',
    message_too_long: 'El mensaje es demasiado largo.',
    caption_too_long: 'El pie de foto es demasiado largo.',
    template_unavailable: 'Esta plantilla de mensaje no está disponible.',
    template_param_count: 'El número de valores no coincide con la plantilla.',
    media_type_not_allowed: 'No se puede enviar esta imagen: WhatsApp solo acepta imágenes JPEG y PNG.',
    media_too_large: 'Esta imagen es demasiado grande: WhatsApp acepta imágenes de hasta 5 MB.',
    media_empty: 'Este archivo está vacío.',
    sms_opted_out:
      'Este contacto se dio de baja de los SMS. Puede volver a darse de alta respondiendo START.',
    sms_unavailable:
      'Los SMS no están disponibles para este contacto: se necesita un número de teléfono y un número de SMS de su organización.',
    not_found: 'No se ha encontrado el elemento solicitado.',
    thread_not_found: 'No se ha encontrado esta conversación.',
    contact_not_found: 'No se ha encontrado este contacto.',
    user_not_found: 'No se ha encontrado este usuario.',
    whatsapp_not_enabled: 'La mensajería de WhatsApp no está habilitada en su organización.',
    whatsapp_licence_required: `Necesita una licencia de WhatsApp para usar esta función. ${contactAdmin}`,
    sender_number_missing: `No hay ningún número de WhatsApp Business configurado para el envío. ${contactAdmin}`,
    invalid_request: 'La solicitud no es válida.',
    not_for_sms:
      'Esto no está disponible en una conversación por SMS: los SMS solo llevan texto, sin consentimiento de WhatsApp, plantillas ni imágenes.',
    bad_request: 'No se ha podido interpretar la solicitud.',
    unauthorized: 'No ha iniciado sesión o su sesión ha caducado. Vuelva a iniciar sesión.',
    forbidden: 'No tiene permiso para realizar esta acción.',
    method_not_allowed: 'Esta acción no está admitida.',
    not_acceptable: 'El formato solicitado no está disponible.',
    request_timeout: 'La solicitud ha tardado demasiado. Vuelva a intentarlo.',
    payload_too_large:
      'La solicitud es demasiado grande. Si está enviando una imagen, pruebe con una más pequeña.',
    unsupported_media_type: 'Este tipo de contenido no es compatible.',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'El servicio se está iniciando. Vuelva a intentarlo en unos instantes.',
    shutting_down: 'El servicio se está reiniciando. Vuelva a intentarlo en unos instantes.',
    internal_error: 'Se ha producido un error. Vuelva a intentarlo más tarde.',
  },
  errorDetails: {
    reminder_too_early:
      'Aún es pronto para enviar un recordatorio. Podrá enviarlo a partir del {availableAt}.',
    message_too_long: 'El mensaje es demasiado largo. El máximo es de {max} caracteres.',
    caption_too_long: 'El pie de foto es demasiado largo. El máximo es de {max} caracteres.',
    template_param_count:
      'El número de valores no coincide con la plantilla (esperados: {expected}; recibidos: {got}).',
    invalid_request: 'Falta el campo «{field}» o su valor no es válido.',
    rate_limited: {
      count: 'retryAfterSeconds',
      one: 'Demasiadas solicitudes. Vuelva a intentarlo dentro de {retryAfterSeconds} segundo.',
      many: 'Demasiadas solicitudes. Vuelva a intentarlo dentro de {retryAfterSeconds} de segundos.',
      other: 'Demasiadas solicitudes. Vuelva a intentarlo dentro de {retryAfterSeconds} segundos.',
    },
  },
  failureReasons: {
    cannot_receive: 'El contacto no puede recibir mensajes de WhatsApp.',
    window_closed: 'Han pasado más de 24 horas desde el último mensaje del contacto.',
    held_for_experience:
      'WhatsApp ha retenido el mensaje para proteger la experiencia del contacto. Vuelva a intentarlo más tarde.',
    pair_rate_limit: 'Se han enviado demasiados mensajes a este contacto en poco tiempo.',
    throughput_limit: 'Se ha alcanzado el límite de envío. Vuelva a intentarlo en breve.',
    spam_limited: 'El envío está limitado porque algunos destinatarios han denunciado mensajes como spam.',
    template_params_mismatch: 'Los valores no coinciden con los que espera la plantilla.',
    template_missing_language: 'Esta plantilla no existe en el idioma solicitado.',
    media_failed: 'No se ha podido procesar la imagen.',
    account_maintenance: 'La cuenta de empresa está en mantenimiento.',
    connection_needs_admin: 'La conexión con WhatsApp requiere la intervención de su administrador.',
    whatsapp_unreachable:
      'No hemos podido contactar con WhatsApp tras varios intentos. Inténtelo de nuevo más tarde.',
    refused_before_sending: 'El mensaje no se puede enviar en esta forma. Modifíquelo e inténtelo de nuevo.',
    unknown: 'WhatsApp no ha podido entregar el mensaje (código {code}).',
  },
  templatePurposes: {
    opt_in: 'la solicitud de permiso (opt-in)',
    opt_in_reminder: 'el recordatorio de la solicitud de permiso',
    resume: 'la solicitud para reanudar una conversación en pausa',
    participant_added: 'el aviso de que alguien se ha unido a la conversación',
    participant_removed: 'el aviso de que alguien ha sido retirado de la conversación',
    participant_left: 'el aviso de que alguien ha salido de la conversación',
    conversation_transferred: 'el aviso de que una conversación ha sido transferida',
  },
  templateCategories: { MARKETING: 'Marketing', UTILITY: 'Utilidad', AUTHENTICATION: 'Autenticación' },
  templateProblems: {
    missing: 'El conector no tiene ninguna plantilla aprobada para ello.',
    paused: 'Meta ha pausado la plantilla {template}.',
    disabled: 'Meta ha desactivado la plantilla {template}.',
    rejected: 'Meta ha rechazado la plantilla {template}.',
    pending: 'La plantilla {template} está pendiente de revisión por parte de Meta.',
    deleted: 'La plantilla {template} se ha eliminado.',
    other_status: 'Por ahora, Meta no permite usar la plantilla {template} (estado: {status}).',
    not_approved: 'Meta ya no permite usar la plantilla {template}.',
    not_approved_unnamed: 'Su plantilla ya no cuenta con la aprobación de Meta.',
    not_utility:
      'Meta ha pasado la plantilla {template} a la categoría {category}, y el conector solo puede hacer este envío con una plantilla de utilidad.',
    not_utility_no_category:
      'Meta ha sacado la plantilla {template} de la categoría Utilidad, que el conector necesita para este envío.',
    not_utility_unnamed:
      'Meta ha sacado su plantilla de la categoría Utilidad, que el conector necesita para este envío.',
    unknown: 'Su plantilla ya no se puede usar.',
  },
  adminAlerts: {
    unusable: 'El conector ya no puede enviar por WhatsApp {purpose}. {problem} {consequence} {action}',
    unusableUnknownPurpose:
      'Una de las plantillas de WhatsApp del conector ya no se puede usar. {problem} {consequence} {action}',
    restored:
      'El conector vuelve a poder enviar por WhatsApp {purpose}. Su plantilla se puede usar de nuevo, así que no es necesario hacer nada.',
    restoredUnknownPurpose:
      'Una de las plantillas de WhatsApp del conector se puede usar de nuevo. No es necesario hacer nada.',
    consequences: {
      opt_in: 'Mientras no se resuelva, su equipo no podrá pedir a los contactos permiso para escribirles.',
      opt_in_reminder:
        'Mientras no se resuelva, su equipo no podrá recordar a los contactos una solicitud de permiso que no han respondido.',
      resume:
        'Mientras no se resuelva, las conversaciones en pausa no se podrán reanudar y los mensajes para esos contactos seguirán en espera.',
      participant_added:
        'Mientras no se resuelva, los contactos no sabrán cuándo alguien se une a su conversación.',
      participant_removed:
        'Mientras no se resuelva, los contactos no sabrán cuándo alguien es retirado de su conversación.',
      participant_left:
        'Mientras no se resuelva, los contactos no sabrán cuándo alguien sale de su conversación.',
      conversation_transferred:
        'Mientras no se resuelva, los contactos no sabrán cuándo su conversación pasa a otra persona.',
      other: 'Mientras no se resuelva, no se podrán enviar los mensajes que dependen de ella.',
    },
    actions: {
      missing:
        'Cree una plantilla de utilidad en WhatsApp Manager, espere a que Meta la apruebe y asígnela a este envío en la configuración del conector.',
      not_approved:
        'Revise la plantilla en WhatsApp Manager y consiga que se apruebe de nuevo, o asigne a este envío otra plantilla de utilidad aprobada en la configuración del conector.',
      not_utility:
        'Pida a Meta que revise la categoría desde WhatsApp Manager, o asigne a este envío otra plantilla de utilidad aprobada en la configuración del conector.',
      other: 'Revise las plantillas del conector en WhatsApp Manager.',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'Esta imagen no se ha guardado porque llegó dañada. Pida al contacto que la vuelva a enviar.',
    too_large: 'Esta imagen no se ha guardado porque supera los 5 MB.',
    type_not_allowed: 'Este archivo no se ha guardado: solo se admiten imágenes JPEG, PNG y WebP.',
    expired:
      'Esta imagen ya no está disponible en WhatsApp, así que no se ha podido guardar. Pida al contacto que la vuelva a enviar.',
    not_found:
      'WhatsApp no ha encontrado esta imagen, así que no se ha podido guardar. Pida al contacto que la vuelva a enviar.',
    download_failed:
      'No se ha podido descargar la imagen de WhatsApp. Pida al contacto que la vuelva a enviar.',
    other: 'No se ha podido guardar esta imagen. Pida al contacto que la vuelva a enviar.',
  },
};
