import type { TabTexts } from './types.js';

export const ja: TabTexts = {
  appTitle: 'MultiLine Messaging',
  loading: '読み込み中…',
  startTimeout: 'アプリの起動に時間がかかりすぎています。接続を確認して、もう一度お試しください。',
  retry: 'もう一度試す',
  appFailed: 'アプリの表示中に問題が発生しました。続けるには再読み込みしてください。',
  outsideTeamsTitle: 'このアプリは Microsoft Teams で開いてください',
  outsideTeamsBody:
    'MultiLine Messaging は Microsoft Teams の中で動作します。Teams を開き、[アプリ] から MultiLine Messaging を開いてください。',
  teamsSignInFailed: 'Teams でサインインできませんでした: {reason}',
  signInTitle: 'デモ ユーザーを選択',
  signInIntro: 'このサーバーは開発モードで動作しているため、デモ ユーザーとしてサインインできます。',
  signInAs: '{name} としてサインイン',
  signInFailed: 'サインインできませんでした: {reason}',
  signOut: 'サインアウト',
  roleAdvisor: 'アドバイザー',
  roleAdmin: '管理者',
  roleCompliance: 'コンプライアンス',
  signedInAs: '{name} としてサインイン中',

  inboxTitle: '会話',
  newConversation: '新しい会話',
  inboxEmpty: '会話はまだありません。[新しい会話] から始めてください。',
  inboxLoadFailed: '会話を読み込めませんでした: {reason}',
  unreadCount: { count: 'count', other: '未読メッセージ {count} 件' },
  noMessagesYet: 'メッセージはまだありません',
  youPrefix: 'あなた: {text}',
  channelWhatsApp: 'WhatsApp',
  channelSms: 'SMS',
  stateAwaitingConsent: '同意待ち',
  statePaused: '一時停止中',
  stateDeclined: '拒否済み',
  stateNotOnWhatsApp: 'WhatsApp 未使用',
  stateConsentFailed: '依頼の配信失敗',
  stateClosed: '終了',

  selectConversation: '会話を選ぶか、新しい会話を始めてください。',
  backToInbox: '会話の一覧に戻る',
  threadLoadFailed: 'この会話を読み込めませんでした: {reason}',
  threadEmpty: 'この会話にはまだメッセージがありません。',
  messagesWith: '{name} とのメッセージ',
  today: '今日',
  yesterday: '昨日',
  statusPending: '送信待ち: 相手が受信できるようになると送信されます',
  statusSending: '送信中',
  statusSent: '送信済み',
  statusDelivered: '配信済み',
  statusRead: '既読',
  statusFailed: '配信できませんでした: {reason}',
  statusFailedNoReason: '配信できませんでした',
  templateMessage: 'テンプレート「{name}」',
  pictureMessage: '画像',
  unsupportedMessage: 'この種類のメッセージはここでは表示できません。',

  composerLabel: 'メッセージ',
  composerPlaceholder: 'メッセージを入力',
  send: '送信',
  queuedConsent:
    '相手はまだメッセージの受信に同意していません。今送るメッセージは待機し、同意され次第送信されます。',
  queuedWindow:
    '相手から 24 時間以上メッセージがありません。今送るメッセージは待機し、相手が会話を再開し次第送信されます。',
  declinedWhatsApp:
    '相手が WhatsApp メッセージを拒否したため、送信はできません。相手はいつでも「はい」と返信して同意できます。',
  declinedSms: '相手が SMS の受信を停止したため、START と送られるまで送信はできません。',
  closedThread: 'この会話は終了しています。',
  readOnlyThread: 'この会話は閲覧のみで、書き込みはできません。',
  notOnWhatsApp: 'この連絡先は WhatsApp を使っていません。',
  consentFailed: '同意の依頼を相手に配信できませんでした。',
  notSent: '送信できませんでした: {reason}',
  edit: '編集',
  askPermission: '同意を依頼',
  optInNeeded: 'メッセージを送る前に、相手に同意を依頼してください。',

  newConversationTitle: '新しい WhatsApp の会話',
  contactSearchLabel: '連絡先の名前または番号',
  contactSearchPlaceholder: '名前または番号を入力',
  contactsLabel: '連絡先',
  noContactMatches: '「{query}」に一致する連絡先はありません。',
  searching: '検索中…',
  cancel: 'キャンセル',
  startConversation: '会話を始める',
  startFailed: '会話を始められませんでした: {reason}',
  optInTitle: '{name} さんに同意を依頼しますか?',
  optInBody:
    'WhatsApp では、企業がメッセージを送る前に相手の同意が必要です。{name} さんに、御社からのメッセージを受け取るかどうかの依頼が届きます。今からメッセージを書くことができ、同意され次第送信されます。',
  optInConfirm: '依頼を送信',
  optInLater: '後で',
  optInFailed: '依頼を送信できませんでした: {reason}',

  navLabel: 'セクション',
  navSearch: '検索',
  navContacts: '連絡先',
  navAdmin: '管理',

  // Composer (pictures, templates, window banner, reminder)

  // Thread (message info, history, day separators, thread actions)

  // New conversation, contacts, search

  // Admin page, screenshots

  networkError: 'サーバーに接続できませんでした。',
  timeoutError: 'サーバーの応答に時間がかかりすぎています。',
};
