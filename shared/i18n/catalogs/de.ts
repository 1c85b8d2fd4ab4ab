import type { LocaleCatalog } from './types.js';

const busy = 'Zu viele Anfragen. Bitte warten Sie einen Moment und versuchen Sie es dann erneut.';
const unavailable = 'Der Dienst ist vorübergehend nicht verfügbar. Bitte versuchen Sie es in Kürze erneut.';
const contactAdmin = 'Bitte wenden Sie sich an Ihre IT-Administration.';

export const de: LocaleCatalog = {
  someone: 'Ein Teammitglied',
  notices: {
    opt_in_requested:
      '{by} hat den Kontakt um die Erlaubnis gebeten, ihm Nachrichten über WhatsApp zu senden. Nachrichten, die Sie jetzt verfassen, werden gesendet, sobald der Kontakt zustimmt.',
    opt_in_reminder_sent: 'Dem Kontakt wurde eine Erinnerung an die Einwilligungsanfrage gesendet.',
    opt_in_reminder_available:
      'Der Kontakt hat seit 24 Stunden nicht auf die Einwilligungsanfrage geantwortet. Sie können ihm jetzt eine Erinnerung senden.',
    opt_in_granted:
      'Der Kontakt hat dem Empfang von WhatsApp-Nachrichten zugestimmt. Sie können ihm jetzt schreiben.',
    opt_in_declined:
      'Der Kontakt hat WhatsApp-Nachrichten abgelehnt. Das Senden von Nachrichten und Vorlagen ist deaktiviert. Der Kontakt kann jederzeit zustimmen, indem er mit JA antwortet.',
    opted_out:
      'Der Kontakt möchte keine WhatsApp-Nachrichten mehr erhalten. Das Senden bleibt deaktiviert, bis er erneut zustimmt.',
    opt_in_failed_will_retry:
      'Die Einwilligungsanfrage konnte nicht zugestellt werden. Wir senden sie am {retryAt} erneut und halten Sie auf dem Laufenden.',
    opt_in_retried: 'Die Einwilligungsanfrage wurde erneut an den Kontakt gesendet.',
    opt_in_failed_thread_closed:
      'Die Einwilligungsanfrage konnte auch beim zweiten Versuch nicht zugestellt werden. Diese Unterhaltung wurde daher geschlossen.',
    contact_not_on_whatsapp:
      'Dieser Kontakt nutzt WhatsApp nicht. Sie können ihm stattdessen eine SMS senden.',
    resume_requested:
      'Die Unterhaltung ist pausiert, da der Kontakt seit 24 Stunden nicht geschrieben hat. Wir haben ihn gebeten, sie fortzusetzen. Ihre Nachrichten werden zurückgehalten und zugestellt, sobald er das tut.',
    resume_failed: 'Die Anfrage zum Fortsetzen der Unterhaltung konnte dem Kontakt nicht zugestellt werden.',
    conversation_resumed: {
      count: 'delivered',
      one: 'Der Kontakt hat die Unterhaltung fortgesetzt. {delivered} zurückgehaltene Nachricht wurde zugestellt.',
      other:
        'Der Kontakt hat die Unterhaltung fortgesetzt. {delivered} zurückgehaltene Nachrichten wurden zugestellt.',
    },
    can_continue: 'Sie können die Unterhaltung mit dem Kontakt jetzt fortsetzen.',
    participant_added: '{by} hat {userId} zur Unterhaltung hinzugefügt.',
    participant_removed: '{by} hat {userId} aus der Unterhaltung entfernt.',
    participant_left: '{userId} hat die Unterhaltung verlassen.',
    conversation_transferred: '{from} hat die Unterhaltung an {to} übergeben.',
    contact_not_notified_participant_added:
      'Wir konnten den Kontakt nicht darüber informieren, dass {userId} der Unterhaltung beigetreten ist.',
    contact_not_notified_participant_removed:
      'Wir konnten den Kontakt nicht darüber informieren, dass {userId} aus der Unterhaltung entfernt wurde.',
    contact_not_notified_participant_left:
      'Wir konnten den Kontakt nicht darüber informieren, dass {userId} die Unterhaltung verlassen hat.',
    contact_not_notified_conversation_transferred:
      'Wir konnten den Kontakt nicht darüber informieren, dass die Unterhaltung an {userId} übergeben wurde.',
    conversation_restarted: 'Die Unterhaltung wurde neu gestartet.',
    thread_closed: 'Diese Unterhaltung ist geschlossen.',
    message_failed: 'Ihre Nachricht konnte nicht zugestellt werden. {reason}',
    sms_thread_started:
      'Eine SMS-Unterhaltung mit diesem Kontakt wurde eröffnet. Setzen Sie sie dort fort, um ihn per SMS zu erreichen.',
    sms_opted_out:
      'Der Kontakt hat mit {keyword} geantwortet und erhält keine SMS mehr von Ihnen. Das Senden von SMS bleibt deaktiviert, bis er mit START antwortet.',
    sms_opted_in: 'Der Kontakt hat mit {keyword} geantwortet und kann wieder SMS von Ihnen erhalten.',
  },
  errors: {
    consent_already_requested: 'Dieser Kontakt wurde bereits um seine Einwilligung gebeten.',
    consent_already_granted: 'Dieser Kontakt hat dem Empfang von WhatsApp-Nachrichten bereits zugestimmt.',
    consent_declined:
      'Dieser Kontakt hat WhatsApp-Nachrichten abgelehnt. Er kann zustimmen, indem er mit JA antwortet.',
    consent_not_requested: 'Dieser Kontakt wurde noch nicht um seine Einwilligung gebeten.',
    consent_pending: 'Der Kontakt hat noch nicht auf die Einwilligungsanfrage geantwortet.',
    contact_not_on_whatsapp: 'Dieser Kontakt ist über WhatsApp nicht erreichbar.',
    reminder_not_allowed:
      'Eine Erinnerung ist nur möglich, solange die Einwilligungsanfrage unbeantwortet ist.',
    reminder_too_early:
      'Für eine Erinnerung ist es noch zu früh. Bitte warten Sie 24 Stunden nach der letzten Anfrage.',
    thread_closed: 'Diese Unterhaltung ist geschlossen.',
    thread_not_closed: 'Nur eine geschlossene Unterhaltung kann neu gestartet werden.',
    open_thread_exists: 'Mit diesem Kontakt besteht bereits eine offene WhatsApp-Unterhaltung.',
    not_a_participant: 'Diese Person nimmt nicht an der Unterhaltung teil.',
    already_a_participant: 'Diese Person nimmt bereits an der Unterhaltung teil.',
    cannot_remove_self: 'Sie können sich nicht selbst entfernen. Verlassen Sie stattdessen die Unterhaltung.',
    cannot_transfer_to_self: 'Sie können die Unterhaltung nicht an sich selbst übergeben.',
    message_empty: 'Die Nachricht darf nicht leer sein.',
    message_too_long: 'Die Nachricht ist zu lang.',
    caption_too_long: 'Die Bildunterschrift ist zu lang.',
    template_unavailable: 'Diese Nachrichtenvorlage ist nicht verfügbar.',
    template_param_count: 'Die Anzahl der Werte passt nicht zur Vorlage.',
    media_type_not_allowed:
      'Dieses Bild kann nicht gesendet werden: WhatsApp akzeptiert nur JPEG- und PNG-Bilder.',
    media_too_large: 'Dieses Bild ist zu groß: WhatsApp akzeptiert Bilder bis 5 MB.',
    media_empty: 'Diese Datei ist leer.',
    sms_opted_out: 'Dieser Kontakt hat SMS abbestellt. Mit der Antwort START kann er sie wieder erhalten.',
    sms_unavailable:
      'SMS ist für diesen Kontakt nicht verfügbar: Dafür sind eine Telefonnummer und eine SMS-Nummer Ihrer Organisation nötig.',
    not_found: 'Das angeforderte Element wurde nicht gefunden.',
    thread_not_found: 'Diese Unterhaltung wurde nicht gefunden.',
    contact_not_found: 'Dieser Kontakt wurde nicht gefunden.',
    user_not_found: 'Dieser Benutzer wurde nicht gefunden.',
    whatsapp_not_enabled: 'WhatsApp-Nachrichten sind für Ihre Organisation nicht aktiviert.',
    whatsapp_licence_required: `Für diese Funktion benötigen Sie eine WhatsApp-Lizenz. ${contactAdmin}`,
    sender_number_missing: `Für den Versand ist keine WhatsApp-Business-Nummer eingerichtet. ${contactAdmin}`,
    invalid_request: 'Die Anfrage ist ungültig.',
    not_for_sms:
      'Das ist in einer SMS-Unterhaltung nicht möglich: SMS enthalten nur Text, ohne WhatsApp-Einwilligung, Vorlagen oder Bilder.',
    bad_request: 'Die Anfrage konnte nicht verarbeitet werden.',
    unauthorized:
      'Sie sind nicht angemeldet oder Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.',
    forbidden: 'Sie sind nicht berechtigt, diese Aktion auszuführen.',
    method_not_allowed: 'Diese Aktion wird nicht unterstützt.',
    not_acceptable: 'Das angeforderte Format ist nicht verfügbar.',
    request_timeout: 'Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es erneut.',
    payload_too_large:
      'Die Anfrage ist zu groß. Wenn Sie ein Bild senden, versuchen Sie es mit einem kleineren Bild.',
    unsupported_media_type: 'Dieser Inhaltstyp wird nicht unterstützt.',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'Der Dienst wird gestartet. Bitte versuchen Sie es gleich noch einmal.',
    shutting_down: 'Der Dienst wird neu gestartet. Bitte versuchen Sie es gleich noch einmal.',
    internal_error: 'Ein Fehler ist aufgetreten. Bitte versuchen Sie es später erneut.',
  },
  errorDetails: {
    reminder_too_early: 'Für eine Erinnerung ist es noch zu früh. Sie können sie ab {availableAt} senden.',
    message_too_long: 'Die Nachricht ist zu lang. Erlaubt sind höchstens {max} Zeichen.',
    caption_too_long: 'Die Bildunterschrift ist zu lang. Erlaubt sind höchstens {max} Zeichen.',
    template_param_count:
      'Die Anzahl der Werte passt nicht zur Vorlage (erwartet: {expected}, erhalten: {got}).',
    invalid_request: 'Das Feld „{field}“ fehlt oder ist ungültig.',
    rate_limited: {
      count: 'retryAfterSeconds',
      one: 'Zu viele Anfragen. Bitte versuchen Sie es in {retryAfterSeconds} Sekunde erneut.',
      other: 'Zu viele Anfragen. Bitte versuchen Sie es in {retryAfterSeconds} Sekunden erneut.',
    },
  },
  failureReasons: {
    cannot_receive: 'Der Kontakt kann keine WhatsApp-Nachrichten empfangen.',
    window_closed: 'Seit der letzten Nachricht des Kontakts sind mehr als 24 Stunden vergangen.',
    held_for_experience:
      'WhatsApp hat die Nachricht zurückgehalten, um das Nutzungserlebnis des Kontakts zu schützen. Bitte versuchen Sie es später erneut.',
    pair_rate_limit: 'An diesen Kontakt wurden in kurzer Zeit zu viele Nachrichten gesendet.',
    throughput_limit: 'Das Sendelimit ist erreicht. Bitte versuchen Sie es in Kürze erneut.',
    spam_limited: 'Der Versand ist eingeschränkt, weil Empfänger Nachrichten als Spam gemeldet haben.',
    template_params_mismatch: 'Die Werte passen nicht zu dem, was die Vorlage erwartet.',
    template_missing_language: 'Diese Vorlage ist in der gewünschten Sprache nicht vorhanden.',
    media_failed: 'Das Bild konnte nicht verarbeitet werden.',
    account_maintenance: 'Das Unternehmenskonto wird gerade gewartet.',
    connection_needs_admin: 'Die WhatsApp-Verbindung muss von Ihrer IT-Administration geprüft werden.',
    whatsapp_unreachable:
      'WhatsApp war nach mehreren Versuchen nicht erreichbar. Bitte versuchen Sie es später erneut.',
    refused_before_sending:
      'Die Nachricht kann in dieser Form nicht gesendet werden. Bitte ändern Sie sie und versuchen Sie es erneut.',
    unknown: 'WhatsApp konnte die Nachricht nicht zustellen (Code {code}).',
  },
  templatePurposes: {
    opt_in: 'die Einwilligungsanfrage (Opt-in)',
    opt_in_reminder: 'die Erinnerung an die Einwilligungsanfrage',
    resume: 'die Bitte, eine pausierte Unterhaltung fortzusetzen',
    participant_added: 'die Mitteilung, dass jemand der Unterhaltung beigetreten ist',
    participant_removed: 'die Mitteilung, dass jemand aus der Unterhaltung entfernt wurde',
    participant_left: 'die Mitteilung, dass jemand die Unterhaltung verlassen hat',
    conversation_transferred: 'die Mitteilung, dass eine Unterhaltung übergeben wurde',
  },
  templateCategories: { MARKETING: 'Marketing', UTILITY: 'Utility', AUTHENTICATION: 'Authentifizierung' },
  templateProblems: {
    missing: 'Dafür gibt es keine genehmigte Vorlage.',
    paused: 'Meta hat die Vorlage {template} pausiert.',
    disabled: 'Meta hat die Vorlage {template} deaktiviert.',
    rejected: 'Meta hat die Vorlage {template} abgelehnt.',
    pending: 'Die Vorlage {template} wird noch von Meta geprüft.',
    deleted: 'Die Vorlage {template} wurde gelöscht.',
    other_status: 'Meta lässt die Vorlage {template} derzeit nicht zu (Status: {status}).',
    not_approved: 'Meta lässt die Vorlage {template} nicht mehr zu.',
    not_approved_unnamed: 'Die Vorlage dafür ist von Meta nicht mehr genehmigt.',
    not_utility:
      'Meta hat die Vorlage {template} in die Kategorie {category} verschoben, der Connector darf dafür aber nur eine Utility-Vorlage verwenden.',
    not_utility_no_category:
      'Meta hat die Vorlage {template} aus der Kategorie Utility genommen, die der Connector dafür braucht.',
    not_utility_unnamed:
      'Meta hat die Vorlage dafür aus der Kategorie Utility genommen, die der Connector braucht.',
    unknown: 'Die Vorlage dafür kann nicht mehr verwendet werden.',
  },
  adminAlerts: {
    unusable:
      'Der Connector kann Folgendes nicht mehr über WhatsApp senden: {purpose}. {problem} {consequence} {action}',
    unusableUnknownPurpose:
      'Eine der WhatsApp-Vorlagen des Connectors kann nicht mehr verwendet werden. {problem} {consequence} {action}',
    restored:
      'Der Connector kann Folgendes wieder über WhatsApp senden: {purpose}. Die Vorlage dafür ist wieder nutzbar, Sie müssen nichts unternehmen.',
    restoredUnknownPurpose:
      'Eine der WhatsApp-Vorlagen des Connectors ist wieder nutzbar. Sie müssen nichts unternehmen.',
    consequences: {
      opt_in:
        'Solange das nicht behoben ist, kann Ihr Team Kontakte nicht um die Erlaubnis bitten, ihnen zu schreiben.',
      opt_in_reminder:
        'Solange das nicht behoben ist, kann Ihr Team Kontakte nicht an eine unbeantwortete Einwilligungsanfrage erinnern.',
      resume:
        'Solange das nicht behoben ist, lassen sich pausierte Unterhaltungen nicht fortsetzen, und Nachrichten an diese Kontakte bleiben zurückgehalten.',
      participant_added:
        'Solange das nicht behoben ist, erfahren Kontakte nicht, wenn jemand ihrer Unterhaltung beitritt.',
      participant_removed:
        'Solange das nicht behoben ist, erfahren Kontakte nicht, wenn jemand aus ihrer Unterhaltung entfernt wird.',
      participant_left:
        'Solange das nicht behoben ist, erfahren Kontakte nicht, wenn jemand ihre Unterhaltung verlässt.',
      conversation_transferred:
        'Solange das nicht behoben ist, erfahren Kontakte nicht, wenn ihre Unterhaltung an jemand anderen übergeben wird.',
      other: 'Solange das nicht behoben ist, können Nachrichten, die davon abhängen, nicht gesendet werden.',
    },
    actions: {
      missing:
        'Legen Sie im WhatsApp Manager eine Utility-Vorlage an, lassen Sie sie von Meta genehmigen und ordnen Sie sie in den Einstellungen des Connectors diesem Zweck zu.',
      not_approved:
        'Prüfen Sie die Vorlage im WhatsApp Manager und lassen Sie sie erneut genehmigen, oder ordnen Sie diesem Zweck in den Einstellungen des Connectors eine andere genehmigte Utility-Vorlage zu.',
      not_utility:
        'Beantragen Sie im WhatsApp Manager eine Überprüfung der Kategorie durch Meta, oder ordnen Sie diesem Zweck in den Einstellungen des Connectors eine andere genehmigte Utility-Vorlage zu.',
      other: 'Prüfen Sie die Vorlagen des Connectors im WhatsApp Manager.',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'Dieses Bild wurde nicht gespeichert: Es wurde bei der Übertragung beschädigt. Bitten Sie den Kontakt, es noch einmal zu senden.',
    too_large: 'Dieses Bild wurde nicht gespeichert: Es ist größer als 5 MB.',
    type_not_allowed:
      'Diese Datei wurde nicht gespeichert: Nur Bilder im Format JPEG, PNG oder WebP werden angenommen.',
    expired:
      'Dieses Bild ist bei WhatsApp nicht mehr verfügbar und konnte daher nicht gespeichert werden. Bitten Sie den Kontakt, es noch einmal zu senden.',
    not_found:
      'WhatsApp hat dieses Bild nicht gefunden, daher konnte es nicht gespeichert werden. Bitten Sie den Kontakt, es noch einmal zu senden.',
    download_failed:
      'Das Bild konnte nicht von WhatsApp heruntergeladen werden. Bitten Sie den Kontakt, es noch einmal zu senden.',
    other: 'Dieses Bild konnte nicht gespeichert werden. Bitten Sie den Kontakt, es noch einmal zu senden.',
  },
};
