import type { LocaleCatalog } from './types.js';

const busy = 'Too many requests. Please wait a moment and try again.';
const unavailable = 'The service is temporarily unavailable. Please try again shortly.';

export const en: LocaleCatalog = {
  someone: 'A team member',
  notices: {
    opt_in_requested:
      '{by} asked the contact for permission to message them on WhatsApp. Messages you write now will be sent once they accept.',
    opt_in_reminder_sent: 'A reminder about the permission request was sent to the contact.',
    opt_in_reminder_available:
      'No answer to the permission request after 24 hours. You can now send the contact a reminder.',
    opt_in_granted: 'The contact agreed to receive WhatsApp messages. You can now message them.',
    opt_in_declined:
      'The contact declined WhatsApp messages. Sending messages and templates is disabled. The contact can still opt in at any time by replying YES.',
    opted_out:
      'The contact asked to stop receiving WhatsApp messages. Sending stays disabled unless they opt in again.',
    opt_in_failed_will_retry:
      'The permission request could not be delivered. We will send it again on {retryAt} and let you know how it goes.',
    opt_in_retried: 'The permission request was sent to the contact again.',
    opt_in_failed_thread_closed:
      'The permission request could not be delivered a second time, so this conversation has been closed.',
    contact_not_on_whatsapp: 'This contact does not use WhatsApp. You can send them an SMS instead.',
    resume_requested:
      'This conversation is paused because the contact has not written in the last 24 hours. We asked them to resume it. Your messages are on hold and will be delivered as soon as they do.',
    resume_failed: 'The request to resume the conversation could not be delivered to the contact.',
    conversation_resumed: {
      count: 'delivered',
      one: 'The contact resumed the conversation. {delivered} held message was delivered.',
      other: 'The contact resumed the conversation. {delivered} held messages were delivered.',
    },
    can_continue: 'You can now continue the conversation with the contact.',
    participant_added: '{by} added {userId} to the conversation.',
    participant_removed: '{by} removed {userId} from the conversation.',
    participant_left: '{userId} left the conversation.',
    conversation_transferred: '{from} handed the conversation over to {to}.',
    contact_not_notified_participant_added:
      'We could not let the contact know that {userId} joined the conversation.',
    contact_not_notified_participant_removed:
      'We could not let the contact know that {userId} was removed from the conversation.',
    contact_not_notified_participant_left:
      'We could not let the contact know that {userId} left the conversation.',
    contact_not_notified_conversation_transferred:
      'We could not let the contact know that the conversation was handed over to {userId}.',
    conversation_restarted: 'The conversation was restarted.',
    thread_closed: 'This conversation is closed.',
    message_failed: 'Your message could not be delivered. {reason}',
    sms_thread_started:
      'An SMS conversation with this contact was opened. Continue there to reach them by text message.',
    sms_opted_out:
      'The contact replied {keyword} and no longer receives SMS from you. Sending SMS stays disabled until they reply START.',
    sms_opted_in: 'The contact replied {keyword} and can receive SMS from you again.',
  },
  errors: {
    consent_already_requested: 'Permission has already been requested from this contact.',
    consent_already_granted: 'This contact has already agreed to receive WhatsApp messages.',
    consent_declined: 'This contact declined WhatsApp messages. They can opt in by replying YES.',
    consent_not_requested: 'Permission has not been requested from this contact yet.',
    consent_pending: 'The contact has not answered the permission request yet.',
    contact_not_on_whatsapp: 'This contact cannot be reached on WhatsApp.',
    reminder_not_allowed: 'A reminder can only be sent while the permission request is awaiting an answer.',
    reminder_too_early: 'It is too early to send a reminder. Please wait 24 hours after the last request.',
    thread_closed: 'This conversation is closed.',
    thread_not_closed: 'Only a closed conversation can be restarted.',
    open_thread_exists: 'An open WhatsApp conversation with this contact already exists.',
    not_a_participant: 'This person is not part of the conversation.',
    already_a_participant: 'This person is already part of the conversation.',
    cannot_remove_self: 'You cannot remove yourself. Leave the conversation instead.',
    cannot_transfer_to_self: 'You cannot hand the conversation over to yourself.',
    message_empty: 'The message cannot be empty.',
    message_too_long: 'The message is too long.',
    caption_too_long: 'The picture caption is too long.',
    template_unavailable: 'This message template is not available.',
    template_param_count: 'The number of values does not match the template.',
    media_type_not_allowed: 'This picture cannot be sent: WhatsApp accepts only JPEG and PNG images.',
    media_too_large: 'This picture is too large: WhatsApp accepts images up to 5 MB.',
    media_empty: 'This file is empty.',
    sms_opted_out: 'This contact opted out of SMS. They can opt in again by replying START.',
    sms_unavailable:
      'SMS is not available for this contact: it needs a phone number and an SMS number for your organization.',
    not_found: 'The requested item could not be found.',
    thread_not_found: 'This conversation could not be found.',
    contact_not_found: 'This contact could not be found.',
    user_not_found: 'This user could not be found.',
    whatsapp_not_enabled: 'WhatsApp messaging is not enabled for your organization.',
    whatsapp_licence_required:
      'You need a WhatsApp license to use this feature. Please contact your administrator.',
    sender_number_missing:
      'No WhatsApp Business number is set up for sending. Please contact your administrator.',
    invalid_request: 'The request is not valid.',
    not_for_sms:
      'This is not available in an SMS conversation: SMS carries text only, without WhatsApp opt-in, templates or pictures.',
    bad_request: 'The request could not be understood.',
    unauthorized: 'You are not signed in, or your session has expired. Please sign in again.',
    forbidden: 'You do not have permission to do this.',
    method_not_allowed: 'This action is not supported.',
    not_acceptable: 'The requested format is not available.',
    request_timeout: 'The request took too long. Please try again.',
    payload_too_large: 'The request is too large. If you are sending a picture, try a smaller one.',
    unsupported_media_type: 'This type of content is not supported.',
    rate_limited: busy,
    too_many_requests: busy,
    database_unavailable: unavailable,
    service_unavailable: unavailable,
    starting: 'The service is starting. Please try again in a moment.',
    shutting_down: 'The service is restarting. Please try again in a moment.',
    internal_error: 'Something went wrong. Please try again later.',
  },
  errorDetails: {
    reminder_too_early: 'It is too early to send a reminder. You can send one from {availableAt}.',
    message_too_long: 'The message is too long. The limit is {max} characters.',
    caption_too_long: 'The picture caption is too long. The limit is {max} characters.',
    template_param_count:
      'The number of values does not match the template (expected: {expected}, given: {got}).',
    invalid_request: 'The field “{field}” is missing or not valid.',
    rate_limited: {
      count: 'retryAfterSeconds',
      one: 'Too many requests. Please try again in {retryAfterSeconds} second.',
      other: 'Too many requests. Please try again in {retryAfterSeconds} seconds.',
    },
  },
  failureReasons: {
    cannot_receive: 'The contact cannot receive WhatsApp messages.',
    window_closed: 'More than 24 hours have passed since the contact’s last message.',
    held_for_experience:
      'WhatsApp held the message back to protect the contact’s experience. Please try again later.',
    pair_rate_limit: 'Too many messages were sent to this contact in a short time.',
    throughput_limit: 'The sending limit has been reached. Please try again shortly.',
    spam_limited: 'Sending is limited because recipients reported messages as spam.',
    template_params_mismatch: 'The values do not match what the template expects.',
    template_missing_language: 'This template does not exist in the requested language.',
    media_failed: 'The picture could not be processed.',
    account_maintenance: 'The business account is under maintenance.',
    connection_needs_admin: 'The WhatsApp connection needs attention from your administrator.',
    whatsapp_unreachable: 'We could not reach WhatsApp after several attempts. Please try again later.',
    refused_before_sending: 'The message could not be sent in this form. Please change it and try again.',
    unknown: 'WhatsApp could not deliver the message (code {code}).',
  },
  templatePurposes: {
    opt_in: 'the opt-in request',
    opt_in_reminder: 'the opt-in reminder',
    resume: 'the request to resume a paused conversation',
    participant_added: 'the notice that someone joined the conversation',
    participant_removed: 'the notice that someone was removed from the conversation',
    participant_left: 'the notice that someone left the conversation',
    conversation_transferred: 'the notice that a conversation was handed over',
  },
  templateCategories: { MARKETING: 'Marketing', UTILITY: 'Utility', AUTHENTICATION: 'Authentication' },
  templateProblems: {
    missing: 'The connector has no approved template for it.',
    paused: 'Meta has paused the template {template}.',
    disabled: 'Meta has disabled the template {template}.',
    rejected: 'Meta has rejected the template {template}.',
    pending: 'The template {template} is waiting for Meta’s review.',
    deleted: 'The template {template} has been deleted.',
    other_status: 'Meta does not allow the template {template} to be used at the moment (status: {status}).',
    not_approved: 'Meta no longer allows the template {template} to be used.',
    not_approved_unnamed: 'Its template is no longer approved by Meta.',
    not_utility:
      'Meta moved the template {template} to the {category} category, and the connector can only send this with a Utility template.',
    not_utility_no_category:
      'Meta moved the template {template} out of the Utility category, which the connector needs for this.',
    not_utility_unnamed:
      'Meta moved its template out of the Utility category, which the connector needs for this.',
    unknown: 'Its template can no longer be used.',
  },
  adminAlerts: {
    unusable: 'The connector can no longer use WhatsApp to send {purpose}. {problem} {consequence} {action}',
    unusableUnknownPurpose:
      'One of the connector’s WhatsApp templates can no longer be used. {problem} {consequence} {action}',
    restored:
      'The connector can once more use WhatsApp to send {purpose}. Its template can be used again, so no action is needed.',
    restoredUnknownPurpose:
      'One of the connector’s WhatsApp templates can be used again. No action is needed.',
    consequences: {
      opt_in: 'Until this is fixed, your team cannot ask contacts for permission to message them.',
      opt_in_reminder:
        'Until this is fixed, your team cannot remind contacts of a permission request they have not answered.',
      resume:
        'Until this is fixed, paused conversations cannot be resumed, and messages to those contacts stay on hold.',
      participant_added: 'Until this is fixed, contacts are not told when someone joins their conversation.',
      participant_removed:
        'Until this is fixed, contacts are not told when someone is removed from their conversation.',
      participant_left: 'Until this is fixed, contacts are not told when someone leaves their conversation.',
      conversation_transferred:
        'Until this is fixed, contacts are not told when their conversation is handed over to someone else.',
      other: 'Until this is fixed, the messages that rely on it cannot be sent.',
    },
    actions: {
      missing:
        'Create a Utility template for it in WhatsApp Manager, have Meta approve it, and assign it to this request in the connector’s settings.',
      not_approved:
        'Check the template in WhatsApp Manager and have it approved again, or assign another approved Utility template to this request in the connector’s settings.',
      not_utility:
        'Ask Meta to review the category in WhatsApp Manager, or assign another approved Utility template to this request in the connector’s settings.',
      other: 'Check the connector’s templates in WhatsApp Manager.',
    },
  },
  mediaUnavailable: {
    checksum_mismatch:
      'This picture was not kept: it was damaged in transfer. Ask the contact to send it again.',
    too_large: 'This picture was not kept: it is larger than 5 MB.',
    type_not_allowed: 'This file was not kept: only JPEG, PNG and WebP pictures are accepted.',
    expired:
      'This picture is no longer available on WhatsApp, so it could not be kept. Ask the contact to send it again.',
    not_found:
      'WhatsApp could not find this picture, so it could not be kept. Ask the contact to send it again.',
    download_failed: 'The picture could not be downloaded from WhatsApp. Ask the contact to send it again.',
    other: 'This picture could not be kept. Ask the contact to send it again.',
  },
};
