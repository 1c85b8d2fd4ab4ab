/** The templates a tenant must have approved for the connector's own requests (as Meta stores them). */
export const CONNECTOR_TEMPLATES = [
  {
    name: 'mlm_opt_in_request',
    purpose: 'opt_in',
    components: [
      { type: 'BODY', text: 'Hello! {{1}} would like to message you here on WhatsApp. May we?' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'QUICK_REPLY', text: 'No' },
        ],
      },
    ],
  },
  {
    name: 'mlm_opt_in_reminder',
    purpose: 'opt_in_reminder',
    components: [
      { type: 'BODY', text: 'A reminder: {{1}} would still like to message you here. May we?' },
      {
        type: 'BUTTONS',
        buttons: [
          { type: 'QUICK_REPLY', text: 'Yes' },
          { type: 'QUICK_REPLY', text: 'No' },
        ],
      },
    ],
  },
  {
    name: 'mlm_resume_conversation',
    purpose: 'resume',
    components: [
      { type: 'BODY', text: 'We have a message for you. Tap below to continue the conversation.' },
      { type: 'BUTTONS', buttons: [{ type: 'QUICK_REPLY', text: 'Resume conversation' }] },
    ],
  },
  {
    name: 'mlm_participant_added',
    purpose: 'participant_added',
    components: [{ type: 'BODY', text: '{{1}} joined the conversation.' }],
  },
  {
    name: 'mlm_participant_removed',
    purpose: 'participant_removed',
    components: [{ type: 'BODY', text: '{{1}} was removed from the conversation.' }],
  },
  {
    name: 'mlm_participant_left',
    purpose: 'participant_left',
    components: [{ type: 'BODY', text: '{{1}} left the conversation.' }],
  },
  {
    name: 'mlm_conversation_transferred',
    purpose: 'conversation_transferred',
    components: [{ type: 'BODY', text: 'Your conversation is now with {{1}}.' }],
  },
] as const;

/** A business template of the tenant's own, with two parameters. */
export const APPOINTMENT_TEMPLATE = {
  name: 'appointment_reminder',
  purpose: null,
  components: [{ type: 'BODY', text: 'Dear {{1}}, this is a reminder of your appointment on {{2}}.' }],
} as const;
