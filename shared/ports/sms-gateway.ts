export interface SmsGateway {
  send(request: {
    readonly from: string;
    readonly to: string;
    readonly body: string;
    readonly correlationId: string;
  }): Promise<{ readonly messageId: string }>;
}
