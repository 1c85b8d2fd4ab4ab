import type { LocaleCatalog } from './types.js';

// French typography: a no-break space (\u00a0) before “:” and inside « ».
const busy = 'Trop de requêtes. Veuillez patienter un instant, puis réessayer.';
const unavailable = 'Le service est temporairement indisponible. Veuillez réessayer dans quelques instants.';
const contactAdmin = 'Veuillez contacter votre administrateur.';

export const fr: LocaleCatalog = {
  someone: 'Un membre de l’équipe',
  notices: {
    opt_in_requested:
      '{by} a demandé au contact l’autorisation de lui envoyer des messages WhatsApp. Les messages que vous rédigez maintenant seront envoyés dès qu’il aura accepté.',
    opt_in_reminder_sent: 'Un rappel de la demande d’autorisation a été envoyé au contact.',
    opt_in_reminder_available:
      'Le contact n’a pas répondu à la demande d’autorisation depuis 24 heures. Vous pouvez maintenant lui envoyer un rappel.',
    opt_in_granted:
      'Le contact a accepté de recevoir des messages WhatsApp. Vous pouvez désormais lui écrire.',
    opt_in_declined:
      'Le contact a refusé les messages WhatsApp. L’envoi de messages et de modèles est désactivé. Le contact peut donner son accord à tout moment en répondant OUI.',
    opted_out:
      'Le contact a demandé à ne plus recevoir de messages WhatsApp. L’envoi reste désactivé, sauf s’il donne à nouveau son accord.',
    opt_in_failed_will_retry:
      'La demande d’autorisation n’a pas pu être remise. Nous la renverrons le {retryAt} et vous informerons du résultat.',
    opt_in_retried: 'La demande d’autorisation a été renvoyée au contact.',
    opt_in_failed_thread_closed:
      'La demande d’autorisation n’a pas pu être remise une seconde fois. Cette conversation a donc été fermée.',
    contact_not_on_whatsapp: 'Ce contact n’utilise pas WhatsApp. Vous pouvez lui envoyer un SMS à la place.',
    resume_requested:
      'La conversation est en pause, car le contact n’a pas écrit depuis 24 heures. Nous lui avons demandé de la reprendre. Vos messages sont mis en attente et lui seront remis dès qu’il l’aura fait.',
    resume_failed: 'La demande de reprise de la conversation n’a pas pu être remise au contact.',
    conversation_resumed: {
      count: 'delivered',
      one: 'Le contact a repris la conversation. {delivered} message en attente a été remis.',
      many: 'Le contact a repris la conversation. {delivered} de messages en attente ont été remis.',
      other: 'Le contact a repris la conversation. {delivered} messages en attente ont été remis.',
    },
    can_continue: 'Vous pouvez maintenant poursuivre la conversation avec le contact.',
    participant_added: '{by} a ajouté {userId} à la conversation.',
    participant_removed: '{by} a retiré {userId} de la conversation.',
    participant_left: '{userId} a quitté la conversation.',
    conversation_transferred: '{from} a transféré la conversation à {to}.',
    contact_not_notified_participant_added:
      'Nous n’avons pas pu informer le contact que {userId} a rejoint la conversation.',
    contact_not_notified_participant_removed:
      'Nous n’avons pas pu informer le contact du retrait de {userId} de la conversation.',
    contact_not_notified_participant_left:
      'Nous n’avons pas pu informer le contact que {userId} a quitté la conversation.',
    contact_not_notified_conversation_transferred:
      'Nous n’avons pas pu informer le contact que la conversation a été transférée à {userId}.',
    conversation_restarted: 'La conversation a été relancée.',
    thread_closed: 'Cette conversation est fermée.',
    message_failed: 'Votre message n’a pas pu être remis. {reason}',
    sms_thread_started:
      'Une conversation par SMS avec ce contact a été ouverte. Poursuivez-la pour le joindre par SMS.',
    sms_opted_out:
      'Le contact a répondu {keyword} et ne reçoit plus vos SMS. L’envoi de SMS reste désactivé jusqu’à ce qu’il réponde START.',
    sms_opted_in: 'Le contact a répondu {keyword} et peut de nouveau recevoir vos SMS.',
  },
  errors: {
    consent_already_requested: 'L’autorisation a déjà été demandée à ce contact.',
    consent_already_granted: 'Ce contact a déjà accepté de recevoir des messages WhatsApp.',
    consent_declined:
      'Ce contact a refusé les messages WhatsApp. Il peut donner son accord en répondant OUI.',
    consent_not_requested: 'L’autorisation n’a pas encore été demandée à ce contact.',
    consent_pending: 'Le contact n’a pas encore répondu à la demande d’autorisation.',
    contact_not_on_whatsapp: 'Ce contact n’est pas joignable sur WhatsApp.',
    reminder_not_allowed:
      'Un rappel ne peut être envoyé que tant que la demande d’autorisation attend une réponse.',
    reminder_too_early:
      'Il est trop tôt pour envoyer un rappel. Veuillez attendre 24 heures après la dernière demande.',
    thread_closed: 'Cette conversation est fermée.',
    thread_not_closed: 'Seule une conversation fermée peut être relancée.',
    open_thread_exists: 'Une conversation WhatsApp est déjà ouverte avec ce contact.',
    not_a_participant: 'Cette personne ne fait pas partie de la conversation.',
    already_a_participant: 'Cette personne fait déjà partie de la conversation.',
    cannot_remove_self: 'Vous ne pouvez pas vous retirer vous-même. Quittez plutôt la conversation.',
    cannot_transfer_to_self: 'Vous ne pouvez pas transférer la conversation à vous-même.',
    message_empty: 'Le message ne peut pas être vide.',
    message_too_long: 'Le message est trop long.',
    caption_too_long: 'La légende de l’image est trop longue.',
    template_unavailable: 'Ce modèle de message n’est pas disponible.',
    template_param_count: 'Le nombre de valeurs ne correspond pas au modèle.',
    media_type_not_allowed:
      'Impossible d’envoyer cette image\u00a0: WhatsApp n’accepte que les images JPEG et PNG.',
    media_too_large: 'Cette image est trop volumineuse\u00a0: WhatsApp accepte les images jusqu’à 5\u00a0Mo.',
    media_empty: 'Ce fichier est vide.',
    sms_opted_out: 'Ce contact s’est désabonné des SMS. Il peut se réabonner en répondant START.',
    sms_unavailable:
      'Les SMS ne sont pas disponibles pour ce contact : il faut un numéro de téléphone et un numéro SMS pour votre organisation.',
    not_found: 'L’élément demandé est introuvable.',
    thread_not_found: 'Cette conversation est introuvable.',
    contact_not_found: 'Ce contact est introuvable.',
    user_not_found: 'Cet utilisateur est introuvable.',
    whatsapp_not_enabled: 'La messagerie WhatsApp n’est pas activée pour votre organisation.',
    whatsapp_licence_required: `Une licence WhatsApp est nécessaire pour utiliser cette fonctionnalité. ${contactAdmin}`,
    sender_number_missing: `Aucun numéro WhatsApp Business n’est configuré pour l’envoi. ${contactAdmin}`,
    invalid_request: 'La requête n’est pas valide.',
    not_for_sms:
      'Ce n’est pas possible dans une conversation SMS : un SMS ne contient que du texte, sans consentement WhatsApp, modèle ni image.',
    bad_request: 'La requête n’a pas pu être comprise.',
    unauthorized: 'Votre session a expiré ou n’est pas ouverte. Veuillez vous reconnecter.',
    forbidden: 'Vous n’avez pas l’autorisation d’effectuer cette action.',
    method_not_allowed: 'Cette action n’est pas prise en charge.',
    not_acceptable: 'Le format demandé n’est pas disponible.',
    request_timeout: 'La requête a pris trop de temps. Veuillez réessayer.',
    payload_too_large:
      'La requête est trop volumineuse. Si vous envoyez une image, essayez avec une image plus légère.',
    unsupported_media_type: 'Ce type de contenu n’est pas pris en charge.',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'Le service démarre. Veuillez réessayer dans un instant.',
    shutting_down: 'Le service redémarre. Veuillez réessayer dans un instant.',
    internal_error: 'Une erreur s’est produite. Veuillez réessayer plus tard.',
  },
  errorDetails: {
    reminder_too_early:
      'Il est trop tôt pour envoyer un rappel. Vous pourrez le faire à partir du {availableAt}.',
    message_too_long: 'Le message est trop long. Il ne doit pas dépasser {max} caractères.',
    caption_too_long: 'La légende de l’image est trop longue. Elle ne doit pas dépasser {max} caractères.',
    template_param_count:
      'Le nombre de valeurs ne correspond pas au modèle (attendu\u00a0: {expected}, reçu\u00a0: {got}).',
    invalid_request: 'Le champ «\u00a0{field}\u00a0» est manquant ou n’est pas valide.',
    rate_limited: {
      count: 'retryAfterSeconds',
      one: 'Trop de requêtes. Veuillez réessayer dans {retryAfterSeconds} seconde.',
      many: 'Trop de requêtes. Veuillez réessayer dans {retryAfterSeconds} de secondes.',
      other: 'Trop de requêtes. Veuillez réessayer dans {retryAfterSeconds} secondes.',
    },
  },
  failureReasons: {
    cannot_receive: 'Le contact ne peut pas recevoir de messages WhatsApp.',
    window_closed: 'Plus de 24 heures se sont écoulées depuis le dernier message du contact.',
    held_for_experience:
      'WhatsApp a retenu le message pour préserver l’expérience du contact. Veuillez réessayer plus tard.',
    pair_rate_limit: 'Trop de messages ont été envoyés à ce contact en peu de temps.',
    throughput_limit: 'La limite d’envoi est atteinte. Veuillez réessayer dans quelques instants.',
    spam_limited: 'L’envoi est limité, car des destinataires ont signalé des messages comme indésirables.',
    template_params_mismatch: 'Les valeurs ne correspondent pas à celles attendues par le modèle.',
    template_missing_language: 'Ce modèle n’existe pas dans la langue demandée.',
    media_failed: 'L’image n’a pas pu être traitée.',
    account_maintenance: 'Le compte professionnel est en maintenance.',
    connection_needs_admin: 'La connexion WhatsApp nécessite l’intervention de votre administrateur.',
    whatsapp_unreachable:
      'Nous n’avons pas pu joindre WhatsApp après plusieurs tentatives. Veuillez réessayer plus tard.',
    refused_before_sending:
      'Le message ne peut pas être envoyé sous cette forme. Veuillez le modifier et réessayer.',
    unknown: 'WhatsApp n’a pas pu remettre le message (code {code}).',
  },
  templatePurposes: {
    opt_in: 'la demande d’autorisation (opt-in)',
    opt_in_reminder: 'le rappel de la demande d’autorisation',
    resume: 'la demande de reprise d’une conversation en pause',
    participant_added: 'l’avis indiquant qu’une personne a rejoint la conversation',
    participant_removed: 'l’avis indiquant qu’une personne a été retirée de la conversation',
    participant_left: 'l’avis indiquant qu’une personne a quitté la conversation',
    conversation_transferred: 'l’avis indiquant qu’une conversation a été transférée',
  },
  templateCategories: { MARKETING: 'Marketing', UTILITY: 'Utilitaire', AUTHENTICATION: 'Authentification' },
  templateProblems: {
    missing: 'Le connecteur ne dispose d’aucun modèle approuvé pour cet envoi.',
    paused: 'Meta a mis en pause le modèle {template}.',
    disabled: 'Meta a désactivé le modèle {template}.',
    rejected: 'Meta a refusé le modèle {template}.',
    pending: 'Le modèle {template} attend la validation de Meta.',
    deleted: 'Le modèle {template} a été supprimé.',
    other_status:
      'Meta ne permet pas d’utiliser le modèle {template} pour le moment (statut\u00a0: {status}).',
    not_approved: 'Meta ne permet plus d’utiliser le modèle {template}.',
    not_approved_unnamed: 'Le modèle utilisé n’est plus approuvé par Meta.',
    not_utility:
      'Meta a classé le modèle {template} dans la catégorie {category}, or le connecteur ne peut faire cet envoi qu’avec un modèle Utilitaire.',
    not_utility_no_category:
      'Meta a retiré le modèle {template} de la catégorie Utilitaire, dont le connecteur a besoin pour cet envoi.',
    not_utility_unnamed:
      'Meta a retiré le modèle utilisé de la catégorie Utilitaire, dont le connecteur a besoin pour cet envoi.',
    unknown: 'Le modèle utilisé ne peut plus servir.',
  },
  adminAlerts: {
    unusable: 'Le connecteur ne peut plus envoyer sur WhatsApp {purpose}. {problem} {consequence} {action}',
    unusableUnknownPurpose:
      'L’un des modèles WhatsApp du connecteur n’est plus utilisable. {problem} {consequence} {action}',
    restored:
      'Le connecteur peut de nouveau envoyer sur WhatsApp {purpose}. Son modèle est à nouveau utilisable, aucune action n’est donc nécessaire.',
    restoredUnknownPurpose:
      'L’un des modèles WhatsApp du connecteur est de nouveau utilisable. Aucune action n’est nécessaire.',
    consequences: {
      opt_in: 'En attendant, votre équipe ne peut pas demander aux contacts l’autorisation de leur écrire.',
      opt_in_reminder:
        'En attendant, votre équipe ne peut pas relancer les contacts qui n’ont pas répondu à la demande d’autorisation.',
      resume:
        'En attendant, les conversations en pause ne peuvent pas reprendre et les messages destinés à ces contacts restent en attente.',
      participant_added:
        'En attendant, les contacts ne sont pas prévenus lorsqu’une personne rejoint leur conversation.',
      participant_removed:
        'En attendant, les contacts ne sont pas prévenus lorsqu’une personne est retirée de leur conversation.',
      participant_left:
        'En attendant, les contacts ne sont pas prévenus lorsqu’une personne quitte leur conversation.',
      conversation_transferred:
        'En attendant, les contacts ne sont pas prévenus lorsque leur conversation est confiée à quelqu’un d’autre.',
      other: 'En attendant, les messages qui en dépendent ne peuvent pas être envoyés.',
    },
    actions: {
      missing:
        'Créez un modèle Utilitaire dans WhatsApp Manager, faites-le approuver par Meta, puis associez-le à cet envoi dans les paramètres du connecteur.',
      not_approved:
        'Vérifiez le modèle dans WhatsApp Manager et faites-le approuver à nouveau, ou associez à cet envoi un autre modèle Utilitaire approuvé dans les paramètres du connecteur.',
      not_utility:
        'Demandez à Meta de revoir la catégorie depuis WhatsApp Manager, ou associez à cet envoi un autre modèle Utilitaire approuvé dans les paramètres du connecteur.',
      other: 'Vérifiez les modèles du connecteur dans WhatsApp Manager.',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'Cette image n’a pas été conservée\u00a0: elle a été endommagée pendant le transfert. Demandez au contact de la renvoyer.',
    too_large: 'Cette image n’a pas été conservée\u00a0: elle dépasse 5\u00a0Mo.',
    type_not_allowed:
      'Ce fichier n’a pas été conservé\u00a0: seules les images JPEG, PNG et WebP sont acceptées.',
    expired:
      'Cette image n’est plus disponible sur WhatsApp et n’a donc pas pu être conservée. Demandez au contact de la renvoyer.',
    not_found:
      'WhatsApp n’a pas trouvé cette image, qui n’a donc pas pu être conservée. Demandez au contact de la renvoyer.',
    download_failed:
      'L’image n’a pas pu être téléchargée depuis WhatsApp. Demandez au contact de la renvoyer.',
    other: 'Cette image n’a pas pu être conservée. Demandez au contact de la renvoyer.',
  },
};
