import type { ConnectorClient } from '../../../../shared/client/connector-client.js';
import { OptInDialog } from '../thread/OptInDialog.js';
import { NotOnWhatsAppDialog } from './NotOnWhatsAppDialog.js';
import type { UseStartConversation } from './useStartConversation.js';

/** The dialogs a started conversation may need: the opt-in confirmation, the SMS offer. */
export function StartConversationDialogs(props: {
  readonly client: ConnectorClient;
  readonly flow: UseStartConversation;
}) {
  const { stage } = props.flow;
  return (
    <>
      <OptInDialog
        client={props.client}
        threadId={stage.kind === 'confirmOptIn' ? stage.threadId : undefined}
        contactName={stage.kind === 'confirmOptIn' ? stage.party.displayName : ''}
        onDone={(sent) => props.flow.optInDone(sent)}
      />
      <NotOnWhatsAppDialog
        party={stage.kind === 'notOnWhatsApp' ? stage.party : undefined}
        busy={props.flow.busy}
        error={stage.kind === 'notOnWhatsApp' ? props.flow.error : undefined}
        onSms={() => void props.flow.smsInstead()}
        onBack={() => props.flow.declineSms()}
      />
    </>
  );
}
