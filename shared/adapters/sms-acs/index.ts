/** Azure Communication Services SMS: the SmsGateway adapter, request signing and Event Grid events. */
export { AcsSmsGateway, ACS_SMS_API_VERSION, type AcsLogger, type AcsSmsOptions } from './acs-sms-gateway.js';
export {
  acsSignature,
  contentHash,
  repeatabilityIdFor,
  signAcsRequest,
  stringToSign,
  type AcsSignedHeaders,
} from './acs-signing.js';
export {
  parseEventGridSmsEvents,
  SMS_DELIVERY_REPORT_EVENT,
  SMS_RECEIVED_EVENT,
  SUBSCRIPTION_VALIDATION_EVENT,
  type ParsedSmsEvents,
} from './event-grid-sms.js';
